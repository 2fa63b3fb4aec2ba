/** Every write of a supplier bill: creating it (by hand, or once per purchase-order receipt), approving, voiding and paying it, and its postings. */
import mongoose from 'mongoose';
import { UserErrors } from '../../../lib/errors';
import { isEvent, type EventEnvelope } from '../../../lib/events';
import { parseMoneyInput } from '../../../lib/money';
import { assertNoUserErrors } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import { requireText } from '../../../lib/validation';
import { findOrCreate, insert, transition, update } from '../../../lib/write';
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
import type { BillDoc, FinanceModels } from '../models';
import { postPending, type Posting } from './ledger';

interface NewBill {
  supplierId: string;
  supplierName: string;
  currency: string;
  dueDate: string;
  lines: BillLineInput[];
  purchaseOrderId?: string | null;
  receiptId?: string | null;
  receivedMinor?: number | null;
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
  lines: Parameters<typeof parseBillLines>[1];
}

/** A DRAFT bill from the API's lines. */
export async function createBill(models: FinanceModels, input: CreateBillInput): Promise<BillDoc> {
  const parsed = parseBillLines(input.currency, input.lines);
  assertNoUserErrors([...requireText(input.supplierName, ['input', 'supplierName'], 200), ...parsed.errors]);
  return insert<BillDoc>(
    models.Bill,
    await billFields(models, { ...input, supplierName: input.supplierName.trim(), lines: parsed.lines }),
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
  const sourceKey = `receipt:${p.receiptId}`;
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

/** DRAFT -> OPEN (posts the payable) or -> VOID (reverses it, if it was approved; refused once paid). */
export async function transitionBill(models: FinanceModels, id: string, to: 'OPEN' | 'VOID'): Promise<BillDoc> {
  const bill = await transition<BillStatus, BillDoc>(models.Bill, id, to, {
    refuse: (current) => (to === 'VOID' ? billVoidRefusal(current) : null),
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
