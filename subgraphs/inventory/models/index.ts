/**
 * The inventory models: one file per aggregate, registered here. Nothing else opens a collection
 * of the inventory database.
 */
import type { Connection } from 'mongoose';
import { sequenceModel } from '../../../lib/sequence';
import { productModel } from './product';
import { productSupplyModel } from './product-supply';
import { purchaseOrderModel } from './purchase-order';
import { reorderSuggestionModel } from './reorder-suggestion';
import { reservationModel } from './reservation';
import { settingsModel } from './settings';
import { stockLevelModel, type StockLevelDoc } from './stock-level';
import { stockMovementModel } from './stock-movement';
import { supplierModel } from './supplier';
import { warehouseModel } from './warehouse';

export * from './product';
export * from './product-supply';
export * from './purchase-order';
export * from './reorder-suggestion';
export * from './reservation';
export * from './settings';
export * from './stock-level';
export * from './stock-movement';
export * from './supplier';
export * from './warehouse';
export type { ReorderRule } from '../domain/reorder';
export type { MovementStatus, MovementType } from '../domain/stock';
export type { ReservationStatus } from '../domain/reservation';

export function inventoryModels(connection: Connection) {
  return {
    connection,
    Product: productModel(connection),
    ProductSupply: productSupplyModel(connection),
    Warehouse: warehouseModel(connection),
    StockLevel: stockLevelModel(connection),
    StockMovement: stockMovementModel(connection),
    Reservation: reservationModel(connection),
    Supplier: supplierModel(connection),
    PurchaseOrder: purchaseOrderModel(connection),
    ReorderSuggestion: reorderSuggestionModel(connection),
    Settings: settingsModel(connection),
    Sequence: sequenceModel(connection),
  };
}
export type InventoryModels = ReturnType<typeof inventoryModels>;

/** GraphQL parent shapes that are not documents. */
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
/** A sales line's question to inventory: this many units of this product by this date (YYYY-MM-DD). */
export interface PromiseCheckView {
  productId: string;
  quantity: number;
  needBy: string;
}
