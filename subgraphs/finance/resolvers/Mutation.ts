import mongoose from 'mongoose';
import { userError, UserErrors, type UserError } from '../../../lib/errors';
import { isCurrency, parseAmount } from '../../../lib/money';
import { assertNoUserErrors, runMutation, unlessTaken } from '../../../lib/mutation';
import { requireText } from '../../../lib/validation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { priceInvoiceLines, type InvoiceLineInput } from '../domain/invoice';
import { accountType, balanceProblem, type JournalLine } from '../domain/ledger';
import { formatPercent, parsePercent } from '../domain/tax';
import type { FinanceModels, JournalEntryDoc, TaxRateDoc } from '../models';
import { createExpense, insertBill, parseBillLines, payBill, transitionBill, transitionExpense } from '../services/documents';
import { addCreditNote, insertInvoice, issueInvoice, voidInvoice } from '../services/invoices';
import { postEntry, reverseEntry } from '../services/ledger';
import { receivePayment, recordInvoicePayment } from '../services/payments';

/** Replaces each line's taxRateId by the rate's percent; unknown ids are userErrors. */
async function resolveTaxRates(
  models: FinanceModels,
  lines: Array<InvoiceLineInput & { taxRateId?: string | null }>,
): Promise<{ lines: InvoiceLineInput[]; errors: UserError[] }> {
  const ids = [...new Set(lines.map((l) => l.taxRateId).filter((id): id is string => Boolean(id) && mongoose.isObjectIdOrHexString(id)))];
  const rates = ids.length ? await models.TaxRate.find({ _id: mongoose.trusted({ $in: ids }) }).lean<TaxRateDoc[]>() : [];
  const byId = new Map(rates.map((r) => [r._id.toString(), r]));
  const errors: UserError[] = [];
  const resolved = lines.map((l, i) => {
    if (!l.taxRateId) return l;
    const field = ['input', 'lines', String(i), 'taxRateId'];
    if (l.taxRate) errors.push(userError(field, 'Give taxRate or taxRateId, not both.', 'INVALID'));
    const rate = byId.get(l.taxRateId);
    if (!rate) errors.push(userError(field, `Tax rate ${l.taxRateId} not found.`, 'NOT_FOUND'));
    return { ...l, taxRate: rate ? formatPercent(rate.rateBps) : l.taxRate };
  });
  return { lines: resolved, errors };
}

function parseJournalLines(currency: string, lines: Array<{ accountCode: string; debit?: string | null; credit?: string | null; memo?: string | null }>) {
  const errors: UserError[] = [];
  const parsed: JournalLine[] = [];
  lines.forEach((l, i) => {
    const at = (f: string) => ['input', 'lines', String(i), f];
    if (!accountType(l.accountCode)) {
      errors.push(userError(at('accountCode'), `Unknown account ${l.accountCode}.`, 'NOT_FOUND'));
      return;
    }
    if (Boolean(l.debit) === Boolean(l.credit)) {
      errors.push(userError(at('debit'), 'Give exactly one of debit and credit.', 'INVALID'));
      return;
    }
    try {
      const minor = parseAmount((l.debit ?? l.credit)!, currency);
      if (minor <= 0) throw new Error('Amounts must be positive.');
      parsed.push({ accountCode: l.accountCode, debitMinor: l.debit ? minor : 0, creditMinor: l.credit ? minor : 0, memo: l.memo ?? null });
    } catch (err) {
      errors.push(userError(at(l.debit ? 'debit' : 'credit'), (err as Error).message, 'INVALID'));
    }
  });
  if (!errors.length) {
    const problem = balanceProblem(parsed);
    if (problem) errors.push(userError(['input', 'lines'], problem, 'INVALID'));
  }
  return { lines: parsed, errors };
}

