/** Every write of a supplier bill: creating it (by hand, or once per purchase-order receipt), approving, voiding and paying it, and its postings. */
import mongoose from 'mongoose';
import { UserErrors } from '../../../lib/errors';
import { isEvent, type EventEnvelope } from '../../../lib/events';
import { parseMoneyInput } from '../../../lib/money';
import { assertNoUserErrors } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import { requireText } from '../../../lib/validation';
import { changedFields, findOrCreate, insert, transition, update } from '../../../lib/write';
import {
  billLines,
  billPaymentRefusal,
  billVoidRefusal,
  parseBillLines,
  priceBill,
  type BillLineInput,
  type BillStatus,
} from '../domain/bill';
import { ACCOUNTS, compact, line, reversalLines } from '../domain/ledger';
import { dueIn, PAYMENT_TERMS_DAYS } from '../domain/terms';
import { matchBill, matchHolds } from '../domain/bill-match';
import type { Actor } from '../../../lib/signed-context';
import type { BillDoc, BillMatchDoc, FinanceModels, FinanceSettingsDoc, GoodsReceiptDoc } from '../models';
import { getFinanceSettings } from './settings';
import { postPending, type Posting } from './ledger';
import { assertPeriodOpen } from './period';

interface NewBill {
  supplierId: string;
  supplierName: string;
  currency: string;
  dueDate: string;
  lines: BillLineInput[];
  purchaseOrderId?: string | null;
  receiptId?: string | null;
  receivedMinor?: number | null;
  match?: BillMatchDoc | null;
  /** Approve (OPEN, its posting pending) at once. */
  approve?: boolean;
}

/** A new bill's fields: numbered and priced, DRAFT (or OPEN and to be posted), nothing paid. */
async function billFields(models: FinanceModels, input: NewBill, sourceKey?: string) {
  const _id = new mongoose.Types.ObjectId();
  return {
    _id,
    number: await nextNumber(models.connection, 'bill', 'BILL'),
    supplierId: input.supplierId,
    supplierName: input.supplierName,
    currency: input.currency,
    ...priceBill(input.lines),
    sourceKey: sourceKey ?? `manual:${_id.toString()}`,
    purchaseOrderId: input.purchaseOrderId ?? null,
    receiptId: input.receiptId ?? null,
    receivedMinor: input.receivedMinor ?? null,
    match: input.match ?? null,
    dueDate: input.dueDate,
    status: (input.approve ? 'OPEN' : 'DRAFT') as BillStatus,
    ledgerPending: input.approve ? ['approve'] : [],
  };
}

export interface CreateBillInput {
  supplierId: string;
  supplierName: string;
  currency: string;
  dueDate: string;
  purchaseOrderId?: string | null;
  lines: Parameters<typeof parseBillLines>[1];
}

/**
 * A DRAFT bill from the API's lines. One that names a purchase order is matched at once against
 * the order's receipts (domain/bill-match.ts): its `match` says MATCHED or MISMATCHED with reasons.
 */
export async function createBill(models: FinanceModels, input: CreateBillInput): Promise<BillDoc> {
  const parsed = parseBillLines(input.currency, input.lines);
  const purchaseOrderId = input.purchaseOrderId?.trim() || null;
  assertNoUserErrors([...requireText(input.supplierName, ['input', 'supplierName'], 200), ...parsed.errors]);
  const match = purchaseOrderId
    ? await matchAgainstOrder(models, { ...input, purchaseOrderId, lines: parsed.lines }, null)
    : null;
  return insert<BillDoc>(
    models.Bill,
    await billFields(models, {
      ...input,
      supplierName: input.supplierName.trim(),
      lines: parsed.lines,
      purchaseOrderId,
      match,
      receivedMinor: match?.receivedMinor ?? null,
    }),
  );
}

export interface BillEdit {
  id: string;
  expectedVersion?: number | null;
  supplierName?: string | null;
  dueDate?: string | null;
  lines?: CreateBillInput['lines'] | null;
}

/**
 * Corrects a DRAFT bill (approving it is what posts it): supplier name, due date, lines (replaced
 * as a whole, priced as createBill prices them). A bill of a purchase order is matched again with
 * its new lines (a variance approved for the old ones no longer applies). Supplier, currency and
 * purchase order stay. No event: nothing consumes a draft bill. Nothing changed, nothing written.
 */
