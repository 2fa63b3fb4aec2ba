import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import type { Connection as Page } from '../../../lib/pagination';

export interface ProductDoc {
  _id: Types.ObjectId;
  tenantId: string;
  sku: string;
  /** Upper-cased SKU: the unique key, so "ab-1" and "AB-1" cannot both exist. */
  skuKey: string;
  name: string;
  priceMinor: number;
  currency: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface WarehouseDoc {
  _id: Types.ObjectId;
  tenantId: string;
  code: string;
  name: string;
}

/** On-hand quantity of one product in one warehouse; changed only by conditional $inc. */
export interface StockLevelDoc {
  _id: Types.ObjectId;
  tenantId: string;
  productId: string;
  warehouseId: string;
  onHand: number;
  updatedAt: Date;
}

export type ProductConnectionModel = Page<ProductDoc>;
export type WarehouseConnectionModel = Page<WarehouseDoc>;

const productSchema = new mongoose.Schema<ProductDoc>(
  {
    sku: { type: String, required: true },
    skuKey: { type: String, required: true },
    name: { type: String, required: true },
    priceMinor: { type: Number, required: true, min: 0 },
    currency: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);
productSchema.plugin(tenantScopePlugin);
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
    onHand: { type: Number, required: true, min: 0 },
  },
  { timestamps: true, versionKey: false },
);
stockLevelSchema.plugin(tenantScopePlugin);
stockLevelSchema.index({ tenantId: 1, productId: 1, warehouseId: 1 }, { unique: true });

export function inventoryModels(connection: Connection) {
  return {
    Product: connection.model<ProductDoc>('Product', productSchema, 'products'),
    Warehouse: connection.model<WarehouseDoc>('Warehouse', warehouseSchema, 'warehouses'),
    StockLevel: connection.model<StockLevelDoc>('StockLevel', stockLevelSchema, 'stock_levels'),
  };
}
export type InventoryModels = ReturnType<typeof inventoryModels>;
