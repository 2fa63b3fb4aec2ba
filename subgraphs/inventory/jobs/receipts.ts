/**
 * The receipt poster: posts purchase order receipts that a crash left unposted (recorded in the
 * order, not yet in the ledger; services/purchasing.ts). Without it, such a receipt waited for a
 * retry with its idempotency key or another receipt of the same order, and an order received in
 * full gets no other receipt. Posting is idempotent (ledger keys per receipt line, the mark a
 * versioned write), so a round may overlap a request posting the same receipt, or another process.
 */
import { forEachTenantDocument, type JobDefinition } from '../../../lib/jobs';
import { childLogger } from '../../../lib/logger';
import type { InventoryModels, PurchaseOrderDoc } from '../models';
import { postReceipts } from '../services/purchasing';

/** A receipt younger than this is left to the request that recorded it. */
export const RECEIPT_GRACE_MS = 60_000;

export function receiptPoster(models: InventoryModels): JobDefinition {
  const log = childLogger('job:inventory.receipt-poster');
  return {
    name: 'inventory.receipt-poster',
    intervalMs: 60_000,
    run: (now) =>
      forEachTenantDocument<PurchaseOrderDoc>(
        models.PurchaseOrder,
        { 'receipts.posted': false, updatedAt: { $lt: new Date(now.getTime() - RECEIPT_GRACE_MS) } },
        { limit: 100 },
        async (po) => {
          try {
            await postReceipts(models, po);
            return true;
          } catch (err) {
            // One order that cannot be posted now does not hold back the others; it comes again next round.
            log.warn({ err, purchaseOrderId: String(po._id) }, 'posting a receipt failed; retrying next round');
            return false;
          }
        },
      ),
  };
}
