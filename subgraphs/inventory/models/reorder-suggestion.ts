/**
 * Reorder suggestions: the "one open suggestion per stock level" arbiter. `openKey` is unique per
 * tenant and equals the stock level id while the suggestion is open; closing it rewrites the key.
 */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

export interface ReorderSuggestionDoc {
  _id: Types.ObjectId;
  tenantId: string;
  openKey: string;
  stockLevelId: string;
  productId: string;
  warehouseId: string;
  /** The DRAFT purchase order drafted for it (its id chosen before either is written). */
  purchaseOrderId?: string | null;
  /** When the level was above its reorder point again (`inventory.stock.recovered` written then, once). */
  recoveredAt?: Date | null;
  createdAt: Date;
}

const suggestionSchema = new mongoose.Schema<ReorderSuggestionDoc>(
  {
    openKey: { type: String, required: true },
    stockLevelId: { type: String, required: true },
    productId: { type: String, required: true },
    warehouseId: { type: String, required: true },
    purchaseOrderId: String,
    recoveredAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
suggestionSchema.plugin(tenantScopePlugin);
suggestionSchema.plugin(outboxPlugin);
suggestionSchema.plugin(aggregatePlugin, { name: 'Reorder suggestion' });
suggestionSchema.index({ tenantId: 1, openKey: 1 }, { unique: true });
suggestionSchema.index({ tenantId: 1, stockLevelId: 1, recoveredAt: 1, _id: -1 }); // the shortages of a level not yet recovered

export const reorderSuggestionModel = (connection: Connection) =>
  connection.model<ReorderSuggestionDoc>('ReorderSuggestion', suggestionSchema, 'reorder_suggestions');