export const Mutation: MutationResolvers = {
  createInvoice: (_, { input }, { models }) =>
    runMutation(async () => {
      const rates = await resolveTaxRates(models, input.lines);
      assertNoUserErrors(rates.errors);
      const priced = priceInvoiceLines(input.currency, rates.lines, Boolean(input.pricesIncludeTax));
      assertNoUserErrors(priced.errors);
      const invoice = await insertInvoice(models, {
        ...priced,
        customerId: input.customerId,
        currency: input.currency,
        dueDate: input.dueDate,
        pricesIncludeTax: Boolean(input.pricesIncludeTax),
      });
      return { invoice };
    }),

  issueInvoice: (_, { input }, { models }) => runMutation(async () => ({ invoice: await issueInvoice(models, input.id) })),

  voidInvoice: (_, { input }, { models }) => runMutation(async () => ({ invoice: await voidInvoice(models, input.id) })),

  recordPayment: (_, { input }, { models }) => runMutation(async () => ({ invoice: await recordInvoicePayment(models, input) })),

  receivePayment: (_, { input }, { models }) => runMutation(async () => ({ payment: (await receivePayment(models, input)).payment })),

  createCreditNote: (_, { input }, { models }) =>
    runMutation(async () => {
      assertNoUserErrors(requireText(input.reason, ['input', 'reason'], 500));
      if (!isCurrency(input.amount.currency)) throw new UserErrors([userError(['input', 'amount', 'currency'], 'Unknown currency.', 'INVALID')]);
      let minor: number;
      try {
        minor = parseAmount(input.amount.amount, input.amount.currency);
      } catch (err) {
        throw new UserErrors([userError(['input', 'amount', 'amount'], (err as Error).message, 'INVALID')]);
      }
      return { invoice: await addCreditNote(models, input.invoiceId, minor, input.amount.currency, input.reason.trim()) };
    }),

  postJournalEntry: (_, { input }, { models }) =>
    runMutation(async () => {
      if (!isCurrency(input.currency)) throw new UserErrors([userError(['input', 'currency'], `Unknown currency "${input.currency}".`, 'INVALID')]);
      const errors = [...requireText(input.memo, ['input', 'memo'], 500)];
      const parsed = parseJournalLines(input.currency, input.lines);
      assertNoUserErrors([...errors, ...parsed.errors]);
      const key = input.idempotencyKey?.trim() || new mongoose.Types.ObjectId().toString();
      const entry = await postEntry(models, {
        source: `manual:${key}`,
        date: input.date ?? new Date(),
        currency: input.currency,
        memo: input.memo.trim(),
        lines: parsed.lines,
      });
      return { journalEntry: entry };
    }),

  reverseJournalEntry: (_, { input }, { models }) =>
    runMutation(async () => {
      const entry = mongoose.isObjectIdOrHexString(input.id) ? await models.JournalEntry.findById(input.id).lean<JournalEntryDoc>() : null;
      if (!entry) throw new UserErrors([userError(['input', 'id'], `Journal entry ${input.id} not found.`, 'NOT_FOUND')]);
      if (entry.reverses) throw new UserErrors([userError(['input', 'id'], 'A reversing entry cannot itself be reversed.', 'ILLEGAL_TRANSITION')]);
      return { journalEntry: await reverseEntry(models, entry) };
    }),

  createExpense: (_, { input }, { models }) => runMutation(async () => ({ expense: await createExpense(models, input) })),
  submitExpense: (_, { input }, { models }) => runMutation(async () => ({ expense: await transitionExpense(models, input.id, 'SUBMITTED') })),
  approveExpense: (_, { input }, { models }) => runMutation(async () => ({ expense: await transitionExpense(models, input.id, 'APPROVED') })),
  rejectExpense: (_, { input }, { models }) =>
    runMutation(async () => {
      assertNoUserErrors(requireText(input.reason, ['input', 'reason'], 500));
      return { expense: await transitionExpense(models, input.id, 'REJECTED', { rejectionReason: input.reason.trim() }) };
    }),
  postExpense: (_, { input }, { models }) => runMutation(async () => ({ expense: await transitionExpense(models, input.id, 'POSTED') })),

  createSupplierBill: (_, { input }, { models }) =>
    runMutation(async () => {
      const parsed = parseBillLines(input.currency, input.lines);
      assertNoUserErrors([...requireText(input.supplierName, ['input', 'supplierName'], 200), ...parsed.errors]);
      return {
        supplierBill: await insertBill(models, {
          supplierId: input.supplierId,
          supplierName: input.supplierName.trim(),
          currency: input.currency,
          dueDate: input.dueDate,
          lines: parsed.lines,
        }),
      };
    }),
  approveSupplierBill: (_, { input }, { models }) => runMutation(async () => ({ supplierBill: await transitionBill(models, input.id, 'OPEN') })),
  voidSupplierBill: (_, { input }, { models }) => runMutation(async () => ({ supplierBill: await transitionBill(models, input.id, 'VOID') })),
  paySupplierBill: (_, { input }, { models }) => runMutation(async () => ({ supplierBill: await payBill(models, input) })),

  createTaxRate: (_, { input }, { models }) =>
    runMutation(async () => {
      const rate = parsePercent(input.rate, ['input', 'rate']);
      assertNoUserErrors([...requireText(input.name, ['input', 'name'], 100), ...(rate.error ? [rate.error] : [])]);
      const doc = await unlessTaken(['input', 'name'], 'A tax rate with this name exists.', () =>
        models.TaxRate.create({ name: input.name.trim(), rateBps: rate.bps, inclusive: Boolean(input.inclusive) }),
      );
      return { taxRate: doc.toObject() as TaxRateDoc };
    }),
};
