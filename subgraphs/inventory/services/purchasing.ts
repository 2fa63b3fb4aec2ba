/**
 * Receiving purchase orders. A receipt is first recorded IN the purchase order document (received
 * quantities, the receipt with `posted: false`, new status and the `inventory.purchaseOrder.received`
 * event: one versioned single-document write), then its RECEIPT movements are posted to the ledger
 * with keys `receipt:<receiptId>:<line>`, and finally the receipt is marked posted. A crash in
 * between leaves an unposted receipt, which the next receive of that order (or a retry with the
 * same idempotency key) posts: the ledger's keys make posting it twice impossible.
 */
import { randomUUID } from 'node:crypto';
import { domainEvent, withEvents } from '../../../lib/events';
import { userError, UserErrors } from '../../../lib/errors';
import { currentTenantId } from '../../../lib/tenancy';
import { updateVersioned } from '../../../lib/versioned-update';
import { planReceipt, RECEIVABLE } from '../domain/purchase-order';
import type { InventoryModels, PurchaseOrderDoc } from '../models';
import { applyMovement } from './ledger';
import { checkReorder } from './reorder';

export async function receivePurchaseOrder(
  models: InventoryModels,
  id: string,
  receipt: Array<{ line: number; quantity: number }>,
  idempotencyKey?: string | null,
): Promise<PurchaseOrderDoc> {
  const receiptId = idempotencyKey ? `key:${idempotencyKey}` : randomUUID();
  const po = await updateVersioned<PurchaseOrderDoc>(models.PurchaseOrder, 'Purchase order', id, ['input', 'id'], (current) => {
    if (current.receipts.some((r) => r.receiptId === receiptId)) return null; // a retried receipt
    if (!RECEIVABLE.includes(current.status)) {
      throw new UserErrors([
        userError(['input', 'id'], `Purchase order is ${current.status} and cannot receive goods.`, 'ILLEGAL_TRANSITION'),
      ]);
    }
    const plan = planReceipt(current.lines, receipt);
    if (plan.errors.length) throw new UserErrors(plan.errors);
    const received = domainEvent('inventory.purchaseOrder.received', {
      tenantId: currentTenantId(),
      aggregateId: current._id.toString(),
      payload: {
        purchaseOrderId: current._id.toString(),
        number: current.number,
        supplierId: current.supplierId,
        supplierName: current.supplierName,
        currency: current.currency,
        receiptId,
        lines: receipt.map((r) => ({
          productId: current.lines[r.line].productId,
          description: current.lines[r.line].description,
          quantity: r.quantity,
          unitCostMinor: current.lines[r.line].unitCostMinor,
        })),
      },
    });
    return withEvents(
      {
        $set: {
          status: plan.status,
          lines: current.lines.map((l, i) => ({ ...l, receivedQuantity: plan.received[i] })),
        },
        $push: { receipts: { receiptId, receivedAt: new Date(), lines: receipt, posted: false } },
      },
      received,
    );
  });
  return postReceipts(models, po);
}

/** Posts every unposted receipt of the order to the ledger, then marks it posted. */
export async function postReceipts(models: InventoryModels, po: PurchaseOrderDoc): Promise<PurchaseOrderDoc> {
  let current = po;
  for (const receipt of po.receipts.filter((r) => !r.posted)) {
    for (const r of receipt.lines) {
      const line = po.lines[r.line];
      const { level } = await applyMovement(models, {
        sourceKey: `receipt:${receipt.receiptId}:${r.line}`,
        type: 'RECEIPT',
        productId: line.productId,
        warehouseId: po.warehouseId,
        quantity: r.quantity,
        unitCostMinor: line.unitCostMinor,
        reference: `purchaseOrder:${po._id.toString()}`,
        reason: `Purchase order ${po.number}`,
      });
      await checkReorder(models, level);
    }
    current = await updateVersioned<PurchaseOrderDoc>(
      models.PurchaseOrder,
      'Purchase order',
      po._id.toString(),
      ['input', 'id'],
      (doc) =>
        doc.receipts.some((x) => x.receiptId === receipt.receiptId && !x.posted)
          ? { $set: { receipts: doc.receipts.map((x) => (x.receiptId === receipt.receiptId ? { ...x, posted: true } : x)) } }
          : null,
    );
  }
  return current;
}
