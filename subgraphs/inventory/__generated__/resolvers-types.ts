import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { ProductDoc, WarehouseDoc, StockLevelDoc, ProductConnectionModel, WarehouseConnectionModel, StockLevelConnectionModel, StockMovementDoc, StockMovementConnectionModel, SupplierDoc, SupplierConnectionModel, PurchaseOrderDoc, PurchaseOrderLineView, PurchaseOrderConnectionModel, ReservationDoc, ReservationLineDoc, AllocationView, InventorySettingsDoc, PromiseCheckView, AvailabilityView, ReorderRule, ValuationView, ValuationLineView } from '../models';
import { PromiseAnswer } from '../domain/promise';
import { InventoryContext } from '../context';
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

export type AdjustStockInput = {
  /** Units in (positive) or out (negative); never zero. */
  delta: Scalars['Int']['input'];
  /** Makes a retried call the same movement. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  productId: Scalars['ID']['input'];
  /** Why, e.g. 'cycle count', 'damaged'. */
  reason: Scalars['String']['input'];
  /** Unit cost of units coming in (default: the current moving average). */
  unitCost?: InputMaybe<MoneyInput>;
  warehouseId: Scalars['ID']['input'];
};

export type AdjustStockPayload = {
  __typename?: 'AdjustStockPayload';
  movement?: Maybe<StockMovement>;
  product?: Maybe<Product>;
  stockLevel?: Maybe<StockLevel>;
  userErrors: Array<UserError>;
};