export async function updateBill(models: FinanceModels, input: BillEdit): Promise<BillDoc> {
  assertNoUserErrors(requireText(input.supplierName, ['input', 'supplierName'], 200));
  return update<BillDoc>(
    models.Bill,
    input.id,
    async (bill) => {
      if (bill.status !== 'DRAFT')
        throw new UserErrors([
          {
            field: ['input', 'id'],
            message: `Bill is ${bill.status}; only a DRAFT bill (not yet approved) is corrected.`,
            code: 'ILLEGAL_TRANSITION',
          },
        ]);
      const parsed = input.lines ? parseBillLines(bill.currency, input.lines) : null;
      assertNoUserErrors(parsed?.errors ?? []);
      const priced = parsed ? priceBill(parsed.lines) : null;
      const next: Partial<BillDoc> = {
        ...(input.supplierName != null && { supplierName: input.supplierName.trim() }),
        ...(input.dueDate != null && { dueDate: input.dueDate }),
        ...priced,
      };
      if (!changedFields(bill, next).length) return null;
      if (parsed && bill.purchaseOrderId) {
        const match = await matchAgainstOrder(
          models,
          { ...bill, purchaseOrderId: bill.purchaseOrderId, lines: parsed.lines },
          bill._id.toString(),
        );
        Object.assign(next, { match, receivedMinor: match.receivedMinor });
      }
      return { $set: next };
    },
    { expectedVersion: input.expectedVersion },
  );
}

/** The most receipts and other bills one purchase order's match reads. */
const MAX_MATCHED_DOCUMENTS = 500;

/**
 * The match of a bill's lines against the purchase order's receipts and its other bills (not
 * void), with the tenant's tolerance. A receipt of another supplier or currency is a user error:
 * the bill names the wrong order.
 */
async function matchAgainstOrder(
  models: FinanceModels,
  bill: { supplierId: string; currency: string; purchaseOrderId: string; lines: BillLineInput[] },
  billId: string | null,
): Promise<BillMatchDoc> {
  const [receipts, bills, settings] = await Promise.all([
    models.GoodsReceipt.find({ purchaseOrderId: bill.purchaseOrderId }).limit(MAX_MATCHED_DOCUMENTS).lean<GoodsReceiptDoc[]>(),
    models.Bill.find({ purchaseOrderId: bill.purchaseOrderId })
      .select({ lines: 1, status: 1 })
      .limit(MAX_MATCHED_DOCUMENTS)
      .lean<Array<Pick<BillDoc, '_id' | 'lines' | 'status'>>>(),
    // Read, not created: matching a bill is no first use of the settings.
    models.Settings.findOne({}).select({ billMatchToleranceBps: 1 }).lean<Pick<FinanceSettingsDoc, 'billMatchToleranceBps'>>(),
  ]);
  const foreign = receipts.find((r) => r.supplierId !== bill.supplierId || r.currency !== bill.currency);
  if (foreign)
    throw new UserErrors([
      {
        field: ['input', 'purchaseOrderId'],
        message: `Purchase order ${foreign.purchaseOrderNumber} is from another supplier or in another currency (${foreign.currency}).`,
        code: foreign.currency !== bill.currency ? 'CURRENCY_MISMATCH' : 'INVALID',
      },
    ]);
  const toleranceBps = settings?.billMatchToleranceBps ?? 0;
  const result = matchBill({
    lines: bill.lines,
    received: receipts.flatMap((r) => r.lines),
    billedElsewhere: bills.filter((b) => b.status !== 'VOID' && b._id.toString() !== billId).flatMap((b) => b.lines),
    toleranceBps,
  });
  return { ...result, toleranceBps, checkedAt: new Date(), approvedBy: null, approvalReason: null };
}

/**
 * Matches a DRAFT bill of a purchase order again (goods may have arrived, another bill been voided
 * since): one versioned write of its match and the value it would clear. A bill whose variance was
 * approved keeps that approval; a bill without a purchase order, or already approved, is left as is.
 */
