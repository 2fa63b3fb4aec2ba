/**
 * Reorder points -> purchase order suggestions.
 *
 * After any write that can lower a level's available units, `checkReorder` looks at the level: when
 * it is low (domain/reorder.ts) and no suggestion is open for it, it INSERTS a ReorderSuggestion
 * whose unique `openKey` is the stock level id: the unique index lets exactly one open suggestion
 * exist per product x warehouse, however many events or concurrent moves find the level low.
 * The suggestion carries the `inventory.stock.low` event in its outbox (same insert), so the event
 * is emitted once per suggestion. With a preferred supplier, a DRAFT purchase order is created with
 * an id chosen before the insert, so a retry after a crash creates that same order, not a second one.
 * The suggestion closes (its key is rewritten) when its purchase order leaves DRAFT, or, without a
 * purchase order, when the level is no longer low; then a later shortage opens a new one.
 */
import mongoose from 'mongoose';
import { withDocumentLock } from '../../../lib/keyed-lock';
import { domainEvent, withNewEvents } from '../../../lib/events';
import { isDuplicateKeyError } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import { currentTenantId } from '../../../lib/tenancy';
import { availableOf, isLow, shouldSuggestPurchase } from '../domain/reorder';
import type { InventoryModels, ProductDoc, ReorderSuggestionDoc, StockLevelDoc, SupplierDoc } from '../models';
import { getSettings } from './settings';

export async function checkReorder(models: InventoryModels, level: StockLevelDoc): Promise<void> {
  // Without a rule there is nothing to suggest; setReorderPoint closes a rule's open suggestion when it removes the rule.
  if (!level.reorder) return;
  const levelId = level._id.toString();
  const open = await models.ReorderSuggestion.findOne({ openKey: levelId }).lean<ReorderSuggestionDoc>();
  if (!isLow(level)) {
    if (open && !open.purchaseOrderId) await closeSuggestion(models, open);
    return;
  }
  if (!shouldSuggestPurchase(level, Boolean(open))) return open ? ensurePurchaseOrder(models, open, level) : undefined;
  const supplier = level.reorder?.supplierId
    ? await models.Supplier.findById(level.reorder.supplierId).lean<SupplierDoc>()
    : null;
  const purchaseOrderId = supplier ? new mongoose.Types.ObjectId().toString() : null;
  let suggestion: ReorderSuggestionDoc;
  try {
    const low = domainEvent('inventory.stock.low', {
      tenantId: currentTenantId(),
      aggregateId: levelId,
      payload: {
        stockLevelId: levelId,
        productId: level.productId,
        warehouseId: level.warehouseId,
        available: availableOf(level),
        reorderPoint: level.reorder!.min,
        purchaseOrderId,
      },
    });
    suggestion = (
      await models.ReorderSuggestion.create(
        withNewEvents(
          {
            openKey: levelId,
            stockLevelId: levelId,
            productId: level.productId,
            warehouseId: level.warehouseId,
            purchaseOrderId,
          },
          low,
        ),
      )
    ).toObject() as ReorderSuggestionDoc;
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err; // another check opened it first
    return;
  }
  await ensurePurchaseOrder(models, suggestion, level);
}

/** Creates the suggestion's DRAFT purchase order if it does not exist yet (idempotent by its preset id). */
async function ensurePurchaseOrder(models: InventoryModels, suggestion: ReorderSuggestionDoc, level: StockLevelDoc) {
  if (!suggestion.purchaseOrderId || !level.reorder?.supplierId) return;
  if (await models.PurchaseOrder.exists({ _id: suggestion.purchaseOrderId })) return;
  const [supplier, product, settings] = await Promise.all([
    models.Supplier.findById(level.reorder.supplierId).lean<SupplierDoc>(),
    models.Product.findById(level.productId).lean<ProductDoc>(),
    getSettings(models),
  ]);
  if (!supplier || !product) return;
  try {
    await models.PurchaseOrder.create({
      _id: suggestion.purchaseOrderId,
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
          quantity: level.reorder.quantity,
          receivedQuantity: 0,
          // The last known moving-average cost; the buyer adjusts it before ordering if the price changed.
          unitCostMinor: level.avgCostMinor,
        },
      ],
      suggestedFor: suggestion.stockLevelId,
    });
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
}

export async function closeSuggestion(models: InventoryModels, suggestion: Pick<ReorderSuggestionDoc, '_id' | 'openKey'>) {
  // Under the relay's document lock: FerretDB updates are not isolated from its outbox removal.
  await withDocumentLock(models.ReorderSuggestion, suggestion._id.toString(), () =>
    models.ReorderSuggestion.updateOne(
      { _id: suggestion._id, openKey: suggestion.openKey },
      { $set: { openKey: `${suggestion.openKey}:closed:${suggestion._id.toString()}` } },
    ).exec(),
  );
}

/** Called when a purchase order leaves DRAFT: its suggestion (if any) is no longer open. */
export async function closeSuggestionOf(models: InventoryModels, purchaseOrderId: string, stockLevelId?: string | null) {
  if (!stockLevelId) return;
  const open = await models.ReorderSuggestion.findOne({ openKey: stockLevelId, purchaseOrderId }).lean<ReorderSuggestionDoc>();
  if (open) await closeSuggestion(models, open);
}

/** The rule was removed: a suggestion without a purchase order is no longer wanted (a drafted one closes when it leaves DRAFT). */
export async function closeOpenSuggestion(models: InventoryModels, stockLevelId: string) {
  const open = await models.ReorderSuggestion.findOne({ openKey: stockLevelId }).lean<ReorderSuggestionDoc>();
  if (open && !open.purchaseOrderId) await closeSuggestion(models, open);
}