/** Archives or restores a product. */
export type ArchiveProductInput = {
  /** The `version` last read: a product changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

/** Archives or restores a supplier. */
export type ArchiveSupplierInput = {
  /** The `version` last read: a supplier changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

/** Archives or restores a warehouse. */
export type ArchiveWarehouseInput = {
  /** The `version` last read: a warehouse changed since is a CONFLICT (omit to overwrite). */
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

/** When a quantity of a product can ship. */
export type AvailableToPromise = {
  __typename?: 'AvailableToPromise';
  /** Units free now (on hand - reserved - backordered), never negative. */
  availableNow: Scalars['Int']['output'];
  /** Earliest ship date: today, an open purchase order's expected date, or null when known supply never covers the quantity. */
  earliestDate?: Maybe<Scalars['Date']['output']>;
  quantity: Scalars['Int']['output'];
  /** Units still missing after every open purchase order (0 when earliestDate is set). */
  shortfall: Scalars['Int']['output'];
};

export type CreateProductInput = {
  name: Scalars['String']['input'];
  price: MoneyInput;
  sku: Scalars['String']['input'];
  /** Unit of measure (default pcs). */
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type CreatePurchaseOrderInput = {
  /** Expected delivery date. */
  expectedDate?: InputMaybe<Scalars['Date']['input']>;
  lines: Array<PurchaseOrderLineInput>;
  supplierId: Scalars['ID']['input'];
  warehouseId: Scalars['ID']['input'];
};

export type CreateSupplierInput = {
  address?: InputMaybe<SupplierAddressInput>;
  currency: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type CreateWarehouseInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** Per-tenant inventory policy. */
export type InventorySettings = {
  __typename?: 'InventorySettings';
  /** Fulfilment may ship more than is on hand (on-hand goes negative). */
  allowBackorders: Scalars['Boolean']['output'];
  /** Currency of costs, purchase orders and valuation. */
  costCurrency: Scalars['String']['output'];
  /** Reservations draw from this warehouse first. */
  defaultWarehouse?: Maybe<Warehouse>;
};

export type InventorySettingsPayload = {
  __typename?: 'InventorySettingsPayload';
  settings?: Maybe<InventorySettings>;
  userErrors: Array<UserError>;
};

/** Stock value as of a time. */
export type InventoryValuation = {
  __typename?: 'InventoryValuation';
  at: Scalars['DateTime']['output'];
  /** Lines by product and warehouse, `first` of them from `offset` (the total covers every line). */
  lines: Array<ValuationLine>;
  total: Money;
};


/** Stock value as of a time. */
export type InventoryValuationLinesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Posts an ADJUSTMENT movement in (delta > 0) or out (delta < 0); never takes reserved units, never below zero. */
  adjustStock: AdjustStockPayload;
  /** Takes a product out of the lists and pickers (emits inventory.product.archived); it still resolves by id, and its stock and documents stay. */
  archiveProduct: ProductPayload;
  /** Takes a supplier out of the lists; refused (INVALID) while a purchase order to it is still open. New purchase orders to an archived supplier are refused. */
  archiveSupplier: SupplierPayload;
  /** Takes a warehouse out of the lists; refused (INVALID) while it holds stock or reservations: transfer them first. */
  archiveWarehouse: WarehousePayload;
  /** DRAFT | ORDERED -> CANCELLED (nothing received yet). */
  cancelPurchaseOrder: PurchaseOrderPayload;
  createProduct: ProductPayload;
  /** Drafts a purchase order (DRAFT) to a supplier in use (not archived). */
  createPurchaseOrder: PurchaseOrderPayload;
  createSupplier: SupplierPayload;
  createWarehouse: WarehousePayload;
  /** DRAFT -> ORDERED: sent to the supplier. */
  orderPurchaseOrder: PurchaseOrderPayload;
  /** ORDERED | PARTIALLY_RECEIVED -> PARTIALLY_RECEIVED | RECEIVED: posts RECEIPT movements, updates moving-average cost. */
  receivePurchaseOrder: PurchaseOrderPayload;
  /** Sets or clears the expected delivery date of a purchase order that is not yet fully received or cancelled. */
  reschedulePurchaseOrder: PurchaseOrderPayload;
  /** Brings an archived product back (emits inventory.product.restored). */
  restoreProduct: ProductPayload;
  /** Brings an archived supplier back. */
  restoreSupplier: SupplierPayload;
  /** Brings an archived warehouse back. */
  restoreWarehouse: WarehousePayload;
  /** Sets (or, with `rule: null`, removes) the reorder point of a product in a warehouse. */
  setReorderPoint: StockLevelPayload;
  /** Moves units between two warehouses (two TRANSFER movements). */
  transferStock: TransferStockPayload;
  updateInventorySettings: InventorySettingsPayload;
  /** Changes a product's name, unit or price (emits inventory.product.upserted). */
  updateProduct: ProductPayload;
  /** Corrects a DRAFT purchase order: supplier, warehouse, lines (replaced whole) or expected date, checked as at creation. An ordered one is only rescheduled or cancelled. */
  updatePurchaseOrder: PurchaseOrderPayload;
  /** Corrects a supplier; fields left out stay, null clears the optional ones. The currency only changes while no purchase order names the supplier. */
  updateSupplier: SupplierPayload;
  /** Corrects a warehouse's code or name; its stock, movements and orders keep pointing at it. */
  updateWarehouse: WarehousePayload;
};


export type MutationAdjustStockArgs = {
  input: AdjustStockInput;
};


export type MutationArchiveProductArgs = {
  input: ArchiveProductInput;
};


export type MutationArchiveSupplierArgs = {
  input: ArchiveSupplierInput;
};


export type MutationArchiveWarehouseArgs = {
  input: ArchiveWarehouseInput;
};


export type MutationCancelPurchaseOrderArgs = {
  input: PurchaseOrderIdInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreatePurchaseOrderArgs = {
  input: CreatePurchaseOrderInput;
};


export type MutationCreateSupplierArgs = {
  input: CreateSupplierInput;
};


export type MutationCreateWarehouseArgs = {
  input: CreateWarehouseInput;
};


export type MutationOrderPurchaseOrderArgs = {
  input: PurchaseOrderIdInput;
};


export type MutationReceivePurchaseOrderArgs = {
  input: ReceivePurchaseOrderInput;
};


export type MutationReschedulePurchaseOrderArgs = {
  input: ReschedulePurchaseOrderInput;
};


export type MutationRestoreProductArgs = {
  input: ArchiveProductInput;
};


export type MutationRestoreSupplierArgs = {
  input: ArchiveSupplierInput;
};


export type MutationRestoreWarehouseArgs = {
  input: ArchiveWarehouseInput;
};


export type MutationSetReorderPointArgs = {
  input: SetReorderPointInput;
};


export type MutationTransferStockArgs = {
  input: TransferStockInput;
};


export type MutationUpdateInventorySettingsArgs = {
  input: UpdateInventorySettingsInput;
};


export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
};


export type MutationUpdatePurchaseOrderArgs = {
  input: UpdatePurchaseOrderInput;
};


export type MutationUpdateSupplierArgs = {
  input: UpdateSupplierInput;
};


export type MutationUpdateWarehouseArgs = {
  input: UpdateWarehouseInput;
};

/** What inventory holds for one sales order. */
export type OrderReservation = {
  __typename?: 'OrderReservation';
  lines: Array<OrderReservationLine>;
  orderId: Scalars['ID']['output'];
  status: OrderReservationStatus;
};

export type OrderReservationLine = {
  __typename?: 'OrderReservationLine';
  allocations: Array<ReservationAllocation>;
  /** Units no warehouse could hold when the order was confirmed. */
  backordered: Scalars['Int']['output'];
  /** Index of the line in the order. */
  line: Scalars['Int']['output'];
  product: Product;
  quantity: Scalars['Int']['output'];
  /** Units that could not ship on fulfilment. */
  unshipped: Scalars['Int']['output'];
};

export type OrderReservationStatus =
  /** The order was cancelled before it was confirmed: nothing was reserved. */
  | 'CANCELLED'
  /** Shipped. */
  | 'CONSUMED'
  /** Released because the order was cancelled. */
  | 'RELEASED'
  | 'RESERVED'
  /** Reserving is in progress. */
  | 'RESERVING'
  /** Fulfilment is shipping. */
  | 'SHIPPING';

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Something the tenant sells or keeps in stock. */
export type Product = {
  __typename?: 'Product';
  /** When it was archived; null while it is sold (archived products leave `products` unless `includeArchived`). */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Units free to promise, across warehouses and per warehouse (sales quotes and orders select this). */
  availability: ProductAvailability;
  /**
   * The earliest date `quantity` units can ship, across warehouses or from one: what is free now
   * (on hand - reserved), then open purchase orders' outstanding units by their expected date, after
   * the units already backordered for confirmed orders.
   */
  availableToPromise: AvailableToPromise;
  /** Moving-average unit cost across warehouses (quantity-weighted, rounded half-up); null before any stock. */
  averageCost?: Maybe<Money>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** List price. */
  price: Money;
  /** Stock-keeping unit, unique per tenant. */
  sku: Scalars['String']['output'];
  /** Stock per warehouse that has ever held this product. */
  stock: Array<StockLevel>;
  /** Stock on hand across all warehouses. */
  totalOnHand: Scalars['Int']['output'];
  /** Unit of measure, e.g. pcs, box, kg. */
  unit: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change: send it as `expectedVersion` to refuse overwriting a newer edit. */
  version: Scalars['Int']['output'];
};


/** Something the tenant sells or keeps in stock. */
export type ProductAvailableToPromiseArgs = {
  quantity: Scalars['Int']['input'];
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** Availability of a product: on hand minus reserved for confirmed orders. */
export type ProductAvailability = {
  __typename?: 'ProductAvailability';
  /** onHand - reserved across warehouses (negative only when backorders shipped). */
  available: Scalars['Int']['output'];
  onHand: Scalars['Int']['output'];
  perWarehouse: Array<StockLevel>;
  reserved: Scalars['Int']['output'];
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductFilter = {
  /** Exact SKU (case-insensitive). */
  sku?: InputMaybe<Scalars['String']['input']>;
};

export type ProductPayload = {
  __typename?: 'ProductPayload';
  product?: Maybe<Product>;
  userErrors: Array<UserError>;
};

/** How a list of products is ordered; ties keep creation order. Pages stay stable (keyset cursors). */
export type ProductSort =
  /** By name, A to Z, ignoring case and surrounding spaces. */
  | 'NAME_ASC'
  /** By name, Z to A, ignoring case and surrounding spaces. */
  | 'NAME_DESC'
  | 'NEWEST_FIRST'
  | 'OLDEST_FIRST'
  /** By SKU, ignoring case. */
  | 'SKU_ASC';

/**
 * Whether `quantity` units of a product can ship by `needBy`: sales' quote and order lines reference
 * this entity with their own product, quantity and date, and inventory answers.
 */
export type PromiseCheck = {
  __typename?: 'PromiseCheck';
  /** True when the earliest date is on or before needBy. */
  canMeet: Scalars['Boolean']['output'];
  needBy: Scalars['Date']['output'];
  product?: Maybe<Product>;
  productId: Scalars['ID']['output'];
  promise: AvailableToPromise;
  quantity: Scalars['Int']['output'];
};

/** An order to a supplier; receiving it brings stock in. */
export type PurchaseOrder = {
  __typename?: 'PurchaseOrder';
  createdAt: Scalars['DateTime']['output'];
  /** When the supplier is expected to deliver; open orders with a date count for available to promise. */
  expectedDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  lines: Array<PurchaseOrderLine>;
  /** Human number, e.g. PO-000042. */
  number: Scalars['String']['output'];
  status: PurchaseOrderStatus;
  /** Set when a reorder point drafted this order: the stock level it replenishes. */
  suggestedFor?: Maybe<StockLevel>;
  supplier?: Maybe<Supplier>;
  total: Money;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change: send it as `expectedVersion` to refuse overwriting a newer edit. */
  version: Scalars['Int']['output'];
  warehouse: Warehouse;
};

export type PurchaseOrderConnection = {
  __typename?: 'PurchaseOrderConnection';
  edges: Array<PurchaseOrderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PurchaseOrderEdge = {
  __typename?: 'PurchaseOrderEdge';
  cursor: Scalars['String']['output'];
  node: PurchaseOrder;
};

export type PurchaseOrderFilter = {
  status?: InputMaybe<PurchaseOrderStatus>;
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};

export type PurchaseOrderIdInput = {
  id: Scalars['ID']['input'];
};

export type PurchaseOrderLine = {
  __typename?: 'PurchaseOrderLine';
  description: Scalars['String']['output'];
  product: Product;
  quantity: Scalars['Int']['output'];
  receivedQuantity: Scalars['Int']['output'];
  unitCost: Money;
};

export type PurchaseOrderLineInput = {
  /** Default: the product's name. */
  description?: InputMaybe<Scalars['String']['input']>;
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  unitCost: MoneyInput;
};

export type PurchaseOrderPayload = {
  __typename?: 'PurchaseOrderPayload';
  purchaseOrder?: Maybe<PurchaseOrder>;
  userErrors: Array<UserError>;
};

export type PurchaseOrderStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'ORDERED'
  | 'PARTIALLY_RECEIVED'
  | 'RECEIVED';

export type Query = {
  __typename?: 'Query';
  inventorySettings: InventorySettings;
  /**
   * Stock value as of `at` (default now), from the ledger: per product and warehouse, quantity x
   * moving-average cost. Null when `warehouseId` names no warehouse of this tenant.
   */
  inventoryValuation?: Maybe<InventoryValuation>;
  /** What inventory holds for a sales order (null until an order event arrived). */
  orderReservation?: Maybe<OrderReservation>;
  product?: Maybe<Product>;
  /** The tenant's products, filtered and sorted (newest first by default). */
  products: ProductConnection;
  /** Stock levels whose available units are at or below their reorder point, newest first. */
  productsBelowReorderPoint: StockLevelConnection;
  purchaseOrder?: Maybe<PurchaseOrder>;
  /** Purchase orders, newest first. */
  purchaseOrders: PurchaseOrderConnection;
  /** One product in one warehouse, by its opaque id (the `stockLow` subscription resolves its payload here). */
  stockLevel?: Maybe<StockLevel>;
  /** The stock ledger: applied movements, newest first. */
  stockMovements: StockMovementConnection;
  supplier?: Maybe<Supplier>;
  /** The tenant's suppliers, newest first; archived ones only with `includeArchived`. */
  suppliers: SupplierConnection;
  warehouse?: Maybe<Warehouse>;
  /** The tenant's warehouses, newest first; archived ones only with `includeArchived`. */
  warehouses: WarehouseConnection;
};


export type QueryInventoryValuationArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOrderReservationArgs = {
  orderId: Scalars['ID']['input'];
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  sort?: InputMaybe<ProductSort>;
};


export type QueryProductsBelowReorderPointArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPurchaseOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPurchaseOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PurchaseOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStockLevelArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStockMovementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockMovementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySupplierArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySuppliersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryWarehouseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWarehousesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ReceiptLineInput = {
  /** Index of the purchase order line. */
  line: Scalars['Int']['input'];
  quantity: Scalars['Int']['input'];
};

export type ReceivePurchaseOrderInput = {
  id: Scalars['ID']['input'];
  /** Makes a retried receipt the same receipt (received once). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<ReceiptLineInput>;
};

/** When to reorder a product in a warehouse, and from whom. */
export type ReorderPoint = {
  __typename?: 'ReorderPoint';
  /** Reorder when available units fall to or below this. */
  min: Scalars['Int']['output'];
  preferredSupplier?: Maybe<Supplier>;
  /** Units a suggested purchase order asks for. */
  reorderQuantity: Scalars['Int']['output'];
};

export type ReorderPointInput = {
  min: Scalars['Int']['input'];
  preferredSupplierId?: InputMaybe<Scalars['ID']['input']>;
  reorderQuantity: Scalars['Int']['input'];
};

export type ReschedulePurchaseOrderInput = {
  /** Null clears it. */
  expectedDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};

export type ReservationAllocation = {
  __typename?: 'ReservationAllocation';
  quantity: Scalars['Int']['output'];
  warehouse: Warehouse;
};

export type SetReorderPointInput = {
  productId: Scalars['ID']['input'];
  /** Null removes the reorder point. */
  rule?: InputMaybe<ReorderPointInput>;
  warehouseId: Scalars['ID']['input'];
};

/** How many units of a product one warehouse holds; derived from the stock ledger. */
export type StockLevel = {
  __typename?: 'StockLevel';
  /** onHand - reserved. */
  available: Scalars['Int']['output'];
  /** Moving-average unit cost of this warehouse's units. */
  averageCost: Money;
  /** Opaque id of this product x warehouse. */
  id: Scalars['ID']['output'];
  onHand: Scalars['Int']['output'];
  product: Product;
  /** Reorder when available falls to or below this many units; null when no reorder rule is set. */
  reorderPoint?: Maybe<Scalars['Int']['output']>;
  /** The full reorder rule (point, quantity, preferred supplier), when set. */
  reorderRule?: Maybe<ReorderPoint>;
  /** Units held for confirmed sales orders. */
  reserved: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  warehouse: Warehouse;
};

export type StockLevelConnection = {
  __typename?: 'StockLevelConnection';
  edges: Array<StockLevelEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StockLevelEdge = {
  __typename?: 'StockLevelEdge';
  cursor: Scalars['String']['output'];
  node: StockLevel;
};

export type StockLevelPayload = {
  __typename?: 'StockLevelPayload';
  stockLevel?: Maybe<StockLevel>;
  userErrors: Array<UserError>;
};

/** An immutable ledger record: one change of on-hand units in one warehouse. */
export type StockMovement = {
  __typename?: 'StockMovement';
  appliedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  onHandAfter: Scalars['Int']['output'];
  product: Product;
  /** Signed change of on-hand units. */
  quantity: Scalars['Int']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  /** What caused it, e.g. order:<id>, purchaseOrder:<id>, transfer:<key>. */
  reference?: Maybe<Scalars['String']['output']>;
  type: StockMovementType;
  /** Unit cost: paid for receipts, the moving average otherwise. */
  unitCost?: Maybe<Money>;
  warehouse: Warehouse;
};

export type StockMovementConnection = {
  __typename?: 'StockMovementConnection';
  edges: Array<StockMovementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StockMovementEdge = {
  __typename?: 'StockMovementEdge';
  cursor: Scalars['String']['output'];
  node: StockMovement;
};

export type StockMovementFilter = {
  productId?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<StockMovementType>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

export type StockMovementType =
  | 'ADJUSTMENT'
  | 'RECEIPT'
  | 'SHIPMENT'
  | 'TRANSFER';

export type Subscription = {
  __typename?: 'Subscription';
  /** A stock level fell to or below its reorder point (optionally in one warehouse). */
  stockLow: StockLevel;
};


export type SubscriptionStockLowArgs = {
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** Someone the tenant buys from. */
export type Supplier = {
  __typename?: 'Supplier';
  /** Where purchase orders and returns go. */
  address?: Maybe<SupplierAddress>;
  /** When it was archived; null while it is bought from. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Currency purchase orders from this supplier are in. */
  currency: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** Increases with every change: send it as `expectedVersion` to refuse overwriting a newer edit. */
  version: Scalars['Int']['output'];
};

/** A supplier's postal address. */
export type SupplierAddress = {
  __typename?: 'SupplierAddress';
  city: Scalars['String']['output'];
  /** ISO-3166 alpha-2, e.g. DE. */
  country: Scalars['String']['output'];
  line1: Scalars['String']['output'];
  line2?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
};

export type SupplierAddressInput = {
  city: Scalars['String']['input'];
  /** ISO-3166 alpha-2, e.g. DE. */
  country: Scalars['String']['input'];
  line1: Scalars['String']['input'];
  line2?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
};

export type SupplierConnection = {
  __typename?: 'SupplierConnection';
  edges: Array<SupplierEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SupplierEdge = {
  __typename?: 'SupplierEdge';
  cursor: Scalars['String']['output'];
  node: Supplier;
};

export type SupplierPayload = {
  __typename?: 'SupplierPayload';
  supplier?: Maybe<Supplier>;
  userErrors: Array<UserError>;
};

export type TransferStockInput = {
  fromWarehouseId: Scalars['ID']['input'];
  /** Makes a retried call the same transfer. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  toWarehouseId: Scalars['ID']['input'];
};

export type TransferStockPayload = {
  __typename?: 'TransferStockPayload';
  from?: Maybe<StockLevel>;
  to?: Maybe<StockLevel>;
  userErrors: Array<UserError>;
};

export type UpdateInventorySettingsInput = {
  allowBackorders?: InputMaybe<Scalars['Boolean']['input']>;
  costCurrency?: InputMaybe<Scalars['String']['input']>;
  defaultWarehouseId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateProductInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  price?: InputMaybe<MoneyInput>;
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given are changed; `expectedDate: null` clears the date. */
export type UpdatePurchaseOrderInput = {
  expectedDate?: InputMaybe<Scalars['Date']['input']>;
  /** The `version` last read: a purchase order changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  lines?: InputMaybe<Array<PurchaseOrderLineInput>>;
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateSupplierInput = {
  /** null clears it. */
  address?: InputMaybe<SupplierAddressInput>;
  /** Only while no purchase order names the supplier (they are in its currency). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** null clears it. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The `version` last read: a supplier changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** null clears it. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateWarehouseInput = {
  /** Unique per tenant, at most 32 characters. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The `version` last read: a warehouse changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
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

export type ValuationLine = {
  __typename?: 'ValuationLine';
  product: Product;
  quantity: Scalars['Int']['output'];
  unitCost: Money;
  value: Money;
  warehouse: Warehouse;
};

/** A place stock is kept. */
export type Warehouse = {
  __typename?: 'Warehouse';
  /** When it was archived; null while it is in use (archived warehouses leave `warehouses` unless `includeArchived`). */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Short code, unique per tenant, e.g. BER-1. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Increases with every change: send it as `expectedVersion` to refuse overwriting a newer edit. */
  version: Scalars['Int']['output'];
};

export type WarehouseConnection = {
  __typename?: 'WarehouseConnection';
  edges: Array<WarehouseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WarehouseEdge = {
  __typename?: 'WarehouseEdge';
  cursor: Scalars['String']['output'];
  node: Warehouse;
};

export type WarehousePayload = {
  __typename?: 'WarehousePayload';
  userErrors: Array<UserError>;
  warehouse?: Maybe<Warehouse>;
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
  Product: Product;
  PromiseCheck: PromiseCheck;
  StockLevel: StockLevel;
  Warehouse: Warehouse;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}> );
  PromiseCheck:
    ( { __typename: 'PromiseCheck' }
    & GraphQLRecursivePick<FederationTypes['PromiseCheck'], {"productId":true,"quantity":true,"needBy":true}> );
  StockLevel:
    ( { __typename: 'StockLevel' }
    & GraphQLRecursivePick<FederationTypes['StockLevel'], {"id":true}> );
  Warehouse:
    ( { __typename: 'Warehouse' }
    & GraphQLRecursivePick<FederationTypes['Warehouse'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AdjustStockInput: AdjustStockInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AdjustStockPayload: ResolverTypeWrapper<Omit<AdjustStockPayload, 'movement' | 'product' | 'stockLevel'> & { movement?: Maybe<ResolversTypes['StockMovement']>, product?: Maybe<ResolversTypes['Product']>, stockLevel?: Maybe<ResolversTypes['StockLevel']> }>;
  ArchiveProductInput: ArchiveProductInput;
  ArchiveSupplierInput: ArchiveSupplierInput;
  ArchiveWarehouseInput: ArchiveWarehouseInput;
  Attachment: ResolverTypeWrapper<Attachment>;
  AttachmentOwnerType: AttachmentOwnerType;
  AvailableToPromise: ResolverTypeWrapper<PromiseAnswer>;
  CreateProductInput: CreateProductInput;
  CreatePurchaseOrderInput: CreatePurchaseOrderInput;
  CreateSupplierInput: CreateSupplierInput;
  CreateWarehouseInput: CreateWarehouseInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  InventorySettings: ResolverTypeWrapper<InventorySettingsDoc>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  InventorySettingsPayload: ResolverTypeWrapper<Omit<InventorySettingsPayload, 'settings'> & { settings?: Maybe<ResolversTypes['InventorySettings']> }>;
  InventoryValuation: ResolverTypeWrapper<ValuationView>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrderReservation: ResolverTypeWrapper<ReservationDoc>;
  OrderReservationLine: ResolverTypeWrapper<ReservationLineDoc>;
  OrderReservationStatus: OrderReservationStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Product: ResolverTypeWrapper<ProductDoc>;
  ProductAvailability: ResolverTypeWrapper<AvailabilityView>;
  ProductConnection: ResolverTypeWrapper<ProductConnectionModel>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFilter: ProductFilter;
  ProductPayload: ResolverTypeWrapper<Omit<ProductPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  ProductSort: ProductSort;
  PromiseCheck: ResolverTypeWrapper<PromiseCheckView>;
  PurchaseOrder: ResolverTypeWrapper<PurchaseOrderDoc>;
  PurchaseOrderConnection: ResolverTypeWrapper<PurchaseOrderConnectionModel>;
  PurchaseOrderEdge: ResolverTypeWrapper<Omit<PurchaseOrderEdge, 'node'> & { node: ResolversTypes['PurchaseOrder'] }>;
  PurchaseOrderFilter: PurchaseOrderFilter;
  PurchaseOrderIdInput: PurchaseOrderIdInput;
  PurchaseOrderLine: ResolverTypeWrapper<PurchaseOrderLineView>;
  PurchaseOrderLineInput: PurchaseOrderLineInput;
  PurchaseOrderPayload: ResolverTypeWrapper<Omit<PurchaseOrderPayload, 'purchaseOrder'> & { purchaseOrder?: Maybe<ResolversTypes['PurchaseOrder']> }>;
  PurchaseOrderStatus: PurchaseOrderStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceiptLineInput: ReceiptLineInput;
  ReceivePurchaseOrderInput: ReceivePurchaseOrderInput;
  ReorderPoint: ResolverTypeWrapper<ReorderRule>;
  ReorderPointInput: ReorderPointInput;
  ReschedulePurchaseOrderInput: ReschedulePurchaseOrderInput;
  ReservationAllocation: ResolverTypeWrapper<AllocationView>;
  SetReorderPointInput: SetReorderPointInput;
  StockLevel: ResolverTypeWrapper<StockLevelDoc>;
  StockLevelConnection: ResolverTypeWrapper<StockLevelConnectionModel>;
  StockLevelEdge: ResolverTypeWrapper<Omit<StockLevelEdge, 'node'> & { node: ResolversTypes['StockLevel'] }>;
  StockLevelPayload: ResolverTypeWrapper<Omit<StockLevelPayload, 'stockLevel'> & { stockLevel?: Maybe<ResolversTypes['StockLevel']> }>;
  StockMovement: ResolverTypeWrapper<StockMovementDoc>;
  StockMovementConnection: ResolverTypeWrapper<StockMovementConnectionModel>;
  StockMovementEdge: ResolverTypeWrapper<Omit<StockMovementEdge, 'node'> & { node: ResolversTypes['StockMovement'] }>;
  StockMovementFilter: StockMovementFilter;
  StockMovementType: StockMovementType;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Supplier: ResolverTypeWrapper<SupplierDoc>;
  SupplierAddress: ResolverTypeWrapper<SupplierAddress>;
  SupplierAddressInput: SupplierAddressInput;
  SupplierConnection: ResolverTypeWrapper<SupplierConnectionModel>;
  SupplierEdge: ResolverTypeWrapper<Omit<SupplierEdge, 'node'> & { node: ResolversTypes['Supplier'] }>;
  SupplierPayload: ResolverTypeWrapper<Omit<SupplierPayload, 'supplier'> & { supplier?: Maybe<ResolversTypes['Supplier']> }>;
  TransferStockInput: TransferStockInput;
  TransferStockPayload: ResolverTypeWrapper<Omit<TransferStockPayload, 'from' | 'to'> & { from?: Maybe<ResolversTypes['StockLevel']>, to?: Maybe<ResolversTypes['StockLevel']> }>;
  UpdateInventorySettingsInput: UpdateInventorySettingsInput;
  UpdateProductInput: UpdateProductInput;
  UpdatePurchaseOrderInput: UpdatePurchaseOrderInput;
  UpdateSupplierInput: UpdateSupplierInput;
  UpdateWarehouseInput: UpdateWarehouseInput;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  ValuationLine: ResolverTypeWrapper<ValuationLineView>;
  Warehouse: ResolverTypeWrapper<WarehouseDoc>;
  WarehouseConnection: ResolverTypeWrapper<WarehouseConnectionModel>;
  WarehouseEdge: ResolverTypeWrapper<Omit<WarehouseEdge, 'node'> & { node: ResolversTypes['Warehouse'] }>;
  WarehousePayload: ResolverTypeWrapper<Omit<WarehousePayload, 'warehouse'> & { warehouse?: Maybe<ResolversTypes['Warehouse']> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdjustStockInput: AdjustStockInput;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AdjustStockPayload: Omit<AdjustStockPayload, 'movement' | 'product' | 'stockLevel'> & { movement?: Maybe<ResolversParentTypes['StockMovement']>, product?: Maybe<ResolversParentTypes['Product']>, stockLevel?: Maybe<ResolversParentTypes['StockLevel']> };
  ArchiveProductInput: ArchiveProductInput;
  ArchiveSupplierInput: ArchiveSupplierInput;
  ArchiveWarehouseInput: ArchiveWarehouseInput;
  Attachment: Attachment;
  AvailableToPromise: PromiseAnswer;
  CreateProductInput: CreateProductInput;
  CreatePurchaseOrderInput: CreatePurchaseOrderInput;
  CreateSupplierInput: CreateSupplierInput;
  CreateWarehouseInput: CreateWarehouseInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  InventorySettings: InventorySettingsDoc;
  Boolean: Scalars['Boolean']['output'];
  InventorySettingsPayload: Omit<InventorySettingsPayload, 'settings'> & { settings?: Maybe<ResolversParentTypes['InventorySettings']> };
  InventoryValuation: ValuationView;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  OrderReservation: ReservationDoc;
  OrderReservationLine: ReservationLineDoc;
  PageInfo: PageInfo;
  Product: ProductDoc;
  ProductAvailability: AvailabilityView;
  ProductConnection: ProductConnectionModel;
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFilter: ProductFilter;
  ProductPayload: Omit<ProductPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  PromiseCheck: PromiseCheckView;
  PurchaseOrder: PurchaseOrderDoc;
  PurchaseOrderConnection: PurchaseOrderConnectionModel;
  PurchaseOrderEdge: Omit<PurchaseOrderEdge, 'node'> & { node: ResolversParentTypes['PurchaseOrder'] };
  PurchaseOrderFilter: PurchaseOrderFilter;
  PurchaseOrderIdInput: PurchaseOrderIdInput;
  PurchaseOrderLine: PurchaseOrderLineView;
  PurchaseOrderLineInput: PurchaseOrderLineInput;
  PurchaseOrderPayload: Omit<PurchaseOrderPayload, 'purchaseOrder'> & { purchaseOrder?: Maybe<ResolversParentTypes['PurchaseOrder']> };
  Query: Record<PropertyKey, never>;
  ReceiptLineInput: ReceiptLineInput;
  ReceivePurchaseOrderInput: ReceivePurchaseOrderInput;
  ReorderPoint: ReorderRule;
  ReorderPointInput: ReorderPointInput;
  ReschedulePurchaseOrderInput: ReschedulePurchaseOrderInput;
  ReservationAllocation: AllocationView;
  SetReorderPointInput: SetReorderPointInput;
  StockLevel: StockLevelDoc;
  StockLevelConnection: StockLevelConnectionModel;
  StockLevelEdge: Omit<StockLevelEdge, 'node'> & { node: ResolversParentTypes['StockLevel'] };
  StockLevelPayload: Omit<StockLevelPayload, 'stockLevel'> & { stockLevel?: Maybe<ResolversParentTypes['StockLevel']> };
  StockMovement: StockMovementDoc;
  StockMovementConnection: StockMovementConnectionModel;
  StockMovementEdge: Omit<StockMovementEdge, 'node'> & { node: ResolversParentTypes['StockMovement'] };
  StockMovementFilter: StockMovementFilter;
  Subscription: Record<PropertyKey, never>;
  Supplier: SupplierDoc;
  SupplierAddress: SupplierAddress;
  SupplierAddressInput: SupplierAddressInput;
  SupplierConnection: SupplierConnectionModel;
  SupplierEdge: Omit<SupplierEdge, 'node'> & { node: ResolversParentTypes['Supplier'] };
  SupplierPayload: Omit<SupplierPayload, 'supplier'> & { supplier?: Maybe<ResolversParentTypes['Supplier']> };
  TransferStockInput: TransferStockInput;
  TransferStockPayload: Omit<TransferStockPayload, 'from' | 'to'> & { from?: Maybe<ResolversParentTypes['StockLevel']>, to?: Maybe<ResolversParentTypes['StockLevel']> };
  UpdateInventorySettingsInput: UpdateInventorySettingsInput;
  UpdateProductInput: UpdateProductInput;
  UpdatePurchaseOrderInput: UpdatePurchaseOrderInput;
  UpdateSupplierInput: UpdateSupplierInput;
  UpdateWarehouseInput: UpdateWarehouseInput;
  UserError: UserError;
  ValuationLine: ValuationLineView;
  Warehouse: WarehouseDoc;
  WarehouseConnection: WarehouseConnectionModel;
  WarehouseEdge: Omit<WarehouseEdge, 'node'> & { node: ResolversParentTypes['Warehouse'] };
  WarehousePayload: Omit<WarehousePayload, 'warehouse'> & { warehouse?: Maybe<ResolversParentTypes['Warehouse']> };
}>;

export type AdjustStockPayloadResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['AdjustStockPayload'] = ResolversParentTypes['AdjustStockPayload']> = ResolversObject<{
  movement?: Resolver<Maybe<ResolversTypes['StockMovement']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  stockLevel?: Resolver<Maybe<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type AttachmentResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = ResolversObject<{
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uploadedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AvailableToPromiseResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['AvailableToPromise'] = ResolversParentTypes['AvailableToPromise']> = ResolversObject<{
  availableNow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  earliestDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shortfall?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type InventorySettingsResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['InventorySettings'] = ResolversParentTypes['InventorySettings']> = ResolversObject<{
  allowBackorders?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  costCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  defaultWarehouse?: Resolver<Maybe<ResolversTypes['Warehouse']>, ParentType, ContextType>;
}>;

export type InventorySettingsPayloadResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['InventorySettingsPayload'] = ResolversParentTypes['InventorySettingsPayload']> = ResolversObject<{
  settings?: Resolver<Maybe<ResolversTypes['InventorySettings']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type InventoryValuationResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['InventoryValuation'] = ResolversParentTypes['InventoryValuation']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ValuationLine']>, ParentType, ContextType, RequireFields<InventoryValuationLinesArgs, 'first' | 'offset'>>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  adjustStock?: Resolver<ResolversTypes['AdjustStockPayload'], ParentType, ContextType, RequireFields<MutationAdjustStockArgs, 'input'>>;
  archiveProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationArchiveProductArgs, 'input'>>;
  archiveSupplier?: Resolver<ResolversTypes['SupplierPayload'], ParentType, ContextType, RequireFields<MutationArchiveSupplierArgs, 'input'>>;
  archiveWarehouse?: Resolver<ResolversTypes['WarehousePayload'], ParentType, ContextType, RequireFields<MutationArchiveWarehouseArgs, 'input'>>;
  cancelPurchaseOrder?: Resolver<ResolversTypes['PurchaseOrderPayload'], ParentType, ContextType, RequireFields<MutationCancelPurchaseOrderArgs, 'input'>>;
  createProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input'>>;
  createPurchaseOrder?: Resolver<ResolversTypes['PurchaseOrderPayload'], ParentType, ContextType, RequireFields<MutationCreatePurchaseOrderArgs, 'input'>>;
  createSupplier?: Resolver<ResolversTypes['SupplierPayload'], ParentType, ContextType, RequireFields<MutationCreateSupplierArgs, 'input'>>;
  createWarehouse?: Resolver<ResolversTypes['WarehousePayload'], ParentType, ContextType, RequireFields<MutationCreateWarehouseArgs, 'input'>>;
  orderPurchaseOrder?: Resolver<ResolversTypes['PurchaseOrderPayload'], ParentType, ContextType, RequireFields<MutationOrderPurchaseOrderArgs, 'input'>>;
  receivePurchaseOrder?: Resolver<ResolversTypes['PurchaseOrderPayload'], ParentType, ContextType, RequireFields<MutationReceivePurchaseOrderArgs, 'input'>>;
  reschedulePurchaseOrder?: Resolver<ResolversTypes['PurchaseOrderPayload'], ParentType, ContextType, RequireFields<MutationReschedulePurchaseOrderArgs, 'input'>>;
  restoreProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationRestoreProductArgs, 'input'>>;
  restoreSupplier?: Resolver<ResolversTypes['SupplierPayload'], ParentType, ContextType, RequireFields<MutationRestoreSupplierArgs, 'input'>>;
  restoreWarehouse?: Resolver<ResolversTypes['WarehousePayload'], ParentType, ContextType, RequireFields<MutationRestoreWarehouseArgs, 'input'>>;
  setReorderPoint?: Resolver<ResolversTypes['StockLevelPayload'], ParentType, ContextType, RequireFields<MutationSetReorderPointArgs, 'input'>>;
  transferStock?: Resolver<ResolversTypes['TransferStockPayload'], ParentType, ContextType, RequireFields<MutationTransferStockArgs, 'input'>>;
  updateInventorySettings?: Resolver<ResolversTypes['InventorySettingsPayload'], ParentType, ContextType, RequireFields<MutationUpdateInventorySettingsArgs, 'input'>>;
  updateProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'input'>>;
  updatePurchaseOrder?: Resolver<ResolversTypes['PurchaseOrderPayload'], ParentType, ContextType, RequireFields<MutationUpdatePurchaseOrderArgs, 'input'>>;
  updateSupplier?: Resolver<ResolversTypes['SupplierPayload'], ParentType, ContextType, RequireFields<MutationUpdateSupplierArgs, 'input'>>;
  updateWarehouse?: Resolver<ResolversTypes['WarehousePayload'], ParentType, ContextType, RequireFields<MutationUpdateWarehouseArgs, 'input'>>;
}>;

export type OrderReservationResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['OrderReservation'] = ResolversParentTypes['OrderReservation']> = ResolversObject<{
  lines?: Resolver<Array<ResolversTypes['OrderReservationLine']>, ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderReservationStatus'], ParentType, ContextType>;
}>;

export type OrderReservationLineResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['OrderReservationLine'] = ResolversParentTypes['OrderReservationLine']> = ResolversObject<{
  allocations?: Resolver<Array<ResolversTypes['ReservationAllocation']>, ParentType, ContextType>;
  backordered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unshipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  availability?: Resolver<ResolversTypes['ProductAvailability'], ParentType, ContextType>;
  availableToPromise?: Resolver<ResolversTypes['AvailableToPromise'], ParentType, ContextType, RequireFields<ProductAvailableToPromiseArgs, 'quantity'>>;
  averageCost?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stock?: Resolver<Array<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  totalOnHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductAvailabilityResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['ProductAvailability'] = ResolversParentTypes['ProductAvailability']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perWarehouse?: Resolver<Array<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductConnectionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductEdgeResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
}>;

export type ProductPayloadResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['ProductPayload'] = ResolversParentTypes['ProductPayload']> = ResolversObject<{
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type PromiseCheckResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['PromiseCheck'] = ResolversParentTypes['PromiseCheck'], FederationReferenceType extends FederationReferenceTypes['PromiseCheck'] = FederationReferenceTypes['PromiseCheck']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PromiseCheck']> | FederationReferenceType, FederationReferenceType, ContextType>;
  canMeet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  needBy?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  promise?: Resolver<ResolversTypes['AvailableToPromise'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PurchaseOrderResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['PurchaseOrder'] = ResolversParentTypes['PurchaseOrder']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expectedDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['PurchaseOrderLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PurchaseOrderStatus'], ParentType, ContextType>;
  suggestedFor?: Resolver<Maybe<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  supplier?: Resolver<Maybe<ResolversTypes['Supplier']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
}>;

export type PurchaseOrderConnectionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['PurchaseOrderConnection'] = ResolversParentTypes['PurchaseOrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PurchaseOrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PurchaseOrderEdgeResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['PurchaseOrderEdge'] = ResolversParentTypes['PurchaseOrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType>;
}>;

export type PurchaseOrderLineResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['PurchaseOrderLine'] = ResolversParentTypes['PurchaseOrderLine']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receivedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type PurchaseOrderPayloadResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['PurchaseOrderPayload'] = ResolversParentTypes['PurchaseOrderPayload']> = ResolversObject<{
  purchaseOrder?: Resolver<Maybe<ResolversTypes['PurchaseOrder']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  inventorySettings?: Resolver<ResolversTypes['InventorySettings'], ParentType, ContextType>;
  inventoryValuation?: Resolver<Maybe<ResolversTypes['InventoryValuation']>, ParentType, ContextType, Partial<QueryInventoryValuationArgs>>;
  orderReservation?: Resolver<Maybe<ResolversTypes['OrderReservation']>, ParentType, ContextType, RequireFields<QueryOrderReservationArgs, 'orderId'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QueryProductsArgs, 'first' | 'includeArchived' | 'sort'>>;
  productsBelowReorderPoint?: Resolver<ResolversTypes['StockLevelConnection'], ParentType, ContextType, RequireFields<QueryProductsBelowReorderPointArgs, 'first'>>;
  purchaseOrder?: Resolver<Maybe<ResolversTypes['PurchaseOrder']>, ParentType, ContextType, RequireFields<QueryPurchaseOrderArgs, 'id'>>;
  purchaseOrders?: Resolver<ResolversTypes['PurchaseOrderConnection'], ParentType, ContextType, RequireFields<QueryPurchaseOrdersArgs, 'first'>>;
  stockLevel?: Resolver<Maybe<ResolversTypes['StockLevel']>, ParentType, ContextType, RequireFields<QueryStockLevelArgs, 'id'>>;
  stockMovements?: Resolver<ResolversTypes['StockMovementConnection'], ParentType, ContextType, RequireFields<QueryStockMovementsArgs, 'first'>>;
  supplier?: Resolver<Maybe<ResolversTypes['Supplier']>, ParentType, ContextType, RequireFields<QuerySupplierArgs, 'id'>>;
  suppliers?: Resolver<ResolversTypes['SupplierConnection'], ParentType, ContextType, RequireFields<QuerySuppliersArgs, 'first' | 'includeArchived'>>;
  warehouse?: Resolver<Maybe<ResolversTypes['Warehouse']>, ParentType, ContextType, RequireFields<QueryWarehouseArgs, 'id'>>;
  warehouses?: Resolver<ResolversTypes['WarehouseConnection'], ParentType, ContextType, RequireFields<QueryWarehousesArgs, 'first' | 'includeArchived'>>;
}>;

export type ReorderPointResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['ReorderPoint'] = ResolversParentTypes['ReorderPoint']> = ResolversObject<{
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  preferredSupplier?: Resolver<Maybe<ResolversTypes['Supplier']>, ParentType, ContextType>;
  reorderQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReservationAllocationResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['ReservationAllocation'] = ResolversParentTypes['ReservationAllocation']> = ResolversObject<{
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
}>;

export type StockLevelResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockLevel'] = ResolversParentTypes['StockLevel'], FederationReferenceType extends FederationReferenceTypes['StockLevel'] = FederationReferenceTypes['StockLevel']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['StockLevel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  reorderPoint?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reorderRule?: Resolver<Maybe<ResolversTypes['ReorderPoint']>, ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
}>;

export type StockLevelConnectionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockLevelConnection'] = ResolversParentTypes['StockLevelConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StockLevelEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StockLevelEdgeResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockLevelEdge'] = ResolversParentTypes['StockLevelEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StockLevel'], ParentType, ContextType>;
}>;

export type StockLevelPayloadResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockLevelPayload'] = ResolversParentTypes['StockLevelPayload']> = ResolversObject<{
  stockLevel?: Resolver<Maybe<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type StockMovementResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockMovement'] = ResolversParentTypes['StockMovement']> = ResolversObject<{
  appliedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onHandAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StockMovementType'], ParentType, ContextType>;
  unitCost?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
}>;

export type StockMovementConnectionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockMovementConnection'] = ResolversParentTypes['StockMovementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StockMovementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StockMovementEdgeResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockMovementEdge'] = ResolversParentTypes['StockMovementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StockMovement'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  stockLow?: SubscriptionResolver<ResolversTypes['StockLevel'], "stockLow", ParentType, ContextType, Partial<SubscriptionStockLowArgs>>;
}>;

export type SupplierResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Supplier'] = ResolversParentTypes['Supplier']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['SupplierAddress']>, ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SupplierAddressResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SupplierAddress'] = ResolversParentTypes['SupplierAddress']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SupplierConnectionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SupplierConnection'] = ResolversParentTypes['SupplierConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SupplierEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SupplierEdgeResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SupplierEdge'] = ResolversParentTypes['SupplierEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType>;
}>;

export type SupplierPayloadResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SupplierPayload'] = ResolversParentTypes['SupplierPayload']> = ResolversObject<{
  supplier?: Resolver<Maybe<ResolversTypes['Supplier']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type TransferStockPayloadResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['TransferStockPayload'] = ResolversParentTypes['TransferStockPayload']> = ResolversObject<{
  from?: Resolver<Maybe<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ValuationLineResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['ValuationLine'] = ResolversParentTypes['ValuationLine']> = ResolversObject<{
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
}>;

export type WarehouseResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Warehouse'] = ResolversParentTypes['Warehouse'], FederationReferenceType extends FederationReferenceTypes['Warehouse'] = FederationReferenceTypes['Warehouse']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Warehouse']> | FederationReferenceType, FederationReferenceType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WarehouseConnectionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['WarehouseConnection'] = ResolversParentTypes['WarehouseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WarehouseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WarehouseEdgeResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['WarehouseEdge'] = ResolversParentTypes['WarehouseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
}>;

export type WarehousePayloadResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['WarehousePayload'] = ResolversParentTypes['WarehousePayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  warehouse?: Resolver<Maybe<ResolversTypes['Warehouse']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = InventoryContext> = ResolversObject<{
  AdjustStockPayload?: AdjustStockPayloadResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  AvailableToPromise?: AvailableToPromiseResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  InventorySettings?: InventorySettingsResolvers<ContextType>;
  InventorySettingsPayload?: InventorySettingsPayloadResolvers<ContextType>;
  InventoryValuation?: InventoryValuationResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OrderReservation?: OrderReservationResolvers<ContextType>;
  OrderReservationLine?: OrderReservationLineResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductAvailability?: ProductAvailabilityResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductPayload?: ProductPayloadResolvers<ContextType>;
  PromiseCheck?: PromiseCheckResolvers<ContextType>;
  PurchaseOrder?: PurchaseOrderResolvers<ContextType>;
  PurchaseOrderConnection?: PurchaseOrderConnectionResolvers<ContextType>;
  PurchaseOrderEdge?: PurchaseOrderEdgeResolvers<ContextType>;
  PurchaseOrderLine?: PurchaseOrderLineResolvers<ContextType>;
  PurchaseOrderPayload?: PurchaseOrderPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReorderPoint?: ReorderPointResolvers<ContextType>;
  ReservationAllocation?: ReservationAllocationResolvers<ContextType>;
  StockLevel?: StockLevelResolvers<ContextType>;
  StockLevelConnection?: StockLevelConnectionResolvers<ContextType>;
  StockLevelEdge?: StockLevelEdgeResolvers<ContextType>;
  StockLevelPayload?: StockLevelPayloadResolvers<ContextType>;
  StockMovement?: StockMovementResolvers<ContextType>;
  StockMovementConnection?: StockMovementConnectionResolvers<ContextType>;
  StockMovementEdge?: StockMovementEdgeResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Supplier?: SupplierResolvers<ContextType>;
  SupplierAddress?: SupplierAddressResolvers<ContextType>;
  SupplierConnection?: SupplierConnectionResolvers<ContextType>;
  SupplierEdge?: SupplierEdgeResolvers<ContextType>;
  SupplierPayload?: SupplierPayloadResolvers<ContextType>;
  TransferStockPayload?: TransferStockPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  ValuationLine?: ValuationLineResolvers<ContextType>;
  Warehouse?: WarehouseResolvers<ContextType>;
  WarehouseConnection?: WarehouseConnectionResolvers<ContextType>;
  WarehouseEdge?: WarehouseEdgeResolvers<ContextType>;
  WarehousePayload?: WarehousePayloadResolvers<ContextType>;
}>;

