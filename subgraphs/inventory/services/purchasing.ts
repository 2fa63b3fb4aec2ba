/**
 * Every write of a purchase order: draft, order, cancel, receive.
 *
 * Receiving: a receipt is first recorded IN the purchase order document (received quantities, the
 * receipt with `posted: false`, new status and the `inventory.purchaseOrder.received` event: one
 * versioned single-document write), then its RECEIPT movements are posted to the ledger with keys
 * `receipt:<receiptId>:<line>`, and finally the receipt is marked posted. A crash in between
 * leaves an unposted receipt, which a retry with the same idempotency key, the next receive of
 * that order, or the receipt poster (jobs/receipts.ts) posts: the ledger's keys make posting it
 * twice impossible, whoever posts it and however many post it at once.
 */
import { randomUUID } from 'node:crypto';
import { userError, UserErrors, type UserError } from '../../../lib/errors';
import { assertNoUserErrors } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import type { Actor } from '../../../lib/signed-context';
import { toMoney } from '../../../lib/money';
import { changedFields, insert, transition, update } from '../../../lib/write';
import {
  checkPurchaseOrderLines,
  planReceipt,
  RECEIVABLE,
  RESCHEDULABLE,
  type PurchaseOrderLineInput,
  type PurchaseOrderStatus,
} from '../domain/purchase-order';
import { purchaseOrderReceived } from '../events/publish';
import type { InventoryModels, ProductDoc, PurchaseOrderDoc, SupplierDoc, WarehouseDoc } from '../models';
import { applyMovement } from './ledger';
import { currentLevel } from './levels';
import { releaseBackorders } from './reservations';
import { findById, findByIds, notFound } from './references';
import { checkReorder, closeSuggestionOf } from './reorder';
import { getSettings } from './settings';
import { refreshSupply } from './supply';

const archived = (field: string[], what: string) =>
  userError(field, `${what} is archived: restore it to order from or into it.`, 'INVALID');

interface DraftInput {
  supplierId: string;
  warehouseId: string;
  lines: PurchaseOrderLineInput[];
}

/**
 * What a DRAFT purchase order is made of, checked: its supplier and warehouse (of the tenant, in
 * use) and its lines (products in use, costs in the tenant's cost currency, which the supplier must
 * invoice in). Throws every problem at once.
 */
async function checkDraft(models: InventoryModels, input: DraftInput) {
  const [supplier, warehouse, settings, products] = await Promise.all([
    findById<SupplierDoc>(models.Supplier, input.supplierId),
    findById<WarehouseDoc>(models.Warehouse, input.warehouseId),
    getSettings(models),
    findByIds<ProductDoc>(
      models.Product,
      input.lines.map((l) => l.productId),
    ),
  ]);
  const errors: UserError[] = [
    ...(supplier ? [] : [notFound(['input', 'supplierId'], 'Supplier', input.supplierId)]),
    ...(warehouse ? [] : [notFound(['input', 'warehouseId'], 'Warehouse', input.warehouseId)]),
    ...(supplier?.archivedAt ? [archived(['input', 'supplierId'], `Supplier ${supplier.name}`)] : []),
    ...(warehouse?.archivedAt ? [archived(['input', 'warehouseId'], `Warehouse ${warehouse.code}`)] : []),
    ...input.lines.flatMap((l, i) => {
      const product = products.get(l.productId);
      return product?.archivedAt ? [archived(['input', 'lines', String(i), 'productId'], `Product ${product.sku}`)] : [];
    }),
  ];
  const checked = checkPurchaseOrderLines(input.lines, {
    productNames: input.lines.map((l) => products.get(l.productId)?.name ?? null),
    supplierCurrency: supplier?.currency ?? null,
    costCurrency: settings.costCurrency,
  });
  assertNoUserErrors([...errors, ...checked.errors]);
  return {
    supplierId: input.supplierId,
    supplierName: supplier!.name,
    warehouseId: input.warehouseId,
    currency: settings.costCurrency,
    lines: checked.lines,
  };
}

/** A DRAFT purchase order (see `checkDraft`). */
export async function createPurchaseOrder(
  models: InventoryModels,
  input: DraftInput & { expectedDate?: string | null },
): Promise<PurchaseOrderDoc> {
  const draft = await checkDraft(models, input);
  return insert<PurchaseOrderDoc>(models.PurchaseOrder, {
    number: await nextNumber(models.connection, 'purchase-order', 'PO'),
    ...draft,
    status: 'DRAFT',
    expectedDate: input.expectedDate ?? null,
  });
}

/**
 * Corrects a DRAFT purchase order: its supplier, warehouse, lines (replaced whole) or expected
 * date, checked as `createPurchaseOrder` checks them; fields left out stay. Once ordered, the
 * supplier has it: only `reschedulePurchaseOrder` and `cancelPurchaseOrder` apply.
 */
