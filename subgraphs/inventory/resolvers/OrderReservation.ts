import type {
  OrderReservationLineResolvers,
  OrderReservationResolvers,
  ReservationAllocationResolvers,
} from '../__generated__/resolvers-types';
import { productField, warehouseField } from './references';

export const OrderReservation: OrderReservationResolvers = {
  lines: (r) => r.lines,
};

export const OrderReservationLine: OrderReservationLineResolvers = {
  product: productField,
  unshipped: (l) => l.unshipped ?? 0,
};

export const ReservationAllocation: ReservationAllocationResolvers = {
  warehouse: warehouseField,
};
