import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { sequenceModel } from '../../../lib/sequence';
import { outboxPlugin } from '../../../lib/events';
import type { Connection as Page } from '../../../lib/pagination';
import type { PurchaseOrderStatus } from '../domain/purchase-order';

export interface ProductDoc {
  _id: Types.ObjectId;
  tenantId: string;
  sku: string;
  /** Upper-cased SKU: the unique key, so "ab-1" and "AB-1" cannot both exist. */
  skuKey: string;
  name: string;
  /** Unit of measure, e.g. "pcs", "box", "kg". */
  unit: string;
  priceMinor: number;
  currency: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface WarehouseDoc {
  _id: Types.ObjectId;
  tenantId: string;
  code: string;
  name: string;
}

/** A movement the stock level has applied but whose ledger record is not yet marked APPLIED (see services/ledger.ts). */
export interface AppliedEntry {
  movementId: string;
  /** The level's version after the movement: orders movements of one level in the ledger. */
  sequence: number;
  at: Date;
  onHandAfter: number;
  avgCostAfterMinor: number;
}

/** Units of this level held for one order line (`ref` = `<orderId>#<line index>`). */
export interface ReservationEntry {
  ref: string;
  quantity: number;
}

export interface ReorderRule {
  /** Reorder when available falls to or below this. */
  min: number;
  /** How many units a suggested purchase order asks for. */
  quantity: number;
  supplierId?: string | null;
}

/**
 * One product in one warehouse: the derived state of the ledger (onHand), the reservations held
 * on it, its moving-average cost and its reorder rule, all in ONE document so every change of them
 * is a single-document (atomic) write. Its `_id` is the opaque StockLevel id.
 */
export interface StockLevelDoc {
  _id: Types.ObjectId;
  tenantId: string;
  productId: string;
  warehouseId: string;
  onHand: number;
  reserved: number;
  reservations: ReservationEntry[];
  /** Moving-average unit cost in the tenant's cost currency's minor units. */
  avgCostMinor: number;
  applied: AppliedEntry[];
  reorder?: ReorderRule | null;
  /** available <= reorder.min, maintained by every write (indexed: productsBelowReorderPoint). */
  low: boolean;
  version: number;
  updatedAt: Date;
}

export type MovementType = 'RECEIPT' | 'SHIPMENT' | 'TRANSFER' | 'ADJUSTMENT';
export type MovementStatus = 'PENDING' | 'APPLIED' | 'REJECTED';

/** One immutable ledger record. Only APPLIED movements count; see services/ledger.ts. */
export interface StockMovementDoc {
  _id: Types.ObjectId;
  tenantId: string;
  /** Idempotency key: a retried move with the same key is the same movement. */
  sourceKey: string;
  type: MovementType;
  status: MovementStatus;
  productId: string;
  warehouseId: string;
  /** Signed change of on-hand units. */
  quantity: number;
  /** Receipts: unit cost paid (minor units); otherwise the moving average at the time. */
  unitCostMinor?: number | null;
  reason?: string | null;
  /** What caused it: an order, a purchase order receipt, a transfer. */
  reference?: string | null;
  /** Set when applied: the level's version, time and balances right after this movement. */
  sequence?: number | null;
  appliedAt?: Date | null;
  onHandAfter?: number | null;
  avgCostAfterMinor?: number | null;
  createdAt: Date;
}

export type ReservationStatus = 'RESERVING' | 'RESERVED' | 'SHIPPING' | 'RELEASED' | 'CONSUMED' | 'CANCELLED';

export interface ReservationLineDoc {
  /** Index of the line in the sales order (lines without a product are not held). */
  line: number;
  productId: string;
  quantity: number;
  allocations: Array<{ warehouseId: string; quantity: number }>;
  backordered: number;
  /** Units that could not ship on fulfilment (no stock, no backorders allowed). */
  unshipped: number;
}

export interface ShipmentPlanEntry {
  line: number;
  warehouseId: string;
  quantity: number;
  /** The reservation entry this shipment consumes, when it ships reserved units. */
  consumeRef?: string | null;
  /** Ships without stock (the tenant allows backorders): on-hand may go negative. */
  allowNegative: boolean;
}

/** Inventory's view of one sales order: what is held for it, or a tombstone if it was cancelled first. */
export interface ReservationDoc {
  _id: Types.ObjectId;
  tenantId: string;
  orderId: string;
  orderNumber?: string | null;
  status: ReservationStatus;
  lines: ReservationLineDoc[];
  /** Fixed when fulfilment starts, so a retried fulfilment ships exactly the same movements. */
  shipments: ShipmentPlanEntry[];
  createdAt: Date;
  updatedAt: Date;
}

export interface SupplierDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  email?: string | null;
  currency: string;
  createdAt: Date;
}

export interface PurchaseOrderLineDoc {
  productId: string;
  description: string;
  quantity: number;
  receivedQuantity: number;
  unitCostMinor: number;
}