export async function updatePurchaseOrder(
  models: InventoryModels,
  input: { [K in keyof DraftInput]?: DraftInput[K] | null } & {
    id: string;
    expectedVersion?: number | null;
    expectedDate?: string | null;
  },
): Promise<PurchaseOrderDoc> {
  return update<PurchaseOrderDoc>(
    models.PurchaseOrder,
    input.id,
    async (po) => {
      if (po.status !== 'DRAFT') {
        throw new UserErrors([
          userError(['input', 'id'], `Purchase order is ${po.status}: only a DRAFT can be corrected.`, 'ILLEGAL_TRANSITION'),
        ]);
      }
      const lines =
        input.lines ??
        po.lines.map((l) => ({
          productId: l.productId,
          quantity: l.quantity,
          description: l.description,
          unitCost: toMoney(l.unitCostMinor, po.currency),
        }));
      const draft = await checkDraft(models, {
        supplierId: input.supplierId ?? po.supplierId,
        warehouseId: input.warehouseId ?? po.warehouseId,
        lines,
      });
      const next: Partial<PurchaseOrderDoc> = {
        ...draft,
        ...(input.expectedDate !== undefined && { expectedDate: input.expectedDate }),
      };
      return changedFields(po, next).length ? { $set: next } : null;
    },
    { expectedVersion: input.expectedVersion },
  );
}

/** Sets (or clears) when the supplier is expected to deliver, while goods are still to come. */
export async function reschedulePurchaseOrder(
  models: InventoryModels,
  input: { id: string; expectedDate?: string | null },
): Promise<PurchaseOrderDoc> {
  const po = await update<PurchaseOrderDoc>(models.PurchaseOrder, input.id, (current) => {
    if (!RESCHEDULABLE.includes(current.status)) {
      throw new UserErrors([
        userError(['input', 'id'], `Purchase order is ${current.status}; nothing is still to come.`, 'ILLEGAL_TRANSITION'),
      ]);
    }
    return { $set: { expectedDate: input.expectedDate ?? null } };
  });
  await refreshSupply(models, productsOf(po));
  return po;
}

const productsOf = (po: Pick<PurchaseOrderDoc, 'lines'>) => po.lines.map((l) => l.productId);

/** DRAFT -> ORDERED or DRAFT | ORDERED -> CANCELLED; a reorder suggestion it was drafted for closes. */
export async function movePurchaseOrder(
  models: InventoryModels,
  id: string,
  to: Extract<PurchaseOrderStatus, 'ORDERED' | 'CANCELLED'>,
): Promise<PurchaseOrderDoc> {
  const po = await transition<PurchaseOrderStatus, PurchaseOrderDoc>(models.PurchaseOrder, id, to);
  await closeSuggestionOf(models, po._id.toString(), po.suggestedFor); // it is no longer an open suggestion
  await refreshSupply(models, productsOf(po)); // on its way now, or no longer
  return po;
}

/** Records a receipt (once per idempotency key), then posts it to the ledger. */
export async function receivePurchaseOrder(
  models: InventoryModels,
  input: { id: string; lines: Array<{ line: number; quantity: number }>; idempotencyKey?: string | null },
  actor?: Actor,
): Promise<PurchaseOrderDoc> {
  const receiptId = input.idempotencyKey ? `key:${input.idempotencyKey}` : randomUUID();
  const receipt = input.lines;
  const po = await update<PurchaseOrderDoc>(models.PurchaseOrder, input.id, (current) => {
    if (current.receipts.some((r) => r.receiptId === receiptId)) return null; // a retried receipt
    if (!RECEIVABLE.includes(current.status)) {
      throw new UserErrors([
        userError(['input', 'id'], `Purchase order is ${current.status} and cannot receive goods.`, 'ILLEGAL_TRANSITION'),
      ]);
    }
    const plan = planReceipt(current.lines, receipt);
    if (plan.errors.length) throw new UserErrors(plan.errors);
    return {
      $set: {
        status: plan.status,
        lines: current.lines.map((l, i) => ({ ...l, receivedQuantity: plan.received[i] })),
      },
      $push: { receipts: { receiptId, receivedAt: new Date(), lines: receipt, posted: false } },
      events: [purchaseOrderReceived(current, receiptId, receipt, actor?.requestId)],
    };
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
        partyId: po.supplierId,
      });
      // Confirmed orders waiting for the product get the units first, in order of confirmation.
      await releaseBackorders(models, line.productId);
      await checkReorder(models, await currentLevel(models, level));
    }
    current = await update<PurchaseOrderDoc>(models.PurchaseOrder, po._id, (doc) =>
      doc.receipts.some((x) => x.receiptId === receipt.receiptId && !x.posted)
        ? { $set: { receipts: doc.receipts.map((x) => (x.receiptId === receipt.receiptId ? { ...x, posted: true } : x)) } }
        : null,
    );
  }
  await refreshSupply(models, productsOf(po));
  return current;
}
