/** Expenses and supplier bills: creation, lifecycle moves, and their postings. */
import mongoose from 'mongoose';
import { userError, UserErrors, type UserError } from '../../../lib/errors';
import { parseMoneyInput, isCurrency } from '../../../lib/money';
import { nextNumber } from '../../../lib/sequence';
import { canTransition } from '../../../lib/state-machine';
import { updateVersioned } from '../../../lib/versioned-update';
import { requireText } from '../../../lib/validation';
import { BILL_TRANSITIONS, EXPENSE_TRANSITIONS, type BillStatus, type ExpenseStatus } from '../domain/documents';
import { parsePercent, taxLine } from '../domain/tax';
import type { BillDoc, ExpenseDoc, FinanceModels } from '../models';
import { flushBill, flushed, flushExpense } from './ledger';

export async function createExpense(
  models: FinanceModels,
  input: { submitterId: string; category: string; description?: string | null; amount: { amount: string; currency: string }; taxRate?: string | null; amountIncludesTax?: boolean | null; expenseDate: string },
): Promise<ExpenseDoc> {
  const errors: UserError[] = [...requireText(input.category, ['input', 'category'], 100), ...requireText(input.submitterId, ['input', 'submitterId'], 100)];
  const amount = parseMoneyInput(input.amount, ['input', 'amount']);
  if (amount.error) errors.push(amount.error);
  else if (amount.minor <= 0) errors.push(userError(['input', 'amount'], 'Amount must be positive.', 'INVALID'));
  const rate: { bps: number; error?: UserError } = input.taxRate ? parsePercent(input.taxRate, ['input', 'taxRate']) : { bps: 0 };
  if (rate.error) errors.push(rate.error);
  if (errors.length) throw new UserErrors(errors);
  const t = taxLine((amount as { minor: number }).minor, 1, 0, rate.bps!, Boolean(input.amountIncludesTax));
  const doc = await models.Expense.create({
    number: await nextNumber(models.connection, 'expense', 'EXP'),
    submitterId: input.submitterId,
    category: input.category.trim(),
    description: input.description?.trim() ?? '',
    currency: input.amount.currency,
    netMinor: t.netMinor,
    taxRateBps: rate.bps,
    taxMinor: t.taxMinor,
    totalMinor: t.totalMinor,
    expenseDate: input.expenseDate,
    status: 'DRAFT',
  });
  return doc.toObject() as ExpenseDoc;
}

/** Moves an expense; POSTED writes its journal entry (pending marker in the same write). */
export async function transitionExpense(models: FinanceModels, id: string, to: ExpenseStatus, set: Record<string, unknown> = {}): Promise<ExpenseDoc> {
  const updated = await updateVersioned<ExpenseDoc>(models.Expense, 'Expense', id, ['input', 'id'], (current) => {
    if (!canTransition(EXPENSE_TRANSITIONS, current.status, to)) {
      throw new UserErrors([userError(['input', 'id'], `Expense is ${current.status} and cannot become ${to}.`, 'ILLEGAL_TRANSITION')]);
    }
    return {
      $set: { ...set, status: to, ...(to === 'POSTED' && { postedAt: new Date() }) },
      ...(to === 'POSTED' && { $push: { ledgerPending: 'post' } }),
    };
  });
  return flushed(models.Expense, updated, (d) => flushExpense(models, d));
}

export interface BillInput {
  supplierId: string;
  supplierName: string;
  currency: string;
  dueDate: string;
  lines: Array<{ description: string; productId?: string | null; quantity: number; unitCostMinor: number; taxRateBps: number }>;
  sourceKey?: string;
  purchaseOrderId?: string | null;
  receiptId?: string | null;
  /** Approve (OPEN, posted) at once. */
  approve?: boolean;
}

export function priceBill(lines: BillInput['lines']) {
  const priced = lines.map((l) => {
    const t = taxLine(l.unitCostMinor, l.quantity, 0, l.taxRateBps, false);
    return { ...l, productId: l.productId ?? null, netMinor: t.netMinor, taxMinor: t.taxMinor, totalMinor: t.totalMinor };
  });
  const sum = (k: 'netMinor' | 'taxMinor' | 'totalMinor') => priced.reduce((s, l) => s + l[k], 0);
  return { lines: priced, netMinor: sum('netMinor'), taxMinor: sum('taxMinor'), totalMinor: sum('totalMinor') };
}

