import mongoose from 'mongoose';
import { paginate } from '../../../lib/pagination';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { DEFAULT_CHART } from '../domain/ledger';
import type { BillDoc, ExpenseDoc } from '../models';
import { balanceSheet, profitAndLoss, taxReport, trialBalance } from '../reports/ledger';
import { arAging } from '../reports/receivables';
import { ensureChart } from '../services/ledger';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const definedOnly = (filter: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== null));

const byId = <T>(model: Parameters<typeof findOneByIdInTenant>[0], id: string) =>
  mongoose.isObjectIdOrHexString(id) ? findOneByIdInTenant<T>(model, id, { outbox: 0 }) : null;

export const Query: QueryResolvers = {
  invoice: (_, { id }, { loaders }) => loaders.invoice.load(id),
  invoices: (_, { first, after, filter }, { models }) =>
    paginate(models.Invoice, definedOnly({ status: filter?.status, customerId: filter?.customerId, orderId: filter?.orderId }), {
      first,
      after,
    }),
  payment: (_, { id }, { loaders }) => loaders.payment.load(id),
  payments: (_, { first, after, filter }, { models }) =>
    paginate(models.Payment, definedOnly({ customerId: filter?.customerId }), { first, after }),
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
  expense: (_, { id }, { models }) => byId<ExpenseDoc>(models.Expense, id),
  expenses: (_, { first, after, filter }, { models }) =>
    paginate(models.Expense, definedOnly({ status: filter?.status, submitterId: filter?.submitterId }), { first, after }),
  supplierBill: (_, { id }, { models }) => byId<BillDoc>(models.Bill, id),
  supplierBills: (_, { first, after, filter }, { models }) =>
    paginate(models.Bill, definedOnly({ status: filter?.status, supplierId: filter?.supplierId }), { first, after }),
  taxRates: (_, __, { models }) => models.TaxRate.find({}).sort({ name: 1 }).lean(),
  trialBalance: (_, { at }, { models }) => trialBalance(models, at ?? new Date()),
  profitAndLoss: (_, { from, to, currency }, { models }) => profitAndLoss(models, from, to, currency),
  balanceSheet: (_, { at, currency }, { models }) => balanceSheet(models, at ?? new Date(), currency),
  arAging: (_, { at, currency }, { models }) => arAging(models, at ?? new Date(), currency),
  taxPayable: (_, { from, to, currency }, { models }) => taxReport(models, from, to, currency),
};
