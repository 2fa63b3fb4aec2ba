import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { OrderShipmentDoc, OrderDoc, OrderLineView, OrderConnectionModel, CustomerRef, ProductRef, PromiseCheckRef, StockFlagDoc, QuoteLineAvailabilityView, EmployeeRef, PipelineDoc, DealDoc, DealLineView, DealConnectionModel, LeadDoc, LeadConnectionModel, QuoteDoc, QuoteLineView, QuoteConnectionModel, ForecastGroupView, ForecastView, PipelineBoardView, PipelineBoardColumnView } from '../models';
import { AttachmentDoc } from '../../../lib/attachments';
import { PipelineStageDoc } from '../domain/pipeline';
import { SalesContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO-8601 (2026-01-31). */
  Date: { input: string; output: string; }
  /** An instant in time, ISO-8601, serialized in UTC (2026-01-31T09:00:00.000Z). */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Archives or restores a deal. */
export type ArchiveDealInput = {
  /** The `version` last read: a deal changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

/** A file attached to a record; the bytes live in the owning subgraph's database (GridFS). */
export type Attachment = {
  __typename?: 'Attachment';
  /** Sniffed from the bytes' magic numbers (an upload whose bytes are not the declared type is refused). */
  contentType: Scalars['String']['output'];
  /** Path on the gateway (GET with your own credentials; the owner's read scope is required). */
  downloadUrl: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Bytes. */
  size: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTime']['output'];
  /** `user:<id>` or `apikey:<id>` of the uploader. */
  uploadedBy: Scalars['String']['output'];
};

/** What a file can be attached to (docs/partners.md#attachments). */
export type AttachmentOwnerType =
  | 'CUSTOMER'
  | 'DEAL'
  | 'EMPLOYEE'
  | 'EXPENSE'
  | 'INVOICE'
  | 'SUPPLIER_BILL'
  | 'TICKET';

/** Units of a confirmed order waiting for stock. */
export type Backorder = {
  __typename?: 'Backorder';
  expectedDate?: Maybe<Scalars['Date']['output']>;
  product: Product;
  quantity: Scalars['Int']['output'];
};

export type ConvertLeadInput = {
  /** Expected close date of the new deal; 30 days from now when omitted. */
  expectedCloseDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};

export type ConvertLeadPayload = {
  __typename?: 'ConvertLeadPayload';
  deal?: Maybe<Deal>;
  lead?: Maybe<Lead>;
  userErrors: Array<UserError>;
};

export type CreateDealInput = {
  /** Must be in the pipeline's currency. When lines are given, their sum is the amount and this may be omitted. */
  amount?: InputMaybe<MoneyInput>;
  customerId: Scalars['ID']['input'];
  expectedCloseDate: Scalars['Date']['input'];
  lines?: InputMaybe<Array<DealLineInput>>;
  name: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Default pipeline when omitted. */
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateLeadInput = {
  companyName: Scalars['String']['input'];
  contactName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  estimatedValue: MoneyInput;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  source: LeadSource;
};

export type CreateOrderInput = {
  /** ISO-4217; every line's unit price must be in it. */
  currency: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  lines: Array<OrderLineInput>;
};

export type CreatePipelineInput = {
  /** ISO-4217; defaults to the tenant currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  stages: Array<PipelineStageInput>;
};

export type CreateQuoteInput = {
  currency: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  dealId?: InputMaybe<Scalars['ID']['input']>;
  lines: Array<QuoteLineInput>;
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** A customer, owned by the customers subgraph; sales adds its orders. */
export type Customer = {
  __typename?: 'Customer';
  /** This customer's deals, newest first. */
  deals: DealConnection;
  id: Scalars['ID']['output'];
  /** Sum of the customer's FULFILLED orders in the tenant currency, exact (orders in other currencies are not converted). */
  lifetimeValue: Money;
  /** This customer's orders, newest first. */
  orders: OrderConnection;
  /** This customer's quotes, newest first. */
  quotes: QuoteConnection;
};


/** A customer, owned by the customers subgraph; sales adds its orders. */
export type CustomerDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DealStatus>;
};


/** A customer, owned by the customers subgraph; sales adds its orders. */
export type CustomerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OrderStatus>;
};


/** A customer, owned by the customers subgraph; sales adds its orders. */
export type CustomerQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<QuoteStatus>;
};

/** A sales opportunity with a customer, moving through a pipeline's stages. */
export type Deal = {
  __typename?: 'Deal';
  amount: Money;
  /** When it was archived (only a closed deal can be); null while listed. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Files attached to this record, oldest first (at most 100); upload with `createUpload`. */
  attachments: Array<Attachment>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  customer: Customer;
  expectedCloseDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** Latest interaction logged on this deal in customers, if any. */
  lastActivityAt?: Maybe<Scalars['DateTime']['output']>;
  lines: Array<DealLine>;
  lostReason?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The employee (hr) who owns the deal. */
  owner?: Maybe<Employee>;
  pipeline: Pipeline;
  /** Win probability of the current stage, basis points. */
  probabilityBps: Scalars['Int']['output'];
  /** Name of the current stage of its pipeline. */
  stage: Scalars['String']['output'];
  /** The latest `last` stage changes (`offset` counted back from the newest), oldest first; the very first has from = null. */
  stageHistory: Array<StageChange>;
  status: DealStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change: send it as `expectedVersion` to refuse overwriting a newer edit. */
  version: Scalars['Int']['output'];
};


/** A sales opportunity with a customer, moving through a pipeline's stages. */
export type DealStageHistoryArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type DealConnection = {
  __typename?: 'DealConnection';
  edges: Array<DealEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DealEdge = {
  __typename?: 'DealEdge';
  cursor: Scalars['String']['output'];
  node: Deal;
};

export type DealFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
  stage?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<DealStatus>;
};

export type DealLine = {
  __typename?: 'DealLine';
  description: Scalars['String']['output'];
  product?: Maybe<Product>;
  quantity: Scalars['Int']['output'];
  total: Money;
  unitPrice: Money;
};

export type DealLineInput = {
  description: Scalars['String']['input'];
  productId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Int']['input'];
  unitPrice: MoneyInput;
};

export type DealPayload = {
  __typename?: 'DealPayload';
  deal?: Maybe<Deal>;
  userErrors: Array<UserError>;
};

/** How a list of deals is ordered; ties keep creation order. Pages stay stable (keyset cursors). */
export type DealSort =
  | 'AMOUNT_ASC'
  /** Largest amount first. */
  | 'AMOUNT_DESC'
  /** Soonest expected close date first. */
  | 'CLOSE_DATE_ASC'
  | 'CLOSE_DATE_DESC'
  | 'NEWEST_FIRST'
  | 'OLDEST_FIRST';

/** OPEN -> WON | LOST; LOST -> OPEN (reopenDeal). */
export type DealStatus =
  | 'LOST'
  | 'OPEN'
  | 'WON';

/** An employee, owned by the hr subgraph (a deal's or lead's owner). */
export type Employee = {
  __typename?: 'Employee';
  id: Scalars['ID']['output'];
};

/**
 * Weighted pipeline. Rounding rule: each open deal's weighted amount (amount x stage probability)
 * is rounded half-up to a minor unit once; every figure below is a plain sum over the deals of its
 * group, so groups add up to the total exactly.
 */
export type Forecast = {
  __typename?: 'Forecast';
  currency: Scalars['String']['output'];
  /** Deals in the range that are not in the tenant currency (left out). */
  excludedDealCount: Scalars['Int']['output'];
  groupBy: ForecastGroupBy;
  /** Groups sorted by key. */
  groups: Array<ForecastGroup>;
  total: ForecastGroup;
};

export type ForecastGroup = {
  __typename?: 'ForecastGroup';
  /** OPEN deals in stages with probability >= 50 %. */
  bestCase: Money;
  /** OPEN deals in stages with probability >= 75 %. */
  commit: Money;
  /** Deals counted (OPEN, and WON closed in the range). */
  dealCount: Scalars['Int']['output'];
  deals: Array<Deal>;
  /** `2026-03` (MONTH), the owner's id or `UNASSIGNED` (OWNER), `TOTAL` for the total. */
  key: Scalars['String']['output'];
  /** Sum of OPEN deals' amounts. */
  pipeline: Money;
  /** Sum of OPEN deals' amount x probability (each rounded half-up). */
  weighted: Money;
  /** WON deals closed in the range. */
  won: Money;
};


export type ForecastGroupDealsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type ForecastGroupBy =
  | 'MONTH'
  | 'OWNER';

/** A prospective customer, before it is converted. */
export type Lead = {
  __typename?: 'Lead';
  companyName: Scalars['String']['output'];
  contactId?: Maybe<Scalars['ID']['output']>;
  contactName?: Maybe<Scalars['String']['output']>;
  convertedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Set once converted (ids minted by sales; the customers subgraph creates them). */
  customer?: Maybe<Customer>;
  deal?: Maybe<Deal>;
  email?: Maybe<Scalars['String']['output']>;
  estimatedValue: Money;
  id: Scalars['ID']['output'];
  owner?: Maybe<Employee>;
  source: LeadSource;
  status: LeadStatus;
  /** Increases with every change: send it as `expectedVersion` to refuse overwriting a newer edit. */
  version: Scalars['Int']['output'];
};

export type LeadConnection = {
  __typename?: 'LeadConnection';
  edges: Array<LeadEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LeadEdge = {
  __typename?: 'LeadEdge';
  cursor: Scalars['String']['output'];
  node: Lead;
};

export type LeadFilter = {
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<LeadSource>;
  status?: InputMaybe<LeadStatus>;
};

export type LeadPayload = {
  __typename?: 'LeadPayload';
  lead?: Maybe<Lead>;
  userErrors: Array<UserError>;
};

export type LeadSource =
  | 'EVENT'
  | 'OTHER'
  | 'OUTBOUND'
  | 'PARTNER'
  | 'REFERRAL'
  | 'WEB';

/** NEW -> QUALIFIED -> CONVERTED; NEW -> CONVERTED; NEW | QUALIFIED -> DISQUALIFIED. */
export type LeadStatus =
  | 'CONVERTED'
  | 'DISQUALIFIED'
  | 'NEW'
  | 'QUALIFIED';

export type LeadTransitionInput = {
  id: Scalars['ID']['input'];
};

export type LoseDealInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** An exact amount of money. Stored as integer minor units; never a float. */
export type Money = {
  __typename?: 'Money';
  /** Decimal string with the currency's minor-unit digits, e.g. "1234.50". */
  amount: Scalars['String']['output'];
  /** ISO-4217 currency code, e.g. EUR. */
  currency: Scalars['String']['output'];
};

/** An amount of money given as input. */
export type MoneyInput = {
  /** Decimal string, e.g. "1234.50"; no more decimals than the currency has. */
  amount: Scalars['String']['input'];
  /** ISO-4217 currency code, e.g. EUR. */
  currency: Scalars['String']['input'];
};

export type MoveDealStageInput = {
  id: Scalars['ID']['input'];
  /** Name of an OPEN stage of the deal's pipeline. */
  stage: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** SENT -> ACCEPTED. */
  acceptQuote: QuotePayload;
  /** Takes a WON or LOST deal out of `deals` (emits sales.deal.archived); it still resolves by id and counts in every figure it is part of. */
  archiveDeal: DealPayload;
  /** DRAFT or CONFIRMED -> CANCELLED. */
  cancelOrder: OrderPayload;
  /** DRAFT -> CONFIRMED. */
  confirmOrder: OrderPayload;
  /**
   * Converts a NEW or QUALIFIED lead into a customer, a contact and a deal, in one step. Sales mints
   * the customer and contact ids and publishes `sales.lead.converted`; the customers subgraph
   * creates them with exactly those ids. Idempotent: converting again returns the same deal.
   */
  convertLead: ConvertLeadPayload;
  /** Creates the DRAFT sales order of an ACCEPTED quote, exactly once: later or concurrent calls return the same order. */
  convertQuoteToOrder: OrderPayload;
  /** Creates an OPEN deal in the first open stage of its pipeline (the default pipeline when omitted). */
  createDeal: DealPayload;
  /** Creates a NEW lead. */
  createLead: LeadPayload;
  /** Creates a DRAFT order. Line prices are given explicitly and must share the order's currency. */
  createOrder: OrderPayload;
  /** Creates a pipeline with ordered stages (exactly one WON and one LOST stage). */
  createPipeline: PipelinePayload;
  /** Creates a DRAFT quote; a line without unitPrice takes the product's list price when sales knows it. */
  createQuote: QuotePayload;
  /** NEW or QUALIFIED -> DISQUALIFIED. */
  disqualifyLead: LeadPayload;
  /** SENT -> EXPIRED. */
  expireQuote: QuotePayload;
  /** CONFIRMED -> FULFILLED (all of it ships); PARTIALLY_FULFILLED -> FULFILLED ships what is left as the last part. */
  fulfillOrder: OrderPayload;
  /** OPEN -> LOST, with a reason. */
  loseDeal: DealPayload;
  /** Moves an OPEN deal to another open stage of its pipeline; recorded in its stage history. */
  moveDealStage: DealPayload;
  /** NEW -> QUALIFIED. */
  qualifyLead: LeadPayload;
  /** SENT -> REJECTED (a lost deal also rejects its DRAFT quotes). */
  rejectQuote: QuotePayload;
  /** LOST -> OPEN, in the first open stage of its pipeline (a won deal is invoiced and stays won). */
  reopenDeal: DealPayload;
  /** Brings an archived deal back to `deals` (emits sales.deal.restored). */
  restoreDeal: DealPayload;
  /** DRAFT -> SENT. */
  sendQuote: QuotePayload;
  /**
   * Sets the tenant currency of sales: the default pipeline's currency, used by forecasts and
   * lifetime values (EUR until set). Allowed only while the default pipeline holds no deal.
   */
  setSalesCurrency: PipelinePayload;
  /**
   * Ships a part of a CONFIRMED or PARTIALLY_FULFILLED order: PARTIALLY_FULFILLED, or FULFILLED when
   * nothing is left. Inventory ships the part from the order's reservation and finance invoices it
   * (the parts' invoices add up to the order).
   */
  shipOrder: OrderPayload;
  /**
   * Corrects an OPEN deal: name, owner, amount (or lines, whose sum it then is) and expected close
   * date; fields left out stay. With `expectedVersion`, a deal changed since is a CONFLICT and
   * nothing changes. Stage moves stay `moveDealStage`.
   */
  updateDeal: DealPayload;
  /** Corrects a lead that is not converted yet; fields left out stay, null clears the optional ones. */
  updateLead: LeadPayload;
  /**
   * Corrects a DRAFT order (any other status is an ILLEGAL_TRANSITION and nothing changes): new
   * `lines` replace the old ones, priced as `createOrder` prices them. The customer stays fixed.
   * Fields left out stay; a correction that changes nothing writes nothing. With `expectedVersion`,
   * an order changed since is a CONFLICT and nothing changes.
   */
  updateOrder: OrderPayload;
  /**
   * Renames a pipeline and changes its stages, given as the whole new ordered list: stages are matched
   * by `name` (their key, which deals and stage history keep), so a kept stage may get a new `label`,
   * probability or position; a new name adds a stage; a stage left out is retired (it stays, after the
   * others, for the deals that passed through it, and takes no deal again), which is refused while an
   * open deal is in it. A stage's kind never changes; the WON and LOST stages cannot be left out.
   */
  updatePipeline: PipelinePayload;
  /**
   * Corrects a DRAFT quote (any other status is an ILLEGAL_TRANSITION and nothing changes): new
   * `lines` replace the old ones, priced as `createQuote` prices them (a line without unitPrice takes
   * the product's list price). The customer and deal stay fixed. Fields left out stay; a correction
   * that changes nothing writes nothing. With `expectedVersion`, a quote changed since is a CONFLICT.
   */
  updateQuote: QuotePayload;
  /** OPEN -> WON (moves it to the pipeline's WON stage). */
  winDeal: DealPayload;
};


export type MutationAcceptQuoteArgs = {
  input: QuoteTransitionInput;
};


export type MutationArchiveDealArgs = {
  input: ArchiveDealInput;
};


export type MutationCancelOrderArgs = {
  input: OrderTransitionInput;
};


export type MutationConfirmOrderArgs = {
  input: OrderTransitionInput;
};


export type MutationConvertLeadArgs = {
  input: ConvertLeadInput;
};


export type MutationConvertQuoteToOrderArgs = {
  input: QuoteTransitionInput;
};


export type MutationCreateDealArgs = {
  input: CreateDealInput;
};


export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


export type MutationCreateOrderArgs = {
  input: CreateOrderInput;
};


export type MutationCreatePipelineArgs = {
  input: CreatePipelineInput;
};


export type MutationCreateQuoteArgs = {
  input: CreateQuoteInput;
};


export type MutationDisqualifyLeadArgs = {
  input: LeadTransitionInput;
};


export type MutationExpireQuoteArgs = {
  input: QuoteTransitionInput;
};


export type MutationFulfillOrderArgs = {
  input: OrderTransitionInput;
};


export type MutationLoseDealArgs = {
  input: LoseDealInput;
};


export type MutationMoveDealStageArgs = {
  input: MoveDealStageInput;
};


export type MutationQualifyLeadArgs = {
  input: LeadTransitionInput;
};


export type MutationRejectQuoteArgs = {
  input: QuoteTransitionInput;
};


export type MutationReopenDealArgs = {
  input: ReopenDealInput;
};


export type MutationRestoreDealArgs = {
  input: ArchiveDealInput;
};


export type MutationSendQuoteArgs = {
  input: QuoteTransitionInput;
};


export type MutationSetSalesCurrencyArgs = {
  input: SetSalesCurrencyInput;
};


export type MutationShipOrderArgs = {
  input: ShipOrderInput;
};


export type MutationUpdateDealArgs = {
  input: UpdateDealInput;
};


export type MutationUpdateLeadArgs = {
  input: UpdateLeadInput;
};


export type MutationUpdateOrderArgs = {
  input: UpdateOrderInput;
};


export type MutationUpdatePipelineArgs = {
  input: UpdatePipelineInput;
};


export type MutationUpdateQuoteArgs = {
  input: UpdateQuoteInput;
};


export type MutationWinDealArgs = {
  input: WinDealInput;
};

/** A sales order: what a customer buys, line by line. */
export type Order = {
  __typename?: 'Order';
  /**
   * Units inventory could not hold for the confirmed order, per product, with the date they are
   * expected (from open purchase orders; null when none is known). Receipts release them in order of
   * confirmation; a cancelled or fulfilled order has none.
   */
  backorders: Array<Backorder>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  customer: Customer;
  /** The deal of that quote, if any (the sale finance invoices once). */
  deal?: Maybe<Deal>;
  fulfilledAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lines: Array<OrderLine>;
  /** Human document number, unique per tenant, e.g. SO-000042. */
  number: Scalars['String']['output'];
  /** The quote it was converted from, if any. */
  quote?: Maybe<Quote>;
  /** The parts shipped so far, in order (empty for an order fulfilled whole). */
  shipments: Array<OrderShipment>;
  status: OrderStatus;
  /** Products of its lines inventory reported low while the order was a draft (latest report per product and warehouse). */
  stockFlags: Array<StockFlag>;
  /** Sum of the lines, exact. */
  total: Money;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change: send it as `expectedVersion` to refuse overwriting a newer edit. */
  version: Scalars['Int']['output'];
};

export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

export type OrderFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<OrderStatus>;
};

export type OrderLine = {
  __typename?: 'OrderLine';
  /** Whether the line's quantity can ship today (inventory answers). */
  availability: PromiseCheck;
  /** The product's name when known (or the quote line's description). */
  description?: Maybe<Scalars['String']['output']>;
  /** Discount on the line (from its quote), zero otherwise. */
  discount: Money;
  product: Product;
  quantity: Scalars['Int']['output'];
  /** Units shipped so far (in parts, `shipOrder`; all of them once FULFILLED). */
  shipped: Scalars['Int']['output'];
  /** Tax on the line (from its quote), zero otherwise. */
  tax: Money;
  /** quantity x unitPrice - discount + tax. */
  total: Money;
  unitPrice: Money;
};

export type OrderLineInput = {
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  unitPrice: MoneyInput;
};

export type OrderPayload = {
  __typename?: 'OrderPayload';
  order?: Maybe<Order>;
  userErrors: Array<UserError>;
};

/** One part of an order shipped. */
export type OrderShipment = {
  __typename?: 'OrderShipment';
  id: Scalars['ID']['output'];
  lines: Array<OrderShipmentLine>;
  /** 1 for the first part. */
  sequence: Scalars['Int']['output'];
  shippedAt: Scalars['DateTime']['output'];
};

export type OrderShipmentLine = {
  __typename?: 'OrderShipmentLine';
  /** The order line (0-based). */
  line: Scalars['Int']['output'];
  quantity: Scalars['Int']['output'];
};

/** Lifecycle: DRAFT -> CONFIRMED -> FULFILLED; DRAFT or CONFIRMED -> CANCELLED. */
export type OrderStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DRAFT'
  | 'FULFILLED'
  /** Some of it shipped (`shipOrder`), the rest still to ship; no longer cancelled. */
  | 'PARTIALLY_FULFILLED';

export type OrderTransitionInput = {
  id: Scalars['ID']['input'];
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A sales pipeline: the ordered stages a deal goes through, each with a win probability. */
export type Pipeline = {
  __typename?: 'Pipeline';
  /** Currency of its deals. */
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The tenant's default pipeline (its currency is the tenant currency of sales). */
  isDefault: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** In order; open stages first, then the WON and LOST stages; retired stages (after the others) only with `includeRetired`. */
  stages: Array<PipelineStage>;
  /** Increases with every change: send it as `expectedVersion` to refuse overwriting a newer edit. */
  version: Scalars['Int']['output'];
};


/** A sales pipeline: the ordered stages a deal goes through, each with a win probability. */
export type PipelineStagesArgs = {
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A pipeline's open deals by stage. Amounts are in the pipeline's currency. */
export type PipelineBoard = {
  __typename?: 'PipelineBoard';
  /** Sum of the columns' amounts. */
  amount: Money;
  /** One per OPEN stage, in the pipeline's order. */
  columns: Array<PipelineBoardColumn>;
  /** Open deals on the board (the sum of the columns' counts). */
  dealCount: Scalars['Int']['output'];
  /** The owner the board is narrowed to, when one was given. */
  ownerId?: Maybe<Scalars['ID']['output']>;
  pipeline: Pipeline;
  /** Sum of the columns' weighted amounts. */
  weighted: Money;
};

export type PipelineBoardColumn = {
  __typename?: 'PipelineBoardColumn';
  /** Sum of its deals' amounts. */
  amount: Money;
  dealCount: Scalars['Int']['output'];
  /** Its deals, soonest expected close first (keyset pages). */
  deals: DealConnection;
  stage: PipelineStage;
  /** Sum of each deal's amount x the stage probability, rounded half-up per deal (as in `forecast`). */
  weighted: Money;
};


export type PipelineBoardColumnDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PipelinePayload = {
  __typename?: 'PipelinePayload';
  pipeline?: Maybe<Pipeline>;
  userErrors: Array<UserError>;
};

export type PipelineStage = {
  __typename?: 'PipelineStage';
  kind: StageKind;
  /** What people call the stage, e.g. "Proposal sent" (the name until one is given). */
  label: Scalars['String']['output'];
  /** UPPER_SNAKE_CASE, unique in the pipeline, e.g. PROPOSAL: the key deals and their stage history refer to; it never changes. */
  name: Scalars['String']['output'];
  /** Win probability in basis points (5000 = 50 %). */
  probabilityBps: Scalars['Int']['output'];
  /** Left out of the pipeline by `updatePipeline`: takes no deal again. */
  retired: Scalars['Boolean']['output'];
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
};

export type PipelineStageInput = {
  kind: StageKind;
  /** Display name, 1 to 100 characters (defaults to `name`). */
  label?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  probabilityBps: Scalars['Int']['input'];
};

/** A product, owned by the inventory subgraph. */
export type Product = {
  __typename?: 'Product';
  id: Scalars['ID']['output'];
};

/** Open demand for a product, and whether inventory can promise it in time. */
export type ProductDemand = {
  __typename?: 'ProductDemand';
  /** The demand by today + days (inventory answers `canMeet`, `promise { earliestDate shortfall }`). */
  check: PromiseCheck;
  /** The earliest date the whole demand can ship, after the window; null when no known supply covers it. */
  earliestDate?: Maybe<Scalars['Date']['output']>;
  orderCount: Scalars['Int']['output'];
  product: Product;
  /** Units on open quotes and draft orders. */
  quantity: Scalars['Int']['output'];
  quoteCount: Scalars['Int']['output'];
  /** Units of the demand no known supply covers (0 when some purchase order covers it, but too late). */
  shortfall: Scalars['Int']['output'];
};

/**
 * Whether a line's quantity of a product can ship by a date: the inventory subgraph answers
 * (`promise { earliestDate }`, `canMeet`); sales only names the question.
 */
export type PromiseCheck = {
  __typename?: 'PromiseCheck';
  needBy: Scalars['Date']['output'];
  productId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One deal of the caller's tenant, or null. */
  deal?: Maybe<Deal>;
  /** The tenant's deals, filtered and sorted (newest first by default). */
  deals: DealConnection;
  /**
   * Weighted pipeline of the deals closing in [from, to] (inclusive), in the tenant currency (the
   * default pipeline's), grouped by close month or by owner. Deals in other currencies are counted
   * in `excludedDealCount`, not converted.
   */
  forecast: Forecast;
  /** One lead, or null. */
  lead?: Maybe<Lead>;
  /** The tenant's leads. */
  leads: LeadConnection;
  /** One sales order of the caller's tenant, or null. */
  order?: Maybe<Order>;
  /** The tenant's sales orders, newest first. */
  orders: OrderConnection;
  /** One pipeline, or null. */
  pipeline?: Maybe<Pipeline>;
  /**
   * The board of one pipeline (the default one when omitted; null for an unknown id): one column per
   * OPEN stage, in order, with the count, amount and weighted amount of its open deals and its deals
   * soonest-closing first. `ownerId` narrows the board to one owner's deals. The totals are the plain
   * sum of the columns and equal `forecast`'s pipeline and weighted figures over the same open deals.
   */
  pipelineBoard?: Maybe<PipelineBoard>;
  /** The tenant's pipelines, the default one first (created on first use). */
  pipelines: Array<Pipeline>;
  /**
   * For sales managers: the products whose open demand (units on DRAFT or SENT quotes and DRAFT
   * orders; confirmed orders already hold or backorder theirs in inventory) cannot ship within `days`
   * (1..365), largest demand first: promised from the supply inventory last reported to sales (free
   * now, backorders first, open purchase orders by expected date), with why (`shortfall`,
   * `earliestDate`) and inventory's own answer (`check`). At most `first` (default 50, max 200) products.
   */
  productsAtRisk: Array<ProductDemand>;
  /** One quote, or null. */
  quote?: Maybe<Quote>;
  /** The tenant's quotes. */
  quotes: QuoteConnection;
  /**
   * OPEN deals whose stage has not changed and on which no interaction was logged for `days` days
   * (their latest stage change, interaction or creation is older), oldest activity first. At most 100.
   */
  stalledDeals: Array<Deal>;
};


export type QueryDealArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DealFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  sort?: InputMaybe<DealSort>;
};


export type QueryForecastArgs = {
  from: Scalars['Date']['input'];
  groupBy?: ForecastGroupBy;
  to: Scalars['Date']['input'];
};


export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortOrder>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPipelineArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPipelineBoardArgs = {
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryProductsAtRiskArgs = {
  days: Scalars['Int']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQuoteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SortOrder>;
};


export type QueryStalledDealsArgs = {
  days: Scalars['Int']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A priced offer to a customer; once accepted it becomes one sales order. */
export type Quote = {
  __typename?: 'Quote';
  /** Every line with inventory's answer whether it can ship by promiseDate (`check.canMeet`). */
  availability: Array<QuoteLineAvailability>;
  createdAt: Scalars['DateTime']['output'];
  customer: Customer;
  deal?: Maybe<Deal>;
  /** Sum of the lines' discounts. */
  discount: Money;
  id: Scalars['ID']['output'];
  lines: Array<QuoteLine>;
  /** Unique per tenant, e.g. QT-000007. */
  number: Scalars['String']['output'];
  /** The order it was converted to. */
  order?: Maybe<Order>;
  /** The date the quote's lines must be able to ship by: validUntil, else today (UTC). */
  promiseDate: Scalars['Date']['output'];
  status: QuoteStatus;
  /** Products of its lines inventory reported low while the quote was open (latest report per product and warehouse). */
  stockFlags: Array<StockFlag>;
  /** Sum of the lines' quantity x unit price. */
  subtotal: Money;
  /** Sum of the lines' taxes. */
  tax: Money;
  /** subtotal - discount + tax. */
  total: Money;
  validUntil?: Maybe<Scalars['Date']['output']>;
  /** Increases with every change: send it as `expectedVersion` to refuse overwriting a newer edit. */
  version: Scalars['Int']['output'];
};

export type QuoteConnection = {
  __typename?: 'QuoteConnection';
  edges: Array<QuoteEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuoteEdge = {
  __typename?: 'QuoteEdge';
  cursor: Scalars['String']['output'];
  node: Quote;
};

export type QuoteFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  dealId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<QuoteStatus>;
};

/**
 * A priced quote line. Rounding: discount = gross x discount rate, rounded half-up to a minor unit;
 * tax = (gross - discount) x tax rate, rounded half-up; total = gross - discount + tax.
 */
export type QuoteLine = {
  __typename?: 'QuoteLine';
  /** Whether the line's quantity can ship by the quote's promiseDate (inventory answers). */
  availability: PromiseCheck;
  description: Scalars['String']['output'];
  discount: Money;
  /** Percent as an exact decimal string, e.g. "12.5". */
  discountPercent: Scalars['String']['output'];
  /** quantity x unitPrice. */
  gross: Money;
  product: Product;
  quantity: Scalars['Int']['output'];
  tax: Money;
  taxRatePercent: Scalars['String']['output'];
  total: Money;
  unitPrice: Money;
};

/** One line of a quote and whether it can ship by the quote's date. */
export type QuoteLineAvailability = {
  __typename?: 'QuoteLineAvailability';
  /** inventory's answer; `canMeet: false` marks a line that cannot be met by the quote's date. */
  check: PromiseCheck;
  /** Index of the line in the quote. */
  line: Scalars['Int']['output'];
  product: Product;
  quantity: Scalars['Int']['output'];
};

export type QuoteLineInput = {
  /** Defaults to the product's name when known. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Percent, decimal string with at most 2 decimals ("10", "12.5"); 0 when omitted. */
  discountPercent?: InputMaybe<Scalars['String']['input']>;
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  /** Percent, decimal string with at most 2 decimals ("19"); 0 when omitted. */
  taxRatePercent?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the product's list price as last published by inventory; required when unknown. */
  unitPrice?: InputMaybe<MoneyInput>;
};

export type QuotePayload = {
  __typename?: 'QuotePayload';
  quote?: Maybe<Quote>;
  userErrors: Array<UserError>;
};

/** DRAFT -> SENT -> ACCEPTED | REJECTED | EXPIRED; DRAFT -> REJECTED when its deal is lost. */
export type QuoteStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'EXPIRED'
  | 'REJECTED'
  | 'SENT';

export type QuoteTransitionInput = {
  id: Scalars['ID']['input'];
};

export type ReopenDealInput = {
  /** A new expected close date (the old one is often past). */
  expectedCloseDate?: InputMaybe<Scalars['Date']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

export type SetSalesCurrencyInput = {
  /** ISO-4217, e.g. USD. */
  currency: Scalars['String']['input'];
};

export type ShipOrderInput = {
  id: Scalars['ID']['input'];
  /** The units of each line this part ships (at most what is left of the line). */
  lines: Array<ShipOrderLineInput>;
};

export type ShipOrderLineInput = {
  line: Scalars['Int']['input'];
  quantity: Scalars['Int']['input'];
};

/** Newest or oldest first (by creation). */
export type SortOrder =
  | 'NEWEST_FIRST'
  | 'OLDEST_FIRST';

export type StageChange = {
  __typename?: 'StageChange';
  at: Scalars['DateTime']['output'];
  /** Principal who made the change (`user:<id>`, `apikey:<id>`). */
  by: Scalars['String']['output'];
  /** Null for the stage the deal started in. */
  from?: Maybe<Scalars['String']['output']>;
  to: Scalars['String']['output'];
};

/** OPEN stages hold open deals; reaching WON or LOST closes the deal. */
export type StageKind =
  | 'LOST'
  | 'OPEN'
  | 'WON';

/** Inventory reported a product of this document low (at or below its reorder point) while it was open. */
export type StockFlag = {
  __typename?: 'StockFlag';
  /** Units available when it was reported. */
  available: Scalars['Int']['output'];
  product: Product;
  raisedAt: Scalars['DateTime']['output'];
  reorderPoint: Scalars['Int']['output'];
  /** The level as it is now (inventory resolves it). */
  stockLevel: StockLevel;
  warehouseId: Scalars['ID']['output'];
};

/** A stock level, owned by the inventory subgraph (one product in one warehouse). */
export type StockLevel = {
  __typename?: 'StockLevel';
  id: Scalars['ID']['output'];
};

/**
 * Real-time events, delivered by the gateway over graphql-ws on /graphql (docs/subscriptions.md).
 * Each event is the current state of the entity, resolved through the normal federated query path
 * with the subscriber's credentials, so any federated field may be selected on it.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** A deal moved to another stage (of the given pipeline, when set). */
  dealStageChanged: Deal;
  /** A deal was won. */
  dealWon: Deal;
  /** An order was confirmed, cancelled or fulfilled (of the given customer, when set). */
  orderStatusChanged: Order;
};


/**
 * Real-time events, delivered by the gateway over graphql-ws on /graphql (docs/subscriptions.md).
 * Each event is the current state of the entity, resolved through the normal federated query path
 * with the subscriber's credentials, so any federated field may be selected on it.
 */
export type SubscriptionDealStageChangedArgs = {
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Real-time events, delivered by the gateway over graphql-ws on /graphql (docs/subscriptions.md).
 * Each event is the current state of the entity, resolved through the normal federated query path
 * with the subscriber's credentials, so any federated field may be selected on it.
 */
export type SubscriptionOrderStatusChangedArgs = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateDealInput = {
  /** In the deal's currency; with `lines`, must equal their sum (or be omitted). */
  amount?: InputMaybe<MoneyInput>;
  expectedCloseDate?: InputMaybe<Scalars['Date']['input']>;
  /** The `version` last read: a deal changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** Replace the lines (their sum becomes the amount); [] removes them. */
  lines?: InputMaybe<Array<DealLineInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** The employee (hr) who owns it; null removes the owner. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateLeadInput = {
  companyName?: InputMaybe<Scalars['String']['input']>;
  /** null clears it. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** null clears it. */
  email?: InputMaybe<Scalars['String']['input']>;
  estimatedValue?: InputMaybe<MoneyInput>;
  /** The `version` last read: a lead changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** null removes the owner. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<LeadSource>;
};

/** Corrects a DRAFT order; the customer stays fixed. */
export type UpdateOrderInput = {
  /** ISO-4217; a new currency needs `lines` priced in it. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The `version` last read: an order changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** Replace the lines (the total is re-priced from them). */
  lines?: InputMaybe<Array<OrderLineInput>>;
};

export type UpdatePipelineInput = {
  /** The `version` last read: a pipeline changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** The whole new ordered list of stages (omit to keep them). */
  stages?: InputMaybe<Array<PipelineStageInput>>;
};

/** Corrects a DRAFT quote; the customer and deal stay fixed. */
export type UpdateQuoteInput = {
  /** ISO-4217; a new currency needs `lines` priced in it. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The `version` last read: a quote changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** Replace the lines (the totals are re-priced from them). */
  lines?: InputMaybe<Array<QuoteLineInput>>;
  /** The last day the quote is valid; null clears it. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** An expected failure of a mutation: invalid input or an illegal state transition. Nothing was changed. */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ["input", "lines", "0", "quantity"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type UserErrorCode =
  /** The record changed concurrently; retry. */
  | 'CONFLICT'
  /** Amounts in different currencies were combined. */
  | 'CURRENCY_MISMATCH'
  /** The record's current status does not allow this change. */
  | 'ILLEGAL_TRANSITION'
  /** Not enough allowance left (e.g. time-off days of the year). */
  | 'INSUFFICIENT_BALANCE'
  /** Not enough stock to take out. */
  | 'INSUFFICIENT_STOCK'
  /** The value is malformed or out of range. */
  | 'INVALID'
  /** The credentials were not accepted (never says which part was wrong). */
  | 'INVALID_CREDENTIALS'
  /** A supplier bill does not match its purchase order and receipts (its `match.reasons` say how); held until matched or its variance approved. */
  | 'MATCH_MISMATCH'
  /** A referenced record does not exist for this tenant. */
  | 'NOT_FOUND'
  /** The period overlaps another one that is already taken (e.g. approved time off). */
  | 'OVERLAPPING'
  /** A payment exceeds the amount due. */
  | 'OVERPAYMENT'
  /** The date falls in a closed accounting period (on or before the tenant's lock date); post into the open period, or reopen it. */
  | 'PERIOD_CLOSED'
  /** A required value is missing. */
  | 'REQUIRED'
  /** The value must be unique and is already used. */
  | 'TAKEN'
  /** Too many attempts; wait before trying again. */
  | 'THROTTLED';

export type WinDealInput = {
  id: Scalars['ID']['input'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Customer: Customer;
  Deal: Deal;
  Order: Order;
  Quote: Quote;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Deal:
    ( { __typename: 'Deal' }
    & GraphQLRecursivePick<FederationTypes['Deal'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  Quote:
    ( { __typename: 'Quote' }
    & GraphQLRecursivePick<FederationTypes['Quote'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ArchiveDealInput: ArchiveDealInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Attachment: ResolverTypeWrapper<AttachmentDoc>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AttachmentOwnerType: AttachmentOwnerType;
  Backorder: ResolverTypeWrapper<Omit<Backorder, 'product'> & { product: ResolversTypes['Product'] }>;
  ConvertLeadInput: ConvertLeadInput;
  ConvertLeadPayload: ResolverTypeWrapper<Omit<ConvertLeadPayload, 'deal' | 'lead'> & { deal?: Maybe<ResolversTypes['Deal']>, lead?: Maybe<ResolversTypes['Lead']> }>;
  CreateDealInput: CreateDealInput;
  CreateLeadInput: CreateLeadInput;
  CreateOrderInput: CreateOrderInput;
  CreatePipelineInput: CreatePipelineInput;
  CreateQuoteInput: CreateQuoteInput;
  Customer: ResolverTypeWrapper<CustomerRef>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deal: ResolverTypeWrapper<DealDoc>;
  DealConnection: ResolverTypeWrapper<DealConnectionModel>;
  DealEdge: ResolverTypeWrapper<Omit<DealEdge, 'node'> & { node: ResolversTypes['Deal'] }>;
  DealFilter: DealFilter;
  DealLine: ResolverTypeWrapper<DealLineView>;
  DealLineInput: DealLineInput;
  DealPayload: ResolverTypeWrapper<Omit<DealPayload, 'deal'> & { deal?: Maybe<ResolversTypes['Deal']> }>;
  DealSort: DealSort;
  DealStatus: DealStatus;
  Employee: ResolverTypeWrapper<EmployeeRef>;
  Forecast: ResolverTypeWrapper<ForecastView>;
  ForecastGroup: ResolverTypeWrapper<ForecastGroupView>;
  ForecastGroupBy: ForecastGroupBy;
  Lead: ResolverTypeWrapper<LeadDoc>;
  LeadConnection: ResolverTypeWrapper<LeadConnectionModel>;
  LeadEdge: ResolverTypeWrapper<Omit<LeadEdge, 'node'> & { node: ResolversTypes['Lead'] }>;
  LeadFilter: LeadFilter;
  LeadPayload: ResolverTypeWrapper<Omit<LeadPayload, 'lead'> & { lead?: Maybe<ResolversTypes['Lead']> }>;
  LeadSource: LeadSource;
  LeadStatus: LeadStatus;
  LeadTransitionInput: LeadTransitionInput;
  LoseDealInput: LoseDealInput;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  MoveDealStageInput: MoveDealStageInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderDoc>;
  OrderConnection: ResolverTypeWrapper<OrderConnectionModel>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderFilter: OrderFilter;
  OrderLine: ResolverTypeWrapper<OrderLineView>;
  OrderLineInput: OrderLineInput;
  OrderPayload: ResolverTypeWrapper<Omit<OrderPayload, 'order'> & { order?: Maybe<ResolversTypes['Order']> }>;
  OrderShipment: ResolverTypeWrapper<OrderShipmentDoc>;
  OrderShipmentLine: ResolverTypeWrapper<OrderShipmentLine>;
  OrderStatus: OrderStatus;
  OrderTransitionInput: OrderTransitionInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Pipeline: ResolverTypeWrapper<PipelineDoc>;
  PipelineBoard: ResolverTypeWrapper<PipelineBoardView>;
  PipelineBoardColumn: ResolverTypeWrapper<PipelineBoardColumnView>;
  PipelinePayload: ResolverTypeWrapper<Omit<PipelinePayload, 'pipeline'> & { pipeline?: Maybe<ResolversTypes['Pipeline']> }>;
  PipelineStage: ResolverTypeWrapper<PipelineStageDoc>;
  PipelineStageInput: PipelineStageInput;
  Product: ResolverTypeWrapper<ProductRef>;
  ProductDemand: ResolverTypeWrapper<Omit<ProductDemand, 'check' | 'product'> & { check: ResolversTypes['PromiseCheck'], product: ResolversTypes['Product'] }>;
  PromiseCheck: ResolverTypeWrapper<PromiseCheckRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<QuoteDoc>;
  QuoteConnection: ResolverTypeWrapper<QuoteConnectionModel>;
  QuoteEdge: ResolverTypeWrapper<Omit<QuoteEdge, 'node'> & { node: ResolversTypes['Quote'] }>;
  QuoteFilter: QuoteFilter;
  QuoteLine: ResolverTypeWrapper<QuoteLineView>;
  QuoteLineAvailability: ResolverTypeWrapper<QuoteLineAvailabilityView>;
  QuoteLineInput: QuoteLineInput;
  QuotePayload: ResolverTypeWrapper<Omit<QuotePayload, 'quote'> & { quote?: Maybe<ResolversTypes['Quote']> }>;
  QuoteStatus: QuoteStatus;
  QuoteTransitionInput: QuoteTransitionInput;
  ReopenDealInput: ReopenDealInput;
  SetSalesCurrencyInput: SetSalesCurrencyInput;
  ShipOrderInput: ShipOrderInput;
  ShipOrderLineInput: ShipOrderLineInput;
  SortOrder: SortOrder;
  StageChange: ResolverTypeWrapper<StageChange>;
  StageKind: StageKind;
  StockFlag: ResolverTypeWrapper<StockFlagDoc>;
  StockLevel: ResolverTypeWrapper<ProductRef>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateDealInput: UpdateDealInput;
  UpdateLeadInput: UpdateLeadInput;
  UpdateOrderInput: UpdateOrderInput;
  UpdatePipelineInput: UpdatePipelineInput;
  UpdateQuoteInput: UpdateQuoteInput;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  WinDealInput: WinDealInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ArchiveDealInput: ArchiveDealInput;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Attachment: AttachmentDoc;
  String: Scalars['String']['output'];
  Backorder: Omit<Backorder, 'product'> & { product: ResolversParentTypes['Product'] };
  ConvertLeadInput: ConvertLeadInput;
  ConvertLeadPayload: Omit<ConvertLeadPayload, 'deal' | 'lead'> & { deal?: Maybe<ResolversParentTypes['Deal']>, lead?: Maybe<ResolversParentTypes['Lead']> };
  CreateDealInput: CreateDealInput;
  CreateLeadInput: CreateLeadInput;
  CreateOrderInput: CreateOrderInput;
  CreatePipelineInput: CreatePipelineInput;
  CreateQuoteInput: CreateQuoteInput;
  Customer: CustomerRef;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deal: DealDoc;
  DealConnection: DealConnectionModel;
  DealEdge: Omit<DealEdge, 'node'> & { node: ResolversParentTypes['Deal'] };
  DealFilter: DealFilter;
  DealLine: DealLineView;
  DealLineInput: DealLineInput;
  DealPayload: Omit<DealPayload, 'deal'> & { deal?: Maybe<ResolversParentTypes['Deal']> };
  Employee: EmployeeRef;
  Forecast: ForecastView;
  ForecastGroup: ForecastGroupView;
  Lead: LeadDoc;
  LeadConnection: LeadConnectionModel;
  LeadEdge: Omit<LeadEdge, 'node'> & { node: ResolversParentTypes['Lead'] };
  LeadFilter: LeadFilter;
  LeadPayload: Omit<LeadPayload, 'lead'> & { lead?: Maybe<ResolversParentTypes['Lead']> };
  LeadTransitionInput: LeadTransitionInput;
  LoseDealInput: LoseDealInput;
  Money: Money;
  MoneyInput: MoneyInput;
  MoveDealStageInput: MoveDealStageInput;
  Mutation: Record<PropertyKey, never>;
  Order: OrderDoc;
  OrderConnection: OrderConnectionModel;
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderFilter: OrderFilter;
  OrderLine: OrderLineView;
  OrderLineInput: OrderLineInput;
  OrderPayload: Omit<OrderPayload, 'order'> & { order?: Maybe<ResolversParentTypes['Order']> };
  OrderShipment: OrderShipmentDoc;
  OrderShipmentLine: OrderShipmentLine;
  OrderTransitionInput: OrderTransitionInput;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Pipeline: PipelineDoc;
  PipelineBoard: PipelineBoardView;
  PipelineBoardColumn: PipelineBoardColumnView;
  PipelinePayload: Omit<PipelinePayload, 'pipeline'> & { pipeline?: Maybe<ResolversParentTypes['Pipeline']> };
  PipelineStage: PipelineStageDoc;
  PipelineStageInput: PipelineStageInput;
  Product: ProductRef;
  ProductDemand: Omit<ProductDemand, 'check' | 'product'> & { check: ResolversParentTypes['PromiseCheck'], product: ResolversParentTypes['Product'] };
  PromiseCheck: PromiseCheckRef;
  Query: Record<PropertyKey, never>;
  Quote: QuoteDoc;
  QuoteConnection: QuoteConnectionModel;
  QuoteEdge: Omit<QuoteEdge, 'node'> & { node: ResolversParentTypes['Quote'] };
  QuoteFilter: QuoteFilter;
  QuoteLine: QuoteLineView;
  QuoteLineAvailability: QuoteLineAvailabilityView;
  QuoteLineInput: QuoteLineInput;
  QuotePayload: Omit<QuotePayload, 'quote'> & { quote?: Maybe<ResolversParentTypes['Quote']> };
  QuoteTransitionInput: QuoteTransitionInput;
  ReopenDealInput: ReopenDealInput;
  SetSalesCurrencyInput: SetSalesCurrencyInput;
  ShipOrderInput: ShipOrderInput;
  ShipOrderLineInput: ShipOrderLineInput;
  StageChange: StageChange;
  StockFlag: StockFlagDoc;
  StockLevel: ProductRef;
  Subscription: Record<PropertyKey, never>;
  UpdateDealInput: UpdateDealInput;
  UpdateLeadInput: UpdateLeadInput;
  UpdateOrderInput: UpdateOrderInput;
  UpdatePipelineInput: UpdatePipelineInput;
  UpdateQuoteInput: UpdateQuoteInput;
  UserError: UserError;
  WinDealInput: WinDealInput;
}>;

export type AttachmentResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = ResolversObject<{
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uploadedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BackorderResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Backorder'] = ResolversParentTypes['Backorder']> = ResolversObject<{
  expectedDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConvertLeadPayloadResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['ConvertLeadPayload'] = ResolversParentTypes['ConvertLeadPayload']> = ResolversObject<{
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deals?: Resolver<ResolversTypes['DealConnection'], ParentType, ContextType, RequireFields<CustomerDealsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lifetimeValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<CustomerOrdersArgs, 'first'>>;
  quotes?: Resolver<ResolversTypes['QuoteConnection'], ParentType, ContextType, RequireFields<CustomerQuotesArgs, 'first'>>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DealResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Deal'] = ResolversParentTypes['Deal'], FederationReferenceType extends FederationReferenceTypes['Deal'] = FederationReferenceTypes['Deal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Deal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  expectedCloseDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastActivityAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['DealLine']>, ParentType, ContextType>;
  lostReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  pipeline?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType>;
  probabilityBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stageHistory?: Resolver<Array<ResolversTypes['StageChange']>, ParentType, ContextType, RequireFields<DealStageHistoryArgs, 'last' | 'offset'>>;
  status?: Resolver<ResolversTypes['DealStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DealConnectionResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['DealConnection'] = ResolversParentTypes['DealConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DealEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DealEdgeResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['DealEdge'] = ResolversParentTypes['DealEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Deal'], ParentType, ContextType>;
}>;

export type DealLineResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['DealLine'] = ResolversParentTypes['DealLine']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type DealPayloadResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['DealPayload'] = ResolversParentTypes['DealPayload']> = ResolversObject<{
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type EmployeeResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ForecastResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Forecast'] = ResolversParentTypes['Forecast']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  excludedDealCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groupBy?: Resolver<ResolversTypes['ForecastGroupBy'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['ForecastGroup']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['ForecastGroup'], ParentType, ContextType>;
}>;

export type ForecastGroupResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['ForecastGroup'] = ResolversParentTypes['ForecastGroup']> = ResolversObject<{
  bestCase?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  commit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  dealCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deals?: Resolver<Array<ResolversTypes['Deal']>, ParentType, ContextType, RequireFields<ForecastGroupDealsArgs, 'first' | 'offset'>>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pipeline?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  weighted?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  won?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type LeadResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead']> = ResolversObject<{
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  convertedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  estimatedValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['LeadSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeadStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeadConnectionResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['LeadConnection'] = ResolversParentTypes['LeadConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LeadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeadEdgeResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['LeadEdge'] = ResolversParentTypes['LeadEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
}>;

export type LeadPayloadResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['LeadPayload'] = ResolversParentTypes['LeadPayload']> = ResolversObject<{
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptQuote?: Resolver<ResolversTypes['QuotePayload'], ParentType, ContextType, RequireFields<MutationAcceptQuoteArgs, 'input'>>;
  archiveDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationArchiveDealArgs, 'input'>>;
  cancelOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'input'>>;
  confirmOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationConfirmOrderArgs, 'input'>>;
  convertLead?: Resolver<ResolversTypes['ConvertLeadPayload'], ParentType, ContextType, RequireFields<MutationConvertLeadArgs, 'input'>>;
  convertQuoteToOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationConvertQuoteToOrderArgs, 'input'>>;
  createDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationCreateDealArgs, 'input'>>;
  createLead?: Resolver<ResolversTypes['LeadPayload'], ParentType, ContextType, RequireFields<MutationCreateLeadArgs, 'input'>>;
  createOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationCreateOrderArgs, 'input'>>;
  createPipeline?: Resolver<ResolversTypes['PipelinePayload'], ParentType, ContextType, RequireFields<MutationCreatePipelineArgs, 'input'>>;
  createQuote?: Resolver<ResolversTypes['QuotePayload'], ParentType, ContextType, RequireFields<MutationCreateQuoteArgs, 'input'>>;
  disqualifyLead?: Resolver<ResolversTypes['LeadPayload'], ParentType, ContextType, RequireFields<MutationDisqualifyLeadArgs, 'input'>>;
  expireQuote?: Resolver<ResolversTypes['QuotePayload'], ParentType, ContextType, RequireFields<MutationExpireQuoteArgs, 'input'>>;
  fulfillOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationFulfillOrderArgs, 'input'>>;
  loseDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationLoseDealArgs, 'input'>>;
  moveDealStage?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationMoveDealStageArgs, 'input'>>;
  qualifyLead?: Resolver<ResolversTypes['LeadPayload'], ParentType, ContextType, RequireFields<MutationQualifyLeadArgs, 'input'>>;
  rejectQuote?: Resolver<ResolversTypes['QuotePayload'], ParentType, ContextType, RequireFields<MutationRejectQuoteArgs, 'input'>>;
  reopenDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationReopenDealArgs, 'input'>>;
  restoreDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationRestoreDealArgs, 'input'>>;
  sendQuote?: Resolver<ResolversTypes['QuotePayload'], ParentType, ContextType, RequireFields<MutationSendQuoteArgs, 'input'>>;
  setSalesCurrency?: Resolver<ResolversTypes['PipelinePayload'], ParentType, ContextType, RequireFields<MutationSetSalesCurrencyArgs, 'input'>>;
  shipOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationShipOrderArgs, 'input'>>;
  updateDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationUpdateDealArgs, 'input'>>;
  updateLead?: Resolver<ResolversTypes['LeadPayload'], ParentType, ContextType, RequireFields<MutationUpdateLeadArgs, 'input'>>;
  updateOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrderArgs, 'input'>>;
  updatePipeline?: Resolver<ResolversTypes['PipelinePayload'], ParentType, ContextType, RequireFields<MutationUpdatePipelineArgs, 'input'>>;
  updateQuote?: Resolver<ResolversTypes['QuotePayload'], ParentType, ContextType, RequireFields<MutationUpdateQuoteArgs, 'input'>>;
  winDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationWinDealArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  backorders?: Resolver<Array<ResolversTypes['Backorder']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  fulfilledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  shipments?: Resolver<Array<ResolversTypes['OrderShipment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  stockFlags?: Resolver<Array<ResolversTypes['StockFlag']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrderEdgeResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
}>;

export type OrderLineResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = ResolversObject<{
  availability?: Resolver<ResolversTypes['PromiseCheck'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type OrderPayloadResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['OrderPayload'] = ResolversParentTypes['OrderPayload']> = ResolversObject<{
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type OrderShipmentResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['OrderShipment'] = ResolversParentTypes['OrderShipment']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderShipmentLine']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shippedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type OrderShipmentLineResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['OrderShipmentLine'] = ResolversParentTypes['OrderShipmentLine']> = ResolversObject<{
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PipelineResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Pipeline'] = ResolversParentTypes['Pipeline']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['PipelineStage']>, ParentType, ContextType, RequireFields<PipelineStagesArgs, 'includeRetired'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PipelineBoardResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['PipelineBoard'] = ResolversParentTypes['PipelineBoard']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['PipelineBoardColumn']>, ParentType, ContextType>;
  dealCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  pipeline?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType>;
  weighted?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type PipelineBoardColumnResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['PipelineBoardColumn'] = ResolversParentTypes['PipelineBoardColumn']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  dealCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deals?: Resolver<ResolversTypes['DealConnection'], ParentType, ContextType, RequireFields<PipelineBoardColumnDealsArgs, 'first'>>;
  stage?: Resolver<ResolversTypes['PipelineStage'], ParentType, ContextType>;
  weighted?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type PipelinePayloadResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['PipelinePayload'] = ResolversParentTypes['PipelinePayload']> = ResolversObject<{
  pipeline?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type PipelineStageResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['PipelineStage'] = ResolversParentTypes['PipelineStage']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['StageKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  probabilityBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProductDemandResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['ProductDemand'] = ResolversParentTypes['ProductDemand']> = ResolversObject<{
  check?: Resolver<ResolversTypes['PromiseCheck'], ParentType, ContextType>;
  earliestDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  orderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quoteCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shortfall?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PromiseCheckResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['PromiseCheck'] = ResolversParentTypes['PromiseCheck']> = ResolversObject<{
  needBy?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType, RequireFields<QueryDealArgs, 'id'>>;
  deals?: Resolver<ResolversTypes['DealConnection'], ParentType, ContextType, RequireFields<QueryDealsArgs, 'first' | 'includeArchived' | 'sort'>>;
  forecast?: Resolver<ResolversTypes['Forecast'], ParentType, ContextType, RequireFields<QueryForecastArgs, 'from' | 'groupBy' | 'to'>>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<QueryLeadArgs, 'id'>>;
  leads?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, RequireFields<QueryLeadsArgs, 'first' | 'sort'>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first'>>;
  pipeline?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType, RequireFields<QueryPipelineArgs, 'id'>>;
  pipelineBoard?: Resolver<Maybe<ResolversTypes['PipelineBoard']>, ParentType, ContextType, Partial<QueryPipelineBoardArgs>>;
  pipelines?: Resolver<Array<ResolversTypes['Pipeline']>, ParentType, ContextType>;
  productsAtRisk?: Resolver<Array<ResolversTypes['ProductDemand']>, ParentType, ContextType, RequireFields<QueryProductsAtRiskArgs, 'days' | 'first'>>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType, RequireFields<QueryQuoteArgs, 'id'>>;
  quotes?: Resolver<ResolversTypes['QuoteConnection'], ParentType, ContextType, RequireFields<QueryQuotesArgs, 'first' | 'sort'>>;
  stalledDeals?: Resolver<Array<ResolversTypes['Deal']>, ParentType, ContextType, RequireFields<QueryStalledDealsArgs, 'days' | 'first'>>;
}>;

export type QuoteResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote'], FederationReferenceType extends FederationReferenceTypes['Quote'] = FederationReferenceTypes['Quote']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Quote']> | FederationReferenceType, FederationReferenceType, ContextType>;
  availability?: Resolver<Array<ResolversTypes['QuoteLineAvailability']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['QuoteLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  promiseDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QuoteStatus'], ParentType, ContextType>;
  stockFlags?: Resolver<Array<ResolversTypes['StockFlag']>, ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuoteConnectionResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['QuoteConnection'] = ResolversParentTypes['QuoteConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['QuoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuoteEdgeResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['QuoteEdge'] = ResolversParentTypes['QuoteEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Quote'], ParentType, ContextType>;
}>;

export type QuoteLineResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['QuoteLine'] = ResolversParentTypes['QuoteLine']> = ResolversObject<{
  availability?: Resolver<ResolversTypes['PromiseCheck'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  discountPercent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  taxRatePercent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type QuoteLineAvailabilityResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['QuoteLineAvailability'] = ResolversParentTypes['QuoteLineAvailability']> = ResolversObject<{
  check?: Resolver<ResolversTypes['PromiseCheck'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuotePayloadResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['QuotePayload'] = ResolversParentTypes['QuotePayload']> = ResolversObject<{
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type StageChangeResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['StageChange'] = ResolversParentTypes['StageChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StockFlagResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['StockFlag'] = ResolversParentTypes['StockFlag']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reorderPoint?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stockLevel?: Resolver<ResolversTypes['StockLevel'], ParentType, ContextType>;
  warehouseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type StockLevelResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['StockLevel'] = ResolversParentTypes['StockLevel']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  dealStageChanged?: SubscriptionResolver<ResolversTypes['Deal'], "dealStageChanged", ParentType, ContextType, Partial<SubscriptionDealStageChangedArgs>>;
  dealWon?: SubscriptionResolver<ResolversTypes['Deal'], "dealWon", ParentType, ContextType>;
  orderStatusChanged?: SubscriptionResolver<ResolversTypes['Order'], "orderStatusChanged", ParentType, ContextType, Partial<SubscriptionOrderStatusChangedArgs>>;
}>;

export type UserErrorResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SalesContext> = ResolversObject<{
  Attachment?: AttachmentResolvers<ContextType>;
  Backorder?: BackorderResolvers<ContextType>;
  ConvertLeadPayload?: ConvertLeadPayloadResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deal?: DealResolvers<ContextType>;
  DealConnection?: DealConnectionResolvers<ContextType>;
  DealEdge?: DealEdgeResolvers<ContextType>;
  DealLine?: DealLineResolvers<ContextType>;
  DealPayload?: DealPayloadResolvers<ContextType>;
  Employee?: EmployeeResolvers<ContextType>;
  Forecast?: ForecastResolvers<ContextType>;
  ForecastGroup?: ForecastGroupResolvers<ContextType>;
  Lead?: LeadResolvers<ContextType>;
  LeadConnection?: LeadConnectionResolvers<ContextType>;
  LeadEdge?: LeadEdgeResolvers<ContextType>;
  LeadPayload?: LeadPayloadResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderPayload?: OrderPayloadResolvers<ContextType>;
  OrderShipment?: OrderShipmentResolvers<ContextType>;
  OrderShipmentLine?: OrderShipmentLineResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pipeline?: PipelineResolvers<ContextType>;
  PipelineBoard?: PipelineBoardResolvers<ContextType>;
  PipelineBoardColumn?: PipelineBoardColumnResolvers<ContextType>;
  PipelinePayload?: PipelinePayloadResolvers<ContextType>;
  PipelineStage?: PipelineStageResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductDemand?: ProductDemandResolvers<ContextType>;
  PromiseCheck?: PromiseCheckResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteConnection?: QuoteConnectionResolvers<ContextType>;
  QuoteEdge?: QuoteEdgeResolvers<ContextType>;
  QuoteLine?: QuoteLineResolvers<ContextType>;
  QuoteLineAvailability?: QuoteLineAvailabilityResolvers<ContextType>;
  QuotePayload?: QuotePayloadResolvers<ContextType>;
  StageChange?: StageChangeResolvers<ContextType>;
  StockFlag?: StockFlagResolvers<ContextType>;
  StockLevel?: StockLevelResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

