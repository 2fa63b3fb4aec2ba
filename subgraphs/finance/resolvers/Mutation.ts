import { runMutation } from '../../../lib/mutation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { approveBillVariance, createBill, payBill, rematchBill, transitionBill, updateBill } from '../services/bills';
import { createExpense, rejectExpense, transitionExpense } from '../services/expenses';
import { addCreditNote, createInvoice, issueInvoice, updateInvoice, voidInvoice } from '../services/invoices';
import { postManualEntry, reverseJournalEntry } from '../services/ledger';
import { receivePayment, recordInvoicePayment } from '../services/payments';
import { closePeriod, reopenPeriod } from '../services/period';
import { updateFinanceSettings } from '../services/settings';
import { createTaxRate, updateTaxRate } from '../services/tax-rates';
import { closeFinancialYear } from '../services/year-end';

/** Thin: each mutation is one service call; expected failures become its `userErrors`. */
export const Mutation: MutationResolvers = {
  createInvoice: (_, { input }, { models }) => runMutation(async () => ({ invoice: await createInvoice(models, input) })),
  updateInvoice: (_, { input }, { models }) => runMutation(async () => ({ invoice: await updateInvoice(models, input) })),
  issueInvoice: (_, { input }, ctx) => runMutation(async () => ({ invoice: await issueInvoice(ctx.models, input.id, ctx) })),
  voidInvoice: (_, { input }, ctx) => runMutation(async () => ({ invoice: await voidInvoice(ctx.models, input.id, ctx) })),
  createCreditNote: (_, { input }, ctx) => runMutation(async () => ({ invoice: await addCreditNote(ctx.models, input, ctx) })),
  recordPayment: (_, { input }, ctx) =>
    runMutation(async () => ({ invoice: await recordInvoicePayment(ctx.models, input, ctx) })),
  receivePayment: (_, { input }, ctx) =>
    runMutation(async () => ({ payment: (await receivePayment(ctx.models, input, ctx)).payment })),

  postJournalEntry: (_, { input }, { models }) =>
    runMutation(async () => ({ journalEntry: await postManualEntry(models, input) })),
  reverseJournalEntry: (_, { input }, { models }) =>
    runMutation(async () => ({ journalEntry: await reverseJournalEntry(models, input.id) })),

  createExpense: (_, { input }, { models }) => runMutation(async () => ({ expense: await createExpense(models, input) })),
  submitExpense: (_, { input }, { models }) =>
    runMutation(async () => ({ expense: await transitionExpense(models, input.id, 'SUBMITTED') })),
  approveExpense: (_, { input }, { models }) =>
    runMutation(async () => ({ expense: await transitionExpense(models, input.id, 'APPROVED') })),
  rejectExpense: (_, { input }, { models }) =>
    runMutation(async () => ({ expense: await rejectExpense(models, input.id, input.reason) })),
  postExpense: (_, { input }, { models }) =>
    runMutation(async () => ({ expense: await transitionExpense(models, input.id, 'POSTED') })),

  createSupplierBill: (_, { input }, { models }) => runMutation(async () => ({ supplierBill: await createBill(models, input) })),
  updateSupplierBill: (_, { input }, { models }) => runMutation(async () => ({ supplierBill: await updateBill(models, input) })),
  approveSupplierBill: (_, { input }, { models }) =>
    runMutation(async () => ({ supplierBill: await transitionBill(models, input.id, 'OPEN') })),
  voidSupplierBill: (_, { input }, { models }) =>
    runMutation(async () => ({ supplierBill: await transitionBill(models, input.id, 'VOID') })),
  paySupplierBill: (_, { input }, { models }) => runMutation(async () => ({ supplierBill: await payBill(models, input) })),
  matchSupplierBill: (_, { input }, { models }) =>
    runMutation(async () => ({ supplierBill: await rematchBill(models, input.id) })),
  approveSupplierBillVariance: (_, { input }, ctx) =>
    runMutation(async () => ({ supplierBill: await approveBillVariance(ctx.models, input, ctx) })),

  createTaxRate: (_, { input }, { models }) => runMutation(async () => ({ taxRate: await createTaxRate(models, input) })),
  updateTaxRate: (_, { input }, { models }) => runMutation(async () => ({ taxRate: await updateTaxRate(models, input) })),
  updateFinanceSettings: (_, { input }, { models }) =>
    runMutation(async () => ({ settings: await updateFinanceSettings(models, input) })),
  closePeriod: (_, { input }, ctx) => runMutation(async () => ({ settings: await closePeriod(ctx.models, input.until, ctx) })),
  reopenPeriod: (_, { input }, ctx) => runMutation(async () => ({ settings: await reopenPeriod(ctx.models, input, ctx) })),
  closeFinancialYear: (_, { input }, ctx) =>
    runMutation(async () => {
      const { settings, entries } = await closeFinancialYear(ctx.models, input.yearEnd, ctx);
      return { settings, closingEntries: entries };
    }),
};
