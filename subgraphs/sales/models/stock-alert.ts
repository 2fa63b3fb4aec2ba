/**
 * Stock alerts: what sales made of one `inventory.stock.low` event (one document per event, `_id`
 * = the event id, so a redelivery finds it): the open quotes and unconfirmed orders holding the
 * product, and the deals whose owners should follow up. Its `sales.stockAlert.raised` event (same
 * insert) feeds the CRM's automation rules on `inventory.stock.low`.
 */
import mongoose, { type Connection } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

/** The shortage as inventory reported it; the flag a quote or order carries. */
export interface StockFlagDoc {
  productId: string;
  warehouseId: string;
  stockLevelId: string;
  available: number;
  reorderPoint: number;
  /** When inventory reported it (the event's occurredAt). */
  raisedAt: Date;
  /** The `inventory.stock.low` event: a redelivery changes nothing. */
  eventId: string;
}

export interface AtRiskDocumentDoc {
  kind: 'QUOTE' | 'ORDER';
  id: string;
  number: string;
  customerId: string;
  dealId?: string | null;
  ownerId?: string | null;
}

export interface StockAlertDoc {
  /** The `inventory.stock.low` event id. */
  _id: string;
  tenantId: string;
  flag: StockFlagDoc;
  documents: AtRiskDocumentDoc[];
  createdAt: Date;
  version: number;
}
export type StockAlertConnectionModel = Page<StockAlertDoc>;

export const stockFlagSchema = new mongoose.Schema<StockFlagDoc>(
  {
    productId: { type: String, required: true },
    warehouseId: { type: String, required: true },
    stockLevelId: { type: String, required: true },
    available: { type: Number, required: true },
    reorderPoint: { type: Number, required: true },
    raisedAt: { type: Date, required: true },
    eventId: { type: String, required: true },
  },
  { _id: false },
);

const stockAlertSchema = new mongoose.Schema<StockAlertDoc>(
  {
    _id: { type: String, required: true },
    flag: { type: stockFlagSchema, required: true },
    documents: {
      type: [{ _id: false, kind: String, id: String, number: String, customerId: String, dealId: String, ownerId: String }],
      default: [],
    },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
stockAlertSchema.plugin(tenantScopePlugin);
stockAlertSchema.plugin(outboxPlugin);
stockAlertSchema.plugin(aggregatePlugin, { name: 'Stock alert' });
stockAlertSchema.index({ tenantId: 1, _id: -1 });

export const stockAlertModel = (connection: Connection) =>
  connection.model<StockAlertDoc>('StockAlert', stockAlertSchema, 'stock_alerts');

/**
 * What sales made of one `inventory.stock.recovered` event (`_id` = the event id): the documents
 * whose flag it clears, fixed when first handled; `done` (with `sales.stockFlags.cleared`, one
 * conditional write) once every flag is gone, so a redelivery after a crash finishes the same list.
 */
export interface StockRecoveryDoc {
  _id: string;
  tenantId: string;
  productId: string;
  warehouseId: string;
  available: number;
  recoveredAt: Date;
  documents: Array<{ kind: 'QUOTE' | 'ORDER'; id: string; number: string }>;
  done: boolean;
  createdAt: Date;
  version: number;
}

const stockRecoverySchema = new mongoose.Schema<StockRecoveryDoc>(
  {
    _id: { type: String, required: true },
    productId: { type: String, required: true },
    warehouseId: { type: String, required: true },
    available: { type: Number, required: true },
    recoveredAt: { type: Date, required: true },
    documents: { type: [{ _id: false, kind: String, id: String, number: String }], default: [] },
    done: { type: Boolean, default: false },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
stockRecoverySchema.plugin(tenantScopePlugin);
stockRecoverySchema.plugin(outboxPlugin);
stockRecoverySchema.plugin(aggregatePlugin, { name: 'Stock recovery' });
stockRecoverySchema.index({ tenantId: 1, _id: -1 });

export const stockRecoveryModel = (connection: Connection) =>
  connection.model<StockRecoveryDoc>('StockRecovery', stockRecoverySchema, 'stock_recoveries');
