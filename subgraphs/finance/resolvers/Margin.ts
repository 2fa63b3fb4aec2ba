import { toMoney } from '../../../lib/money';
import type { FinanceSettingsResolvers, MarginResolvers, YearEndClosingResolvers } from '../__generated__/resolvers-types';
import { DEFAULT_INVOICING_POLICY } from '../domain/invoicing';
import { marginPercent } from '../domain/margin';
import { formatPercent } from '../domain/tax';
import { dunningDaysOf } from '../services/dunning';

export const Margin: MarginResolvers = {
  revenue: (m) => toMoney(m.revenueMinor, m.currency),
  costOfGoodsSold: (m) => toMoney(m.cogsMinor, m.currency),
  grossMargin: (m) => toMoney(m.revenueMinor - m.cogsMinor, m.currency),
  percent: (m) => marginPercent(m.revenueMinor, m.cogsMinor),
};

export const FinanceSettings: FinanceSettingsResolvers = {
  invoicingPolicy: (s) => s.invoicingPolicy ?? DEFAULT_INVOICING_POLICY,
  autoBillReceipts: (s) => s.autoBillReceipts ?? true,
  billMatchTolerancePercent: (s) => formatPercent(s.billMatchToleranceBps ?? 0),
  closedUntil: (s) => s.closedUntil ?? null,
  dunningDays: (s) => dunningDaysOf(s),
  yearEndClosings: (s) => s.yearEndClosings ?? [],
};

export const YearEndClosing: YearEndClosingResolvers = {
  netIncome: (c) => toMoney(c.netIncomeMinor, c.currency),
  // Journal entries are never deleted: the closing entry a settings record names is always there.
  entry: async (c, _, { loaders }) => (await loaders.journalEntry.load(c.entryId))!,
};
