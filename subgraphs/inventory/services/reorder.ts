/**
 * Reorder points -> purchase order suggestions.
 *
 * After any write that can lower a level's available units, `checkReorder` looks at the level:
 * when it is low (domain/reorder.ts) and no suggestion is open for it, it creates a
 * ReorderSuggestion whose unique `openKey` is the stock level id (`findOrCreate`): the unique
 * index lets exactly one open suggestion exist per product x warehouse, however many events,
 * processes or concurrent moves find the level low. The suggestion carries the
 * `inventory.stock.low` event in its outbox (same insert), so the event is emitted once per
 * suggestion. With a preferred supplier, a DRAFT purchase order is created with an id chosen
 * before the suggestion is written, so a retry after a crash creates that same order, not a
 * second one. The suggestion closes (its key is rewritten, one conditional write) when its
 * purchase order leaves DRAFT, or, without a purchase order, when the level is no longer low;
 * then a later shortage opens a new one. A check that finds the open suggestion's order already
 * out of DRAFT (a crash between the move and the close) closes it then.
 */
import mongoose from 'mongoose';
import { UserErrors } from '../../../lib/errors';
import { assertNoUserErrors } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import { findOrCreate, updateWhere } from '../../../lib/write';
import { isLow, shouldSuggestPurchase, validateReorderRule } from '../domain/reorder';
import { stockLow, stockRecovered } from '../events/publish';
import type { InventoryModels, ProductDoc, PurchaseOrderDoc, ReorderSuggestionDoc, StockLevelDoc, SupplierDoc } from '../models';
import { updateLevel } from './levels';
import { findById, notFound, requireProductAndWarehouses } from './references';
import { getSettings } from './settings';

export async function checkReorder(models: InventoryModels, level: StockLevelDoc): Promise<void> {
  // Without a rule there is nothing to suggest; setReorderPoint closes a rule's open suggestion when it removes the rule.
  if (!level.reorder) return;
  const levelId = level._id.toString();
  let open = await models.ReorderSuggestion.findOne({ openKey: levelId }).lean<ReorderSuggestionDoc>();
  if (open?.purchaseOrderId && (await leftDraft(models, open.purchaseOrderId))) {
    await closeSuggestion(models, open);
    open = null;
  }
  if (!isLow(level)) {
    if (open && !open.purchaseOrderId) await closeSuggestion(models, open);
    await markRecovered(models, level);
    return;
  }
  const suggestion = shouldSuggestPurchase(level, Boolean(open)) ? await openSuggestion(models, level) : open!;
  await ensurePurchaseOrder(models, suggestion, level);
}

/**
 * The level is above its reorder point: its shortages not yet recovered are marked so, the newest
 * with the `inventory.stock.recovered` event (one conditional write each, so once per shortage
 * however many checks find the level recovered).
 */
async function markRecovered(models: InventoryModels, level: StockLevelDoc): Promise<void> {
  const pending = await models.ReorderSuggestion.find({ stockLevelId: level._id.toString(), recoveredAt: null })
    .select({ _id: 1 })
    .sort({ _id: -1 })
    .limit(20)
    .lean<Array<Pick<ReorderSuggestionDoc, '_id'>>>();
  for (const [i, s] of pending.entries()) {
    await updateWhere(
      models.ReorderSuggestion,
      { _id: s._id, recoveredAt: null },
      { $set: { recoveredAt: new Date() }, events: i === 0 ? [stockRecovered(level)] : [] },
    );
  }
}

/** Whether the purchase order exists and is no longer a DRAFT. */
async function leftDraft(models: InventoryModels, purchaseOrderId: string): Promise<boolean> {
  const po = await models.PurchaseOrder.findById(purchaseOrderId).select({ status: 1 }).lean<Pick<PurchaseOrderDoc, 'status'>>();
  return Boolean(po && po.status !== 'DRAFT');
}

/** The level's open suggestion, opened with its `inventory.stock.low` event unless another check opened it first. */
async function openSuggestion(models: InventoryModels, level: StockLevelDoc): Promise<ReorderSuggestionDoc> {
  const levelId = level._id.toString();
  const supplier = level.reorder?.supplierId ? await findById<SupplierDoc>(models.Supplier, level.reorder.supplierId) : null;
  const purchaseOrderId = supplier ? new mongoose.Types.ObjectId().toString() : null;
  const { doc } = await findOrCreate<ReorderSuggestionDoc>(
    models.ReorderSuggestion,
    { openKey: levelId },
    () => ({ stockLevelId: levelId, productId: level.productId, warehouseId: level.warehouseId, purchaseOrderId }),
    { events: () => [stockLow(level, purchaseOrderId)] },
  );
  return doc;
}

