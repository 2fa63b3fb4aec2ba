import { scalarResolvers } from '../../../lib/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { InventorySettings } from './InventorySettings';
import { InventoryValuation, ValuationLine } from './InventoryValuation';
import { Mutation } from './Mutation';
import { OrderReservation, OrderReservationLine, ReservationAllocation } from './OrderReservation';
import { Product, ProductAvailability } from './Product';
import { PromiseCheck } from './PromiseCheck';
import { PurchaseOrder, PurchaseOrderLine } from './PurchaseOrder';
import { Query } from './Query';
import { ReorderPoint, StockLevel } from './StockLevel';
import { StockMovement } from './StockMovement';
import { Supplier } from './Supplier';
import { Warehouse } from './Warehouse';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Product,
  ProductAvailability,
  PromiseCheck,
  Warehouse,
  StockLevel,
  ReorderPoint,
  StockMovement,
  InventoryValuation,
  ValuationLine,
  OrderReservation,
  OrderReservationLine,
  ReservationAllocation,
  Supplier,
  PurchaseOrder,
  PurchaseOrderLine,
  InventorySettings,
};
