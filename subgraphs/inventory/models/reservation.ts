/** Reservations: inventory's view of one sales order, what is held and shipped for it (services/reservations.ts). */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';
import { RESERVATION_TRANSITIONS, type PlannedShipment, type ReservationStatus, type ReservedLine } from '../domain/reservation';

export type ReservationLineDoc = ReservedLine;
export type ShipmentPlanEntry = PlannedShipment;

export interface ReservationPartDoc {
  shipmentId: string;
  final: boolean;
  shipments: ShipmentPlanEntry[];
  /** Its movements posted and the lines reduced by it. */
  done: boolean;
}

/** One per order (unique orderId), or a tombstone if the order was cancelled before it was confirmed. */
export interface ReservationDoc {
  _id: Types.ObjectId;
  tenantId: string;
  orderId: string;
  orderNumber?: string | null;
  /** The order's customer (carried to the shipments' cost of goods sold). */
  customerId?: string | null;
  status: ReservationStatus;
  lines: ReservationLineDoc[];
  /** Set while a receipt tops up its backordered lines (services/reservations.ts `releaseBackorders`). */
  topUp?: { token: string; at: Date } | null;
  /** Fixed when fulfilment starts, so a retried fulfilment ships exactly the same movements. */
  shipments: ShipmentPlanEntry[];
  /** The parts of an order shipped in parts (`sales.order.shipped`), each plan fixed before its movements. */
  parts?: ReservationPartDoc[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const reservationSchema = new mongoose.Schema<ReservationDoc>(
  {
    orderId: { type: String, required: true },
    orderNumber: String,
    customerId: String,
    status: {
      type: String,
      required: true,
      enum: ['RESERVING', 'RESERVED', 'SHIPPING', 'RELEASED', 'CONSUMED', 'CANCELLED'],
    },
    topUp: { type: { _id: false, token: String, at: Date }, default: null },
    shipments: {
      type: [{ _id: false, line: Number, warehouseId: String, quantity: Number, consumeRef: String, allowNegative: Boolean }],
      default: [],
    },
    parts: {
      type: [
        {
          _id: false,
          shipmentId: String,
          final: Boolean,
          done: Boolean,
          shipments: [
            {
              _id: false,
              line: Number,
              warehouseId: String,
              quantity: Number,
              consumeRef: String,
              consumeQuantity: Number,
              allowNegative: Boolean,
            },
          ],
        },
      ],
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
reservationSchema.plugin(aggregatePlugin, { name: 'Reservation', transitions: RESERVATION_TRANSITIONS });
reservationSchema.index({ tenantId: 1, orderId: 1 }, { unique: true });
// Backorders of a product, in order of confirmation (available to promise, release on receipt).
reservationSchema.index({ tenantId: 1, 'lines.productId': 1, status: 1, createdAt: 1 });

export const reservationModel = (connection: Connection) =>
  connection.model<ReservationDoc>('Reservation', reservationSchema, 'reservations');