/** Parses the API's bill lines. */
export function parseBillLines(currency: string, lines: Array<{ description: string; quantity: number; unitCost: { amount: string; currency: string }; taxRate?: string | null }>) {
  const errors: UserError[] = [];
  if (!isCurrency(currency)) errors.push(userError(['input', 'currency'], `Unknown currency "${currency}".`, 'INVALID'));
  if (!lines.length) errors.push(userError(['input', 'lines'], 'At least one line is required.', 'REQUIRED'));
  const parsed: BillInput['lines'] = [];
  lines.forEach((l, i) => {
    const at = (f: string) => ['input', 'lines', String(i), f];
    const before = errors.length;
    errors.push(...requireText(l.description, at('description'), 500));
    if (!Number.isInteger(l.quantity) || l.quantity < 1) errors.push(userError(at('quantity'), 'Quantity must be a positive integer.', 'INVALID'));
    const cost = parseMoneyInput(l.unitCost, at('unitCost'));
    if (cost.error) errors.push(cost.error);
    else if (l.unitCost.currency !== currency) errors.push(userError(at('unitCost'), `Unit cost is in ${l.unitCost.currency}, the bill in ${currency}.`, 'CURRENCY_MISMATCH'));
    else if (cost.minor < 0) errors.push(userError(at('unitCost'), 'Unit cost must not be negative.', 'INVALID'));
    const rate: { bps: number; error?: UserError } = l.taxRate ? parsePercent(l.taxRate, at('taxRate')) : { bps: 0 };
    if (rate.error) errors.push(rate.error);
    if (errors.length === before) parsed.push({ description: l.description.trim(), quantity: l.quantity, unitCostMinor: (cost as { minor: number }).minor, taxRateBps: rate.bps! });
  });
  return { lines: parsed, errors };
}

/** Creates a bill; a duplicate sourceKey is refused by the unique index. */
export async function insertBill(models: FinanceModels, input: BillInput): Promise<BillDoc> {
  const _id = new mongoose.Types.ObjectId();
  const priced = priceBill(input.lines);
  const created = await models.Bill.create({
    _id,
    number: await nextNumber(models.connection, 'bill', 'BILL'),
    supplierId: input.supplierId,
    supplierName: input.supplierName,
    currency: input.currency,
    ...priced,
    sourceKey: input.sourceKey ?? `manual:${_id.toString()}`,
    purchaseOrderId: input.purchaseOrderId ?? null,
    receiptId: input.receiptId ?? null,
    dueDate: input.dueDate,
    status: input.approve ? 'OPEN' : 'DRAFT',
    ledgerPending: input.approve ? ['approve'] : [],
  });
  return flushed(models.Bill, created.toObject() as BillDoc, (d) => flushBill(models, d));
}

export async function transitionBill(models: FinanceModels, id: string, to: BillStatus): Promise<BillDoc> {
  const updated = await updateVersioned<BillDoc>(models.Bill, 'Bill', id, ['input', 'id'], (current) => {
    if (!canTransition(BILL_TRANSITIONS, current.status, to) || to === 'PAID' || to === 'PARTIALLY_PAID') {
      throw new UserErrors([userError(['input', 'id'], `Bill is ${current.status} and cannot become ${to}.`, 'ILLEGAL_TRANSITION')]);
    }
    if (to === 'VOID' && current.paidMinor > 0) {
      throw new UserErrors([userError(['input', 'id'], 'Bill has payments; it cannot be voided.', 'ILLEGAL_TRANSITION')]);
    }
    const posting = to === 'OPEN' ? 'approve' : to === 'VOID' && current.status !== 'DRAFT' ? 'void' : null;
    return { $set: { status: to }, ...(posting && { $push: { ledgerPending: posting } }) };
  });
  return flushed(models.Bill, updated, (d) => flushBill(models, d));
}

/** Pays (part of) an approved bill; idempotent per key; the payment and its posting marker are one write. */
export async function payBill(
  models: FinanceModels,
  input: { billId: string; amount: { amount: string; currency: string }; paidAt?: Date | null; reference?: string | null; idempotencyKey?: string | null },
): Promise<BillDoc> {
  const parsed = parseMoneyInput(input.amount, ['input', 'amount']);
  if (parsed.error) throw new UserErrors([parsed.error]);
  const amountMinor = parsed.minor;
  const updated = await updateVersioned<BillDoc>(models.Bill, 'Bill', input.billId, ['input', 'billId'], (bill) => {
    if (input.idempotencyKey && bill.payments.some((p) => p.idempotencyKey === input.idempotencyKey)) return null;
    if (bill.status !== 'OPEN' && bill.status !== 'PARTIALLY_PAID') {
      throw new UserErrors([userError(['input', 'billId'], `Bill is ${bill.status}; only OPEN or PARTIALLY_PAID bills are paid.`, 'ILLEGAL_TRANSITION')]);
    }
    if (input.amount.currency !== bill.currency) throw new UserErrors([userError(['input', 'amount'], `Payment is in ${input.amount.currency}, the bill in ${bill.currency}.`, 'CURRENCY_MISMATCH')]);
    if (amountMinor <= 0) throw new UserErrors([userError(['input', 'amount'], 'Payment amount must be positive.', 'INVALID')]);
    if (amountMinor > bill.totalMinor - bill.paidMinor) throw new UserErrors([userError(['input', 'amount'], 'Payment exceeds the amount due.', 'OVERPAYMENT')]);
    const paymentId = new mongoose.Types.ObjectId();
    const paidMinor = bill.paidMinor + amountMinor;
    return {
      $push: {
        payments: { _id: paymentId, amountMinor, paidAt: input.paidAt ?? new Date(), reference: input.reference ?? null, idempotencyKey: input.idempotencyKey ?? null },
        ledgerPending: `payment:${paymentId.toString()}`,
      },
      $set: { paidMinor, status: paidMinor === bill.totalMinor ? 'PAID' : 'PARTIALLY_PAID' },
    };
  });
  return flushed(models.Bill, updated, (d) => flushBill(models, d));
}