export async function rematchBill(models: FinanceModels, id: string): Promise<BillDoc> {
  const bill = mongoose.isObjectIdOrHexString(id) ? await models.Bill.findById(id).select({ outbox: 0 }).lean<BillDoc>() : null;
  if (!bill) throw new UserErrors([{ field: ['input', 'id'], message: `No supplier bill ${id}.`, code: 'NOT_FOUND' }]);
  if (!bill.purchaseOrderId || bill.status !== 'DRAFT' || bill.match?.status === 'VARIANCE_APPROVED') return bill;
  const match = await matchAgainstOrder(models, { ...bill, purchaseOrderId: bill.purchaseOrderId }, id);
  return update<BillDoc>(models.Bill, id, (current) =>
    current.status === 'DRAFT' && current.match?.status !== 'VARIANCE_APPROVED'
      ? { $set: { match, receivedMinor: match.receivedMinor } }
      : null,
  );
}

/**
 * Accepts a held bill's differences (scope `finance:approve`): the match becomes VARIANCE_APPROVED
 * with who and why, the bill can be approved and paid, and its approval posts the difference to
 * the variance account.
 */
export async function approveBillVariance(
  models: FinanceModels,
  input: { id: string; reason: string },
  actor: Actor,
): Promise<BillDoc> {
  assertNoUserErrors(requireText(input.reason, ['input', 'reason'], 500));
  const bill = await rematchBill(models, input.id);
  return update<BillDoc>(
    models.Bill,
    bill._id,
    (current) => {
      if (current.status !== 'DRAFT' || !current.match || current.match.status === 'VARIANCE_APPROVED')
        throw new UserErrors([
          {
            field: ['input', 'id'],
            message: current.match
              ? `Bill is ${current.status} with its match ${current.match.status}; only a DRAFT bill's mismatch is approved.`
              : 'Bill names no purchase order; there is no match to approve.',
            code: 'ILLEGAL_TRANSITION',
          },
        ]);
      if (current.match.status === 'MATCHED') return null; // nothing to accept
      return {
        $set: {
          match: {
            ...current.match,
            status: 'VARIANCE_APPROVED',
            approvedBy: actor.principal,
            approvalReason: input.reason.trim(),
          },
        },
      };
    },
    { field: ['input', 'id'] },
  );
}

/**
 * The approved bill of a purchase-order receipt (consumer of `inventory.purchaseOrder.received`),
 * created once however often the event is delivered: `receipt:<id>` is a unique sourceKey. Its
 * pending posting is finished either way, since a crash may have left it.
 */
export async function billReceivedGoods(models: FinanceModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'inventory.purchaseOrder.received')) return;
  const p = event.payload;
  // What hand-entered bills of the order are matched against, recorded once per receipt.
  await findOrCreate<GoodsReceiptDoc>(models.GoodsReceipt, { receiptId: p.receiptId }, () => ({
    purchaseOrderId: p.purchaseOrderId,
    purchaseOrderNumber: p.number,
    supplierId: p.supplierId,
    currency: p.currency,
    lines: p.lines.map((l) => ({
      productId: l.productId,
      description: l.description,
      quantity: l.quantity,
      unitCostMinor: l.unitCostMinor,
    })),
    receivedAt: new Date(event.occurredAt),
  }));
  const sourceKey = `receipt:${p.receiptId}`;
  // A tenant that enters its suppliers' bills by hand gets none drafted (a bill already made stays).
  if (!(await getFinanceSettings(models)).autoBillReceipts && !(await models.Bill.exists({ sourceKey }))) return;
  const input: NewBill = {
    supplierId: p.supplierId,
    supplierName: p.supplierName,
    currency: p.currency,
    dueDate: dueIn(PAYMENT_TERMS_DAYS),
    lines: p.lines.map((l) => ({
      description: l.description,
      productId: l.productId,
      quantity: l.quantity,
      unitCostMinor: l.unitCostMinor,
      taxRateBps: 0,
    })),
    purchaseOrderId: p.purchaseOrderId,
    receiptId: p.receiptId,
    receivedMinor: p.lines.reduce((sum, l) => sum + l.quantity * l.unitCostMinor, 0),
    approve: true,
  };
  const { doc } = await findOrCreate<BillDoc>(models.Bill, { sourceKey }, () => billFields(models, input, sourceKey));
  await flushBill(models, doc);
}

/**
 * DRAFT -> OPEN (posts the payable) or -> VOID (reverses it, if it was approved; refused once paid).
 * A bill of a purchase order is matched again first and is not approved while it is MISMATCHED.
 */
