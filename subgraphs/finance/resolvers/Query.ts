import mongoose from 'mongoose';
import { paginate } from '../../../lib/pagination';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { DEFAULT_CHART } from '../domain/ledger';
import { ensureChart } from '../services/ledger';
import { arAging, balanceSheet, profitAndLoss, taxReport, trialBalance } from '../services/reports';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const Query: QueryResolvers = {
  invoice: (_, { id }, { loaders }) => loaders.invoice.load(id),
  invoices: (_, { first, after, filter }, { models }) =>
    paginate(
      models.Invoice,
      {
        ...(filter?.status && { status: filter.status }),
        ...(filter?.customerId && { customerId: filter.customerId }),
        ...(filter?.orderId && { orderId: filter.orderId }),
      },
      { first, after },
    ),
  payment: (_, { id }, { loaders }) => loaders.payment.load(id),
  payments: (_, { first, after, filter }, { models }) =>
    paginate(models.Payment, { ...(filter?.customerId && { customerId: filter.customerId }) }, { first, after }),
  accounts: async (_, __, { models }) => {
    await ensureChart(models);
    const accounts = await models.Account.find({}, { code: 1, name: 1, type: 1, _id: 0 }).sort({ code: 1 }).lean();
    return accounts.length ? accounts : DEFAULT_CHART;
  },
  journalEntry: (_, { id }, { loaders }) => loaders.journalEntry.load(id),
  journalEntries: (_, { first, after, filter }, { models }) =>
    paginate(
      models.JournalEntry,
      { ...(filter?.sourcePrefix && { source: mongoose.trusted({ $regex: `^${escapeRegex(filter.sourcePrefix)}` }) }) },
      { first, after },
    ),
  expense: (_, { id }, { models }) => (mongoose.isObjectIdOrHexString(id) ? models.Expense.findById(id).lean() : null),
  expenses: (_, { first, after, filter }, { models }) =>
    paginate(
      models.Expense,
      { ...(filter?.status && { status: filter.status }), ...(filter?.submitterId && { submitterId: filter.submitterId }) },
      { first, after },
    ),
  supplierBill: (_, { id }, { models }) => (mongoose.isObjectIdOrHexString(id) ? models.Bill.findById(id).lean() : null),
  supplierBills: (_, { first, after, filter }, { models }) =>
    paginate(
      models.Bill,
      { ...(filter?.status && { status: filter.status }), ...(filter?.supplierId && { supplierId: filter.supplierId }) },
      { first, after },
    ),
  taxRates: (_, __, { models }) => models.TaxRate.find({}).sort({ name: 1 }).lean(),
  trialBalance: (_, { at }, { models }) => trialBalance(models, at ?? new Date()),
  profitAndLoss: (_, { from, to, currency }, { models }) => profitAndLoss(models, from, to, currency),
  balanceSheet: (_, { at, currency }, { models }) => balanceSheet(models, at ?? new Date(), currency),
  arAging: (_, { at, currency }, { models }) => arAging(models, at ?? new Date(), currency),
  taxPayable: (_, { from, to, currency }, { models }) => taxReport(models, from, to, currency),
};
