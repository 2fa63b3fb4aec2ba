import mongoose from 'mongoose';
import { paginate, paginateSorted, type SortSpec } from '../../../lib/pagination';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import type { InvoiceSort, QueryResolvers, SupplierBillSort } from '../__generated__/resolvers-types';
import { toMoney } from '../../../lib/money';
import { ACCOUNTS, DEFAULT_CHART } from '../domain/ledger';
import type { BillDoc, ExpenseDoc } from '../models';
import { accountBalance, balanceSheet, profitAndLoss, taxReport, trialBalance } from '../reports/ledger';
import { accountLedger } from '../reports/account-ledger';
import { cashFlowStatement } from '../reports/cash-flow';
import { generalLedgerExport } from '../reports/ledger-export';
import { apAging } from '../reports/payables';
import { arAging } from '../reports/receivables';
import { ensureChart } from '../services/ledger';
import { getFinanceSettings } from '../services/settings';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const NEWEST_FIRST: SortSpec = { field: '_id', direction: -1 };
const OLDEST_FIRST: SortSpec = { field: '_id', direction: 1 };
const DUE_DATE_ASC: SortSpec = { field: 'dueDate', direction: 1 };
const DUE_DATE_DESC: SortSpec = { field: 'dueDate', direction: -1 };

/** dueDate is a YYYY-MM-DD string, so it sorts as text; the total is its integer minor units. */
const INVOICE_SORTS: Record<InvoiceSort, SortSpec> = {
  NEWEST_FIRST,
  OLDEST_FIRST,
  DUE_DATE_ASC,
  DUE_DATE_DESC,
  TOTAL_DESC: { field: 'totalMinor', direction: -1 },
  TOTAL_ASC: { field: 'totalMinor', direction: 1 },
};
const BILL_SORTS: Record<SupplierBillSort, SortSpec> = { NEWEST_FIRST, OLDEST_FIRST, DUE_DATE_ASC, DUE_DATE_DESC };

const definedOnly = (filter: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== null));

const byId = <T>(model: Parameters<typeof findOneByIdInTenant>[0], id: string) =>
  mongoose.isObjectIdOrHexString(id) ? findOneByIdInTenant<T>(model, id, { outbox: 0 }) : null;

export const Query: QueryResolvers = {
  invoice: (_, { id }, { loaders }) => loaders.invoice.load(id),
  invoices: (_, { first, after, filter, sort }, { models }) =>
    paginateSorted(
      models.Invoice,
      definedOnly({ status: filter?.status, customerId: filter?.customerId, orderId: filter?.orderId }),
      { first, after },
      INVOICE_SORTS[sort ?? 'NEWEST_FIRST'],
    ),
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
  supplierBills: (_, { first, after, filter, sort }, { models }) =>
    paginateSorted(
      models.Bill,
      definedOnly({ status: filter?.status, supplierId: filter?.supplierId }),
      { first, after },
      BILL_SORTS[sort ?? 'NEWEST_FIRST'],
    ),
  taxRates: (_, __, { models }) => models.TaxRate.find({}).sort({ name: 1 }).lean().exec(),
  trialBalance: (_, { at }, { models }) => trialBalance(models, at ?? new Date()),
  profitAndLoss: (_, { from, to, currency }, { models }) => profitAndLoss(models, from, to, currency),
  balanceSheet: (_, { at, currency }, { models }) => balanceSheet(models, at ?? new Date(), currency),
  arAging: (_, { at, currency }, { models }) => arAging(models, at ?? new Date(), currency),
  apAging: (_, { at, currency }, { models }) => apAging(models, at ?? new Date(), currency),
  cashFlowStatement: (_, { from, to, currency }, { models }) => cashFlowStatement(models, from, to, currency),
  taxPayable: (_, { from, to, currency }, { models }) => taxReport(models, from, to, currency),
  financeSettings: (_, __, { models }) => getFinanceSettings(models),
  accountLedger: (_, args, { models }) => accountLedger(models, args),
  generalLedgerExport: (_, args, { models }) => generalLedgerExport(models, args),
  inventoryLedgerBalance: async (_, { at, currency }, { models }) =>
    toMoney(await accountBalance(models, ACCOUNTS.INVENTORY, at ?? new Date(), currency), currency),
};