/** Creates the suggestion's DRAFT purchase order if it does not exist yet (idempotent by its preset id). */
async function ensurePurchaseOrder(models: InventoryModels, suggestion: ReorderSuggestionDoc, level: StockLevelDoc) {
  if (!suggestion.purchaseOrderId || !level.reorder?.supplierId) return;
  if (await models.PurchaseOrder.exists({ _id: suggestion.purchaseOrderId })) return;
  const [supplier, product, settings] = await Promise.all([
    findById<SupplierDoc>(models.Supplier, level.reorder.supplierId),
    findById<ProductDoc>(models.Product, level.productId),
    getSettings(models),
  ]);
  if (!supplier || !product) return;
  const quantity = level.reorder.quantity;
  await findOrCreate<PurchaseOrderDoc>(
    models.PurchaseOrder,
    { _id: new mongoose.Types.ObjectId(suggestion.purchaseOrderId) },
    async () => ({
      number: await nextNumber(models.connection, 'purchase-order', 'PO'),
      supplierId: supplier._id.toString(),
      supplierName: supplier.name,
      warehouseId: level.warehouseId,
      currency: settings.costCurrency,
      status: 'DRAFT',
      lines: [
        {
          productId: level.productId,
          description: product.name,
          quantity,
          receivedQuantity: 0,
          // The last known moving-average cost; the buyer adjusts it before ordering if the price changed.
          unitCostMinor: level.avgCostMinor,
        },
      ],
      suggestedFor: suggestion.stockLevelId,
    }),
  );
}

/** Closes an open suggestion: its key is rewritten, so the level's next shortage can open a new one. */
async function closeSuggestion(models: InventoryModels, suggestion: Pick<ReorderSuggestionDoc, '_id' | 'openKey'>) {
  await updateWhere(
    models.ReorderSuggestion,
    { _id: suggestion._id, openKey: suggestion.openKey },
    { $set: { openKey: `${suggestion.openKey}:closed:${suggestion._id.toString()}` } },
  );
}

/** Called when a purchase order leaves DRAFT: its suggestion (if any) is no longer open. */
export async function closeSuggestionOf(models: InventoryModels, purchaseOrderId: string, stockLevelId?: string | null) {
  if (!stockLevelId) return;
  const open = await models.ReorderSuggestion.findOne({ openKey: stockLevelId, purchaseOrderId }).lean<ReorderSuggestionDoc>();
  if (open) await closeSuggestion(models, open);
}

/** Sets (or, with `rule: null`, removes) a level's reorder rule, then checks it at once. */
export async function setReorderPoint(
  models: InventoryModels,
  input: {
    productId: string;
    warehouseId: string;
    rule?: { min: number; reorderQuantity: number; preferredSupplierId?: string | null } | null;
  },
): Promise<StockLevelDoc> {
  const rule = input.rule;
  assertNoUserErrors(rule ? validateReorderRule(rule) : []);
  await requireProductAndWarehouses(models, input.productId, [['warehouseId', input.warehouseId]]);
  if (rule?.preferredSupplierId && !(await findById(models.Supplier, rule.preferredSupplierId))) {
    throw new UserErrors([notFound(['input', 'rule', 'preferredSupplierId'], 'Supplier', rule.preferredSupplierId)]);
  }
  const reorder = rule ? { min: rule.min, quantity: rule.reorderQuantity, supplierId: rule.preferredSupplierId ?? null } : null;
  const level = await updateLevel(models, input.productId, input.warehouseId, () => ({ reorder }));
  if (reorder) await checkReorder(models, level);
  else await closeOpenSuggestion(models, level._id.toString());
  return level;
}

/** The rule was removed: a suggestion without a purchase order is no longer wanted (a drafted one closes when it leaves DRAFT). */
async function closeOpenSuggestion(models: InventoryModels, stockLevelId: string) {
  const open = await models.ReorderSuggestion.findOne({ openKey: stockLevelId }).lean<ReorderSuggestionDoc>();
  if (open && !open.purchaseOrderId) await closeSuggestion(models, open);
}