export async function transitionBill(models: FinanceModels, id: string, to: 'OPEN' | 'VOID'): Promise<BillDoc> {
  if (to === 'OPEN' && mongoose.isObjectIdOrHexString(id)) {
    const current = await models.Bill.findById(id).select({ purchaseOrderId: 1, status: 1 }).lean<BillDoc>();
    if (current?.purchaseOrderId && current.status === 'DRAFT') await rematchBill(models, id);
  }
  const bill = await transition<BillStatus, BillDoc>(models.Bill, id, to, {
    refuse: (current) =>
      to === 'VOID'
        ? billVoidRefusal(current)
        : matchHolds(current.match)
          ? {
              field: ['input', 'id'],
              message: `Bill does not match its purchase order and receipts (${current.match!.reasons.map((r) => r.message).join(' ')}); approve its variance first.`,
              code: 'MATCH_MISMATCH',
            }
          : null,
    also: (current) => {
      const posting = to === 'OPEN' ? 'approve' : current.status !== 'DRAFT' ? 'void' : null;
      return posting ? { $push: { ledgerPending: posting } } : {};
    },
  });
  return flushBill(models, bill);
}

export interface PayBillInput {
  billId: string;
  amount: { amount: string; currency: string };
  paidAt?: Date | null;
  reference?: string | null;
  idempotencyKey?: string | null;
}

/** Pays (part of) an approved bill; idempotent per key; the payment and its posting marker are one write. */
export async function payBill(models: FinanceModels, input: PayBillInput): Promise<BillDoc> {
  const parsed = parseMoneyInput(input.amount, ['input', 'amount']);
  if (parsed.error) throw new UserErrors([parsed.error]);
  const amountMinor = parsed.minor;
  await assertPeriodOpen(models, input.paidAt, ['input', 'paidAt']);
  const bill = await update<BillDoc>(
    models.Bill,
    input.billId,
    (current) => {
      if (input.idempotencyKey && current.payments.some((p) => p.idempotencyKey === input.idempotencyKey)) return null;
      const refusal = billPaymentRefusal(current, amountMinor, input.amount.currency);
      if (refusal) throw new UserErrors([refusal]);
      const paymentId = new mongoose.Types.ObjectId();
      const paidMinor = current.paidMinor + amountMinor;
      return {
        $push: {
          payments: {
            _id: paymentId,
            amountMinor,
            paidAt: input.paidAt ?? new Date(),
            reference: input.reference ?? null,
            idempotencyKey: input.idempotencyKey ?? null,
          },
          ledgerPending: `payment:${paymentId.toString()}`,
        },
        $set: { paidMinor, status: paidMinor === current.totalMinor ? 'PAID' : 'PARTIALLY_PAID' },
      };
    },
    { field: ['input', 'billId'] },
  );
  return flushBill(models, bill);
}

/** The journal entry a bill's posting marker stands for. */
function billPosting(b: BillDoc, marker: string): Posting {
  const base = { currency: b.currency, source: `bill:${b._id.toString()}:${marker}` };
  if (marker === 'approve') return { ...base, date: b.createdAt ?? new Date(), memo: `Bill ${b.number}`, lines: billLines(b) };
  if (marker === 'void')
    return { ...base, date: new Date(), memo: `Bill ${b.number} voided`, lines: reversalLines(billLines(b)) };
  if (marker.startsWith('payment:')) {
    const payment = b.payments.find((p) => p._id.toString() === marker.slice('payment:'.length));
    if (!payment) throw new Error(`Payment ${marker} not on bill ${b.number}.`);
    return {
      ...base,
      date: payment.paidAt,
      memo: `Payment of bill ${b.number}`,
      lines: compact([
        line(ACCOUNTS.AP, 'DEBIT', payment.amountMinor, { partyId: b.supplierId, memo: b.number }),
        line(ACCOUNTS.CASH, 'CREDIT', payment.amountMinor, { memo: b.number }),
      ]),
    };
  }
  throw new Error(`Unknown bill posting ${marker}.`);
}

/** Writes a bill's pending postings (models/ledger-pending.ts); the sweeper runs it for what a crash left. */
export const flushBill = (models: FinanceModels, bill: BillDoc) => postPending(models, models.Bill, bill, billPosting);