export interface ReceiptDoc {
  receiptId: string;
  receivedAt: Date;
  lines: Array<{ line: number; quantity: number }>;
  /** True once its RECEIPT movements are in the ledger. */
  posted: boolean;
}

export interface PurchaseOrderDoc {
  _id: Types.ObjectId;
  tenantId: string;
  number: string;
  supplierId: string;
  supplierName: string;
  warehouseId: string;
  currency: string;
  status: PurchaseOrderStatus;
  lines: PurchaseOrderLineDoc[];
  receipts: ReceiptDoc[];
  /** Set on a purchase order drafted by a reorder rule. */
  suggestedFor?: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * The "one open reorder suggestion per stock level" arbiter: `openKey` is unique per tenant and
 * equals the stock level id while the suggestion is open; closing it rewrites the key.
 */
export interface ReorderSuggestionDoc {
  _id: Types.ObjectId;
  tenantId: string;
  openKey: string;
  stockLevelId: string;
  productId: string;
  warehouseId: string;
  purchaseOrderId?: string | null;
  createdAt: Date;
}

export interface InventorySettingsDoc {
  _id: Types.ObjectId;
  tenantId: string;
  /** Fulfilment may ship more than is on hand (on-hand goes negative). */
  allowBackorders: boolean;
  defaultWarehouseId?: string | null;
  /** Currency of costs and valuation. */
  costCurrency: string;
}

export type ProductConnectionModel = Page<ProductDoc>;
export type WarehouseConnectionModel = Page<WarehouseDoc>;
export type StockLevelConnectionModel = Page<StockLevelDoc>;
export type StockMovementConnectionModel = Page<StockMovementDoc>;
export type SupplierConnectionModel = Page<SupplierDoc>;
export type PurchaseOrderConnectionModel = Page<PurchaseOrderDoc>;

const productSchema = new mongoose.Schema<ProductDoc>(
  {
    sku: { type: String, required: true },
    skuKey: { type: String, required: true },
    name: { type: String, required: true },
    unit: { type: String, default: 'pcs' },
    priceMinor: { type: Number, required: true, min: 0 },
    currency: { type: String, required: true },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
productSchema.plugin(tenantScopePlugin);
productSchema.plugin(outboxPlugin);
productSchema.index({ tenantId: 1, skuKey: 1 }, { unique: true });
productSchema.index({ tenantId: 1, _id: -1 });

const warehouseSchema = new mongoose.Schema<WarehouseDoc>(
  { code: { type: String, required: true }, name: { type: String, required: true } },
  { timestamps: true, versionKey: false },
);
warehouseSchema.plugin(tenantScopePlugin);
warehouseSchema.index({ tenantId: 1, code: 1 }, { unique: true });
warehouseSchema.index({ tenantId: 1, _id: -1 });

const stockLevelSchema = new mongoose.Schema<StockLevelDoc>(
  {
    productId: { type: String, required: true },
    warehouseId: { type: String, required: true },
    onHand: { type: Number, required: true, default: 0 },
    reserved: { type: Number, required: true, default: 0, min: 0 },
    reservations: { type: [{ _id: false, ref: String, quantity: Number }], default: [] },
    avgCostMinor: { type: Number, required: true, default: 0 },
    applied: {
      type: [{ _id: false, movementId: String, sequence: Number, at: Date, onHandAfter: Number, avgCostAfterMinor: Number }],
      default: [],
    },
    reorder: { type: { _id: false, min: Number, quantity: Number, supplierId: String }, default: null },
    low: { type: Boolean, default: false },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
stockLevelSchema.plugin(tenantScopePlugin);
stockLevelSchema.index({ tenantId: 1, productId: 1, warehouseId: 1 }, { unique: true });
stockLevelSchema.index({ tenantId: 1, low: 1, _id: -1 });

const movementSchema = new mongoose.Schema<StockMovementDoc>(
  {
    sourceKey: { type: String, required: true },
    type: { type: String, required: true, enum: ['RECEIPT', 'SHIPMENT', 'TRANSFER', 'ADJUSTMENT'] },
    status: { type: String, required: true, enum: ['PENDING', 'APPLIED', 'REJECTED'] },
    productId: { type: String, required: true },
    warehouseId: { type: String, required: true },
    quantity: { type: Number, required: true },
    unitCostMinor: Number,
    reason: String,
    reference: String,
    sequence: Number,
    appliedAt: Date,
    onHandAfter: Number,
    avgCostAfterMinor: Number,
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
movementSchema.plugin(tenantScopePlugin);
movementSchema.index({ tenantId: 1, sourceKey: 1 }, { unique: true });
movementSchema.index({ tenantId: 1, productId: 1, warehouseId: 1, sequence: 1 });
movementSchema.index({ tenantId: 1, _id: -1 });

const reservationSchema = new mongoose.Schema<ReservationDoc>(
  {
    orderId: { type: String, required: true },
    orderNumber: String,
    status: {
      type: String,
      required: true,
      enum: ['RESERVING', 'RESERVED', 'SHIPPING', 'RELEASED', 'CONSUMED', 'CANCELLED'],
    },
    shipments: {
      type: [{ _id: false, line: Number, warehouseId: String, quantity: Number, consumeRef: String, allowNegative: Boolean }],
      default: [],
    },
    lines: {
      type: [
        {
          _id: false,
          line: Number,
          productId: String,
          quantity: Number,
          allocations: [{ _id: false, warehouseId: String, quantity: Number }],
          backordered: Number,
          unshipped: Number,
        },
      ],
      default: [],
    },
  },
  { timestamps: true, versionKey: false },
);
reservationSchema.plugin(tenantScopePlugin);
reservationSchema.plugin(outboxPlugin);
reservationSchema.index({ tenantId: 1, orderId: 1 }, { unique: true });

const supplierSchema = new mongoose.Schema<SupplierDoc>(
  { name: { type: String, required: true }, email: String, currency: { type: String, required: true } },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
supplierSchema.plugin(tenantScopePlugin);
supplierSchema.index({ tenantId: 1, _id: -1 });

const purchaseOrderSchema = new mongoose.Schema<PurchaseOrderDoc>(
  {
    number: { type: String, required: true },
    supplierId: { type: String, required: true },
    supplierName: { type: String, required: true },
    warehouseId: { type: String, required: true },
    currency: { type: String, required: true },
    status: {
      type: String,
      required: true,
      enum: ['DRAFT', 'ORDERED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED'],
    },
    lines: {
      type: [
        { _id: false, productId: String, description: String, quantity: Number, receivedQuantity: Number, unitCostMinor: Number },
      ],
      required: true,
    },
    receipts: {
      type: [
        {
          _id: false,
          receiptId: String,
          receivedAt: Date,
          lines: [{ _id: false, line: Number, quantity: Number }],
          posted: Boolean,
        },
      ],
      default: [],
    },
    suggestedFor: String,
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
purchaseOrderSchema.plugin(tenantScopePlugin);
purchaseOrderSchema.plugin(outboxPlugin);
purchaseOrderSchema.index({ tenantId: 1, number: 1 }, { unique: true });
purchaseOrderSchema.index({ tenantId: 1, _id: -1 });
purchaseOrderSchema.index({ tenantId: 1, status: 1, _id: -1 });

const suggestionSchema = new mongoose.Schema<ReorderSuggestionDoc>(
  {
    openKey: { type: String, required: true },
    stockLevelId: { type: String, required: true },
    productId: { type: String, required: true },
    warehouseId: { type: String, required: true },
    purchaseOrderId: String,
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
suggestionSchema.plugin(tenantScopePlugin);
suggestionSchema.plugin(outboxPlugin);
suggestionSchema.index({ tenantId: 1, openKey: 1 }, { unique: true });

const settingsSchema = new mongoose.Schema<InventorySettingsDoc>(
  {
    allowBackorders: { type: Boolean, default: false },
    defaultWarehouseId: String,
    costCurrency: { type: String, default: 'EUR' },
  },
  { timestamps: true, versionKey: false },
);
settingsSchema.plugin(tenantScopePlugin);
settingsSchema.index({ tenantId: 1 }, { unique: true });

export function inventoryModels(connection: Connection) {
  return {
    connection,
    Product: connection.model<ProductDoc>('Product', productSchema, 'products'),
    Warehouse: connection.model<WarehouseDoc>('Warehouse', warehouseSchema, 'warehouses'),
    StockLevel: connection.model<StockLevelDoc>('StockLevel', stockLevelSchema, 'stock_levels'),
    StockMovement: connection.model<StockMovementDoc>('StockMovement', movementSchema, 'stock_movements'),
    Reservation: connection.model<ReservationDoc>('Reservation', reservationSchema, 'reservations'),
    Supplier: connection.model<SupplierDoc>('Supplier', supplierSchema, 'suppliers'),
    PurchaseOrder: connection.model<PurchaseOrderDoc>('PurchaseOrder', purchaseOrderSchema, 'purchase_orders'),
    ReorderSuggestion: connection.model<ReorderSuggestionDoc>('ReorderSuggestion', suggestionSchema, 'reorder_suggestions'),
    Settings: connection.model<InventorySettingsDoc>('InventorySettings', settingsSchema, 'inventory_settings'),
    Sequence: sequenceModel(connection),
  };
}
export type InventoryModels = ReturnType<typeof inventoryModels>;

/** GraphQL parent shapes that are not documents. */
export interface PurchaseOrderLineView extends PurchaseOrderLineDoc {
  currency: string;
}
export interface AllocationView {
  warehouseId: string;
  quantity: number;
}
export interface AvailabilityView {
  levels: StockLevelDoc[];
}
export interface ValuationLineView {
  productId: string;
  warehouseId: string;
  quantity: number;
  unitCostMinor: number;
  valueMinor: number;
  currency: string;
}
export interface ValuationView {
  at: Date;
  currency: string;
  totalMinor: number;
  lines: ValuationLineView[];
}
