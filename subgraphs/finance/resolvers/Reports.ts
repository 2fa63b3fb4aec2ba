/** The report types: trial balance, profit and loss, balance sheet, AR aging, tax payable, customer balances. */
import { toMoney } from '../../../lib/money';
import { ref } from '../../../lib/resolvers';
import type {
  AgingBucketsResolvers,
  ApAgingResolvers,
  ApAgingRowResolvers,
  ArAgingResolvers,
  ArAgingRowResolvers,
  BalanceSheetResolvers,
  CashFlowLineResolvers,
  CashFlowSectionResolvers,
  CashFlowStatementResolvers,
  CustomerBalanceResolvers,
  ProfitAndLossResolvers,
  ReportLineResolvers,
  TaxPayableReportResolvers,
  TrialBalanceResolvers,
  TrialBalanceRowResolvers,
  TrialBalanceTotalResolvers,
} from '../__generated__/resolvers-types';
import { accountOf } from '../domain/ledger';
import type { AgingBucketsModel } from '../reports/receivables';

export const TrialBalance: TrialBalanceResolvers = {};
export const TrialBalanceRow: TrialBalanceRowResolvers = {
  account: (r) => accountOf(r.accountCode),
  debit: (r) => toMoney(r.debitMinor, r.currency),
  credit: (r) => toMoney(r.creditMinor, r.currency),
  balance: (r) => toMoney(r.debitMinor - r.creditMinor, r.currency),
};
export const TrialBalanceTotal: TrialBalanceTotalResolvers = {
  debit: (t) => toMoney(t.debitMinor, t.currency),
  credit: (t) => toMoney(t.creditMinor, t.currency),
};

export const ReportLine: ReportLineResolvers = {
  account: (s) => accountOf(s.accountCode),
  amount: (s) => toMoney(s.amountMinor, s.currency),
};

export const ProfitAndLoss: ProfitAndLossResolvers = {
  totalIncome: (r) => toMoney(r.totalIncomeMinor, r.currency),
  totalExpenses: (r) => toMoney(r.totalExpensesMinor, r.currency),
  netIncome: (r) => toMoney(r.netIncomeMinor, r.currency),
};

export const BalanceSheet: BalanceSheetResolvers = {
  currentEarnings: (r) => toMoney(r.currentEarningsMinor, r.currency),
  totalAssets: (r) => toMoney(r.totalAssetsMinor, r.currency),
  totalLiabilities: (r) => toMoney(r.totalLiabilitiesMinor, r.currency),
  totalEquity: (r) => toMoney(r.totalEquityMinor, r.currency),
};

export const AgingBuckets: AgingBucketsResolvers = {
  current: (b) => toMoney(b.CURRENT, b.currency),
  days1to30: (b) => toMoney(b.DAYS_1_30, b.currency),
  days31to60: (b) => toMoney(b.DAYS_31_60, b.currency),
  days61to90: (b) => toMoney(b.DAYS_61_90, b.currency),
  over90: (b) => toMoney(b.OVER_90, b.currency),
  total: (b) => toMoney(b.CURRENT + b.DAYS_1_30 + b.DAYS_31_60 + b.DAYS_61_90 + b.OVER_90, b.currency),
};

export const ArAging: ArAgingResolvers = {
  rows: (r) => r.rows.map((row) => ({ ...row, currency: r.currency })),
  totals: (r): AgingBucketsModel => ({ ...r.totals, currency: r.currency }),
};

export const ArAgingRow: ArAgingRowResolvers = {
  customer: (r) => ref(r.customerId),
  buckets: (r): AgingBucketsModel => ({ ...r.buckets, currency: r.currency }),
};

export const ApAging: ApAgingResolvers = {
  rows: (r) => r.rows.map((row) => ({ ...row, currency: r.currency })),
  totals: (r): AgingBucketsModel => ({ ...r.totals, currency: r.currency }),
};

export const ApAgingRow: ApAgingRowResolvers = {
  supplierId: (r) => r.partyId,
  supplierName: (r) => r.partyName,
  buckets: (r): AgingBucketsModel => ({ ...r.buckets, currency: r.currency }),
};

export const CashFlowStatement: CashFlowStatementResolvers = {
  openingCash: (r) => toMoney(r.openingMinor, r.currency),
  netChange: (r) => toMoney(r.netChangeMinor, r.currency),
  closingCash: (r) => toMoney(r.closingMinor, r.currency),
};

export const CashFlowSection: CashFlowSectionResolvers = {
  inflows: (s) => toMoney(s.inflowMinor, s.currency),
  outflows: (s) => toMoney(s.outflowMinor, s.currency),
  net: (s) => toMoney(s.inflowMinor - s.outflowMinor, s.currency),
};

export const CashFlowLine: CashFlowLineResolvers = {
  account: (l) => accountOf(l.accountCode),
  inflow: (l) => toMoney(l.inflowMinor, l.currency),
  outflow: (l) => toMoney(l.outflowMinor, l.currency),
  net: (l) => toMoney(l.inflowMinor - l.outflowMinor, l.currency),
};

export const TaxPayableReport: TaxPayableReportResolvers = {
  outputTax: (r) => toMoney(r.outputTaxMinor, r.currency),
  inputTax: (r) => toMoney(r.inputTaxMinor, r.currency),
  netPayable: (r) => toMoney(r.netPayableMinor, r.currency),
};

export const CustomerBalance: CustomerBalanceResolvers = {
  receivable: (b) => toMoney(b.receivableMinor, b.currency),
  credit: (b) => toMoney(b.creditMinor, b.currency),
  net: (b) => toMoney(b.receivableMinor - b.creditMinor, b.currency),
};
