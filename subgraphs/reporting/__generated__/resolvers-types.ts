import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { BusinessHealthModel, KpiModel, KpiSeriesModel, BusinessHealthChangeModel } from '../models';
import { ReportingContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** Every KPI for a period, compared with an earlier one. */
export type BusinessHealth = {
  __typename?: 'BusinessHealth';
  /** When the read model last changed for this tenant. */
  asOf?: Maybe<Scalars['DateTime']['output']>;
  compareTo: KpiComparison;
  /** The tenant's base currency (MONEY values are in it). */
  currency: Scalars['String']['output'];
  from: Scalars['DateTime']['output'];
  /** Opaque; the same tenant, period and comparison give the same id. */
  id: Scalars['ID']['output'];
  kpi?: Maybe<Kpi>;
  kpis: Array<Kpi>;
  previousFrom: Scalars['DateTime']['output'];
  previousTo: Scalars['DateTime']['output'];
  to: Scalars['DateTime']['output'];
};


/** Every KPI for a period, compared with an earlier one. */
export type BusinessHealthKpiArgs = {
  metric: KpiMetric;
};

/** Pushed when an event changed a tenant's read model. */
export type BusinessHealthChange = {
  __typename?: 'BusinessHealthChange';
  /** The domain event's type, e.g. `sales.deal.won`. */
  eventType: Scalars['String']['output'];
  /** The id of the domain event that changed the read model. */
  id: Scalars['ID']['output'];
  /** The KPIs whose facts it changed. */
  metrics: Array<KpiMetric>;
  /** When the domain event happened. */
  occurredAt: Scalars['DateTime']['output'];
};

/** A KPI's value for a period and for the period it is compared with. */
export type Kpi = {
  __typename?: 'Kpi';
  /** value - previousValue, same unit. */
  change: Scalars['String']['output'];
  /** Percentage change, one decimal ("12.5"); null when the previous value is zero. */
  changePercent?: Maybe<Scalars['String']['output']>;
  definition: KpiDefinition;
  metric: KpiMetric;
  previousValue: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** FLOW sums what happened in the period; LEVEL is the state at the period's end. */
export type KpiAggregation =
  | 'FLOW'
  | 'LEVEL';

/** What `businessHealth` compares a period with. */
export type KpiComparison =
  /** The window of the same length that ends where the period starts. */
  | 'PREVIOUS_PERIOD'
  /** The same window one year earlier. */
  | 'SAME_PERIOD_LAST_YEAR';

/** One KPI of the catalogue: what it means and which events it is derived from. */
export type KpiDefinition = {
  __typename?: 'KpiDefinition';
  /** FLOW sums what happened in the period; LEVEL is the state at the period's end. */
  aggregation: KpiAggregation;
  /** How it is derived, including what the events cannot tell (and what is used instead). */
  description: Scalars['String']['output'];
  metric: KpiMetric;
  name: Scalars['String']['output'];
  /** Event types this KPI is derived from. */
  sourceEvents: Array<Scalars['String']['output']>;
  unit: KpiUnit;
};

/** Bucket size of a KPI series. */
export type KpiInterval =
  /** UTC calendar days. */
  | 'DAY'
  /** UTC calendar months. */
  | 'MONTH'
  /** ISO weeks, starting Monday 00:00 UTC. */
  | 'WEEK';

/** The business's key figures, each defined once in the KPI catalogue (`kpiCatalogue`). */
export type KpiMetric =
  /** Open receivables past their due date at the period's end. */
  | 'AR_OVERDUE'
  /** Hours submitted on timesheets. */
  | 'BILLABLE_HOURS'
  /** Sum of won deals' amounts (`sales.deal.won`). */
  | 'BOOKINGS'
  /** Payments received. */
  | 'CASH_COLLECTED'
  /** Stock value shipped (inventory's shipment movements). */
  | 'COST_OF_GOODS_SOLD'
  /** Deals lost. */
  | 'DEALS_LOST'
  /** Deals won. */
  | 'DEALS_WON'
  /** Approved expense claims. */
  | 'EXPENSES'
  /** REVENUE_INVOICED - COST_OF_GOODS_SOLD. */
  | 'GROSS_MARGIN'
  /** Active employees at the period's end. */
  | 'HEADCOUNT'
  /** Product/warehouse pairs at or below their reorder point at the period's end. */
  | 'ITEMS_BELOW_REORDER'
  /** Sales orders confirmed. */
  | 'ORDERS'
  /** Gross payroll posted. */
  | 'PAYROLL_COST'
  /** Sum of the amounts of deals first seen in the period (no event announces a new deal: see its definition). */
  | 'PIPELINE_CREATED'
  /** Issued invoices' totals, less voids and credit notes. */
  | 'REVENUE_INVOICED'
  /** Stock on hand x moving-average unit cost at the period's end. */
  | 'STOCK_VALUE'
  /** Support tickets breaching their SLA (not derivable from today's events: see its definition). */
  | 'TICKETS_BREACHING_SLA'
  /** Support tickets opened. */
  | 'TICKETS_OPENED'
  /** Support tickets resolved (not derivable from today's events: see its definition). */
  | 'TICKETS_RESOLVED';

/** One bucket of a series: its start and the KPI's value over it (at its end, for a LEVEL). */
export type KpiPoint = {
  __typename?: 'KpiPoint';
  start: Scalars['DateTime']['output'];
  value: Scalars['String']['output'];
};

/** A KPI bucketed by day, ISO week or month, one point per bucket (zero-filled). */
export type KpiSeries = {
  __typename?: 'KpiSeries';
  definition: KpiDefinition;
  interval: KpiInterval;
  metric: KpiMetric;
  points: Array<KpiPoint>;
};

/** How a KPI's value string reads. */
export type KpiUnit =
  /** An integer string. */
  | 'COUNT'
  /** Hours as a decimal string with two places. */
  | 'HOURS'
  /** A Decimal string in the tenant's base currency. */
  | 'MONEY'
  /** A percentage as a decimal string. */
  | 'PERCENT';

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Wipes the caller's tenant's read models and rebuilds them from the event log, in log order. */
  rebuildReports: RebuildReportsPayload;
};


export type MutationRebuildReportsArgs = {
  input?: InputMaybe<RebuildReportsInput>;
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Every KPI for `period`, compared with the previous period (default) or the same period last year. */
  businessHealth: BusinessHealth;
  /** A change pushed by `Subscription.businessHealthChanged`, by its id (read from the event log). */
  businessHealthChange?: Maybe<BusinessHealthChange>;
  /** The KPI catalogue: every metric with its name, description, unit, aggregation and source events. */
  kpiCatalogue: Array<KpiDefinition>;
  /** One KPI per day, ISO week (Monday UTC) or month from `from` to `to` (half-open), zero-filled; at most 400 points. */
  kpiSeries: KpiSeries;
};


export type QueryBusinessHealthArgs = {
  compareTo?: InputMaybe<KpiComparison>;
  period: ReportPeriod;
};


export type QueryBusinessHealthChangeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKpiSeriesArgs = {
  from: Scalars['DateTime']['input'];
  interval: KpiInterval;
  metric: KpiMetric;
  to: Scalars['DateTime']['input'];
};

export type RebuildReportsInput = {
  /** Only this tenant's (always the caller's); reserved for a future from-date. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What a rebuild did. */
export type RebuildReportsPayload = {
  __typename?: 'RebuildReportsPayload';
  /** The tenant's events read from the log and applied again. */
  eventsReplayed: Scalars['Int']['output'];
  /** Daily fact documents written by the replay. */
  factsWritten: Scalars['Int']['output'];
  userErrors: Array<UserError>;
};

/** A half-open window [from, to). Facts are daily: a bound inside a UTC day takes in that whole day. */
export type ReportPeriod = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The KPIs an event changed, for the subscriber's tenant only, as soon as reporting applied it. */
  businessHealthChanged: BusinessHealthChange;
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

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Attachment: ResolverTypeWrapper<Attachment>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AttachmentOwnerType: AttachmentOwnerType;
  BusinessHealth: ResolverTypeWrapper<BusinessHealthModel>;
  BusinessHealthChange: ResolverTypeWrapper<BusinessHealthChangeModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Kpi: ResolverTypeWrapper<KpiModel>;
  KpiAggregation: KpiAggregation;
  KpiComparison: KpiComparison;
  KpiDefinition: ResolverTypeWrapper<KpiDefinition>;
  KpiInterval: KpiInterval;
  KpiMetric: KpiMetric;
  KpiPoint: ResolverTypeWrapper<KpiPoint>;
  KpiSeries: ResolverTypeWrapper<KpiSeriesModel>;
  KpiUnit: KpiUnit;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RebuildReportsInput: RebuildReportsInput;
  RebuildReportsPayload: ResolverTypeWrapper<RebuildReportsPayload>;
  ReportPeriod: ReportPeriod;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Attachment: Attachment;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  BusinessHealth: BusinessHealthModel;
  BusinessHealthChange: BusinessHealthChangeModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Kpi: KpiModel;
  KpiDefinition: KpiDefinition;
  KpiPoint: KpiPoint;
  KpiSeries: KpiSeriesModel;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  RebuildReportsInput: RebuildReportsInput;
  RebuildReportsPayload: RebuildReportsPayload;
  ReportPeriod: ReportPeriod;
  Subscription: Record<PropertyKey, never>;
  UserError: UserError;
}>;

export type AttachmentResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = ResolversObject<{
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uploadedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BusinessHealthResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['BusinessHealth'] = ResolversParentTypes['BusinessHealth']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  compareTo?: Resolver<ResolversTypes['KpiComparison'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kpi?: Resolver<Maybe<ResolversTypes['Kpi']>, ParentType, ContextType, RequireFields<BusinessHealthKpiArgs, 'metric'>>;
  kpis?: Resolver<Array<ResolversTypes['Kpi']>, ParentType, ContextType>;
  previousFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  previousTo?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type BusinessHealthChangeResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['BusinessHealthChange'] = ResolversParentTypes['BusinessHealthChange']> = ResolversObject<{
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['KpiMetric']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type KpiResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['Kpi'] = ResolversParentTypes['Kpi']> = ResolversObject<{
  change?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changePercent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['KpiDefinition'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['KpiMetric'], ParentType, ContextType>;
  previousValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type KpiDefinitionResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['KpiDefinition'] = ResolversParentTypes['KpiDefinition']> = ResolversObject<{
  aggregation?: Resolver<ResolversTypes['KpiAggregation'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['KpiMetric'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceEvents?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['KpiUnit'], ParentType, ContextType>;
}>;

export type KpiPointResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['KpiPoint'] = ResolversParentTypes['KpiPoint']> = ResolversObject<{
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type KpiSeriesResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['KpiSeries'] = ResolversParentTypes['KpiSeries']> = ResolversObject<{
  definition?: Resolver<ResolversTypes['KpiDefinition'], ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['KpiInterval'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['KpiMetric'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['KpiPoint']>, ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  rebuildReports?: Resolver<ResolversTypes['RebuildReportsPayload'], ParentType, ContextType, Partial<MutationRebuildReportsArgs>>;
}>;

export type PageInfoResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  businessHealth?: Resolver<ResolversTypes['BusinessHealth'], ParentType, ContextType, RequireFields<QueryBusinessHealthArgs, 'compareTo' | 'period'>>;
  businessHealthChange?: Resolver<Maybe<ResolversTypes['BusinessHealthChange']>, ParentType, ContextType, RequireFields<QueryBusinessHealthChangeArgs, 'id'>>;
  kpiCatalogue?: Resolver<Array<ResolversTypes['KpiDefinition']>, ParentType, ContextType>;
  kpiSeries?: Resolver<ResolversTypes['KpiSeries'], ParentType, ContextType, RequireFields<QueryKpiSeriesArgs, 'from' | 'interval' | 'metric' | 'to'>>;
}>;

export type RebuildReportsPayloadResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['RebuildReportsPayload'] = ResolversParentTypes['RebuildReportsPayload']> = ResolversObject<{
  eventsReplayed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  factsWritten?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  businessHealthChanged?: SubscriptionResolver<ResolversTypes['BusinessHealthChange'], "businessHealthChanged", ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ReportingContext> = ResolversObject<{
  Attachment?: AttachmentResolvers<ContextType>;
  BusinessHealth?: BusinessHealthResolvers<ContextType>;
  BusinessHealthChange?: BusinessHealthChangeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Kpi?: KpiResolvers<ContextType>;
  KpiDefinition?: KpiDefinitionResolvers<ContextType>;
  KpiPoint?: KpiPointResolvers<ContextType>;
  KpiSeries?: KpiSeriesResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RebuildReportsPayload?: RebuildReportsPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

