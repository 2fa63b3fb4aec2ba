import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { AttachmentDoc } from '../../../lib/attachments';
import { InvoiceDoc, InvoiceLineView, CreditNoteView, PaymentDoc, AllocationView, PaymentConnectionModel, InvoiceConnectionModel, CustomerRef, DealRef, OrderRef, FinanceSettingsDoc, YearEndClosingDoc, EmployeeRef, JournalEntryDoc, JournalLineView, JournalEntryConnectionModel, ExpenseDoc, ExpenseConnectionModel, BillDoc, BillLineView, BillPaymentView, BillMatchView, BillConnectionModel, TaxRateDoc } from '../models';
import { MarginView } from '../reports/margin';
import { AccountDef } from '../domain/ledger';
import { TrialBalanceModel, AccountBalance, TotalModel, Section, ProfitAndLossModel, BalanceSheetModel, TaxReportModel } from '../reports/ledger';
import { ArAgingModel, ArAgingRowModel, AgingBucketsModel, CustomerBalanceModel } from '../reports/receivables';
import { ApAgingModel, ApAgingRowModel } from '../reports/payables';
import { CashFlowStatementModel, CashFlowSectionModel, CashFlowLineModel } from '../reports/cash-flow';
import { AccountLedgerModel, AccountLedgerLineModel } from '../reports/account-ledger';
import { LedgerExportModel } from '../reports/ledger-export';
import { FinanceContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO-8601 (2026-01-31). */
  Date: { input: string; output: string; }
  /** An instant in time, ISO-8601, serialized in UTC (2026-01-31T09:00:00.000Z). */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AccountLedgerConnection = {
  __typename?: 'AccountLedgerConnection';
  account: LedgerAccount;
  /** openingBalance plus every line of the period (all pages). */
  closingBalance: Money;
  edges: Array<AccountLedgerEdge>;
  from: Scalars['DateTime']['output'];
  /** Balance of the account over the entries dated before `from`. */
  openingBalance: Money;
  pageInfo: PageInfo;
  to: Scalars['DateTime']['output'];
  /** Lines of the account dated in the period. */
  totalCount: Scalars['Int']['output'];
};

export type AccountLedgerEdge = {
  __typename?: 'AccountLedgerEdge';
  cursor: Scalars['String']['output'];
  node: AccountLedgerLine;
};

/** A line of one account, with what posted it and the balance after it. */
export type AccountLedgerLine = {
  __typename?: 'AccountLedgerLine';
  /** The account's balance after this line, in its normal direction (positive: debit for assets and expenses, credit for the others). */
  balance: Money;
  credit: Money;
  date: Scalars['DateTime']['output'];
  debit: Money;
  /** The document behind `source`, when it names one. */
  document?: Maybe<SourceDocument>;
  /** The entry's number, e.g. JE-… */
  entryNumber: Scalars['String']['output'];
  journalEntry: JournalEntry;
  /** The line's memo, else the entry's. */
  memo: Scalars['String']['output'];
  partyId?: Maybe<Scalars['ID']['output']>;
  /** What posted the entry (JournalEntry.source), e.g. invoice:<id>:issue. */
  source: Scalars['String']['output'];
};

export type AccountType =
  | 'ASSET'
  | 'EQUITY'
  | 'EXPENSE'
  | 'INCOME'
  | 'LIABILITY';

/** Receivables by days past due. */
export type AgingBuckets = {
  __typename?: 'AgingBuckets';
  /** Not yet due. */
  current: Money;
  days1to30: Money;
  days31to60: Money;
  days61to90: Money;
  over90: Money;
  total: Money;
};

export type ApAging = {
  __typename?: 'ApAging';
  at: Scalars['DateTime']['output'];
  /** Rows by supplier, largest first, `first` of them from `offset` (totals cover every row). */
  rows: Array<ApAgingRow>;
  totals: AgingBuckets;
};


export type ApAgingRowsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type ApAgingRow = {
  __typename?: 'ApAgingRow';
  buckets: AgingBuckets;
  supplierId: Scalars['ID']['output'];
  supplierName?: Maybe<Scalars['String']['output']>;
};

export type ApproveSupplierBillVarianceInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type ArAging = {
  __typename?: 'ArAging';
  at: Scalars['DateTime']['output'];
  /** Rows by customer, `first` of them from `offset` (totals cover every row). */
  rows: Array<ArAgingRow>;
  totals: AgingBuckets;
};


export type ArAgingRowsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type ArAgingRow = {
  __typename?: 'ArAgingRow';
  buckets: AgingBuckets;
  customer: Customer;
};

/** A file attached to a record; the bytes live in the owning subgraph's database (GridFS). */
export type Attachment = {
  __typename?: 'Attachment';
  /** Sniffed from the bytes' magic numbers (an upload whose bytes are not the declared type is refused). */
  contentType: Scalars['String']['output'];
  /** Path on the gateway (GET with your own credentials; the owner's read scope is required). */
  downloadUrl: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Bytes. */
  size: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTime']['output'];
  /** `user:<id>` or `apikey:<id>` of the uploader. */
  uploadedBy: Scalars['String']['output'];
};

/** What a file can be attached to (docs/partners.md#attachments). */
export type AttachmentOwnerType =
  | 'CUSTOMER'
  | 'DEAL'
  | 'EMPLOYEE'
  | 'EXPENSE'
  | 'INVOICE'
  | 'SUPPLIER_BILL'
  | 'TICKET';

export type BalanceSheet = {
  __typename?: 'BalanceSheet';
  assets: Array<ReportLine>;
  at: Scalars['DateTime']['output'];
  /** Income less expenses not yet closed into equity. */
  currentEarnings: Money;
  equity: Array<ReportLine>;
  liabilities: Array<ReportLine>;
  totalAssets: Money;
  /** Equity accounts plus current earnings; totalAssets = totalLiabilities + totalEquity. */
  totalEquity: Money;
  totalLiabilities: Money;
};

/** Cash received and paid against one counter-account. */
export type CashFlowLine = {
  __typename?: 'CashFlowLine';
  account: LedgerAccount;
  inflow: Money;
  net: Money;
  outflow: Money;
};

export type CashFlowSection = {
  __typename?: 'CashFlowSection';
  inflows: Money;
  /** Per counter-account, by code. */
  lines: Array<CashFlowLine>;
  /** inflows - outflows. */
  net: Money;
  outflows: Money;
};

export type CashFlowStatement = {
  __typename?: 'CashFlowStatement';
  closingCash: Money;
  financing: CashFlowSection;
  from: Scalars['DateTime']['output'];
  investing: CashFlowSection;
  /** Receipts less payments over the three sections. */
  netChange: Money;
  /** Cash and bank over the entries dated before `from`. */
  openingCash: Money;
  operating: CashFlowSection;
  to: Scalars['DateTime']['output'];
};

export type CloseFinancialYearInput = {
  /** The year's last day (UTC), before today: 2025-12-31 for a calendar year, 2026-03-31 for one ending in March. */
  yearEnd: Scalars['Date']['input'];
};

export type CloseFinancialYearPayload = {
  __typename?: 'CloseFinancialYearPayload';
  /** Every closing entry of the year, oldest first (the same on a repeat); null with userErrors. */
  closingEntries?: Maybe<Array<JournalEntry>>;
  settings?: Maybe<FinanceSettings>;
  userErrors: Array<UserError>;
};

export type ClosePeriodInput = {
  /** The last day of the closed period (UTC), before today. */
  until: Scalars['Date']['input'];
};

export type CreateCreditNoteInput = {
  /** Gross amount credited (tax included). */
  amount: MoneyInput;
  invoiceId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type CreateExpenseInput = {
  amount: MoneyInput;
  /** The amount includes the tax (default false: tax is added). */
  amountIncludesTax?: InputMaybe<Scalars['Boolean']['input']>;
  category: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  expenseDate: Scalars['Date']['input'];
  submitterId: Scalars['ID']['input'];
  /** Tax rate in percent ("19"); none when omitted. */
  taxRate?: InputMaybe<Scalars['String']['input']>;
};

export type CreateInvoiceInput = {
  currency: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  dueDate: Scalars['Date']['input'];
  lines: Array<InvoiceLineInput>;
  /** Line prices include tax (default false: tax is added). */
  pricesIncludeTax?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateSupplierBillInput = {
  currency: Scalars['String']['input'];
  dueDate: Scalars['Date']['input'];
  lines: Array<SupplierBillLineInput>;
  /** inventory's purchase order the bill is for: the bill is matched against its receipts (each line then names its product). */
  purchaseOrderId?: InputMaybe<Scalars['ID']['input']>;
  supplierId: Scalars['ID']['input'];
  supplierName: Scalars['String']['input'];
};

export type CreateTaxRateInput = {
  inclusive?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  /** Percent as a decimal string, e.g. "19" or "7.5". */
  rate: Scalars['String']['input'];
};

/** A credit note: reduces what an invoice's customer owes, reversing income and tax proportionally. */
export type CreditNote = {
  __typename?: 'CreditNote';
  amount: Money;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  /** The share of the amount that reverses output tax. */
  tax: Money;
};

/** A customer, owned by the customers subgraph; finance adds its invoices and balance. */
export type Customer = {
  __typename?: 'Customer';
  /** What the customer owes per currency (empty when nothing was ever posted). */
  balance: Array<CustomerBalance>;
  /** Invoiced revenue against the cost of goods posted for this customer's shipments, per currency. */
  grossMargin: Array<Margin>;
  id: Scalars['ID']['output'];
  /** This customer's invoices, newest first. */
  invoices: InvoiceConnection;
};


/** A customer, owned by the customers subgraph; finance adds its invoices and balance. */
export type CustomerInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InvoiceStatus>;
};

/** What a customer owes, from the receivables sub-ledger, per currency. */
export type CustomerBalance = {
  __typename?: 'CustomerBalance';
  /** Unallocated payments held for the customer. */
  credit: Money;
  /** receivable - credit. */
  net: Money;
  /** Open receivables. */
  receivable: Money;
};

/** A deal, owned by the sales subgraph; finance adds the invoice drafted when it was won. */
export type Deal = {
  __typename?: 'Deal';
  id: Scalars['ID']['output'];
  /** The invoice of the sale: drafted when the deal was won, or made by its order, if any yet. */
  invoice?: Maybe<Invoice>;
};

/** An employee, owned by the hr subgraph. */
export type Employee = {
  __typename?: 'Employee';
  id: Scalars['ID']['output'];
};

/** An expense claim by an employee. */
export type Expense = {
  __typename?: 'Expense';
  /** Net of tax. */
  amount: Money;
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Files attached to this record, oldest first (at most 100); upload with `createUpload`. */
  attachments: Array<Attachment>;
  category: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  expenseDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  /** hr's payroll run that paid it back (REIMBURSED), and when that run was posted. */
  payrollRunId?: Maybe<Scalars['ID']['output']>;
  postedAt?: Maybe<Scalars['DateTime']['output']>;
  reimbursedAt?: Maybe<Scalars['DateTime']['output']>;
  rejectionReason?: Maybe<Scalars['String']['output']>;
  status: ExpenseStatus;
  submitter: Employee;
  tax: Money;
  taxRatePercent: Scalars['String']['output'];
  /** amount + tax: what the employee is reimbursed. */
  total: Money;
};

export type ExpenseConnection = {
  __typename?: 'ExpenseConnection';
  edges: Array<ExpenseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ExpenseEdge = {
  __typename?: 'ExpenseEdge';
  cursor: Scalars['String']['output'];
  node: Expense;
};

export type ExpenseFilter = {
  status?: InputMaybe<ExpenseStatus>;
  submitterId?: InputMaybe<Scalars['ID']['input']>;
};

export type ExpensePayload = {
  __typename?: 'ExpensePayload';
  expense?: Maybe<Expense>;
  userErrors: Array<UserError>;
};

/** Lifecycle: DRAFT -> SUBMITTED -> APPROVED or REJECTED; APPROVED -> POSTED -> REIMBURSED (by a posted payroll run, which posts it first if needed). */
export type ExpenseStatus =
  /** Approved: hr reimburses it with the next payroll run. */
  | 'APPROVED'
  | 'DRAFT'
  | 'POSTED'
  /** Paid back with a posted payroll run. */
  | 'REIMBURSED'
  | 'REJECTED'
  | 'SUBMITTED';

export type ExpenseTransitionInput = {
  id: Scalars['ID']['input'];
};

/** Per-tenant finance policy. */
export type FinanceSettings = {
  __typename?: 'FinanceSettings';
  /** Each purchase-order receipt drafts and approves its supplier bill at once (the default); false: bills are entered by hand and matched. */
  autoBillReceipts: Scalars['Boolean']['output'];
  /** How far (percent) a hand-entered bill's unit cost and quantity may differ from the order and the receipts and still match. */
  billMatchTolerancePercent: Scalars['String']['output'];
  /** The lock date: no journal entry is dated on or before this day (UTC); null when no period is closed. */
  closedUntil?: Maybe<Scalars['Date']['output']>;
  /**
   * Dunning levels as days overdue, increasing (default 7, 14, 30): an unpaid invoice that many days
   * past its due date reaches that level (`Invoice.dunningLevel`), announced once by `finance.invoice.overdue`.
   * Empty: no dunning.
   */
  dunningDays: Array<Scalars['Int']['output']>;
  invoicingPolicy: InvoicingPolicy;
  /** Every year-end closing entry posted (closeFinancialYear), oldest first. */
  yearEndClosings: Array<YearEndClosing>;
};

export type FinanceSettingsPayload = {
  __typename?: 'FinanceSettingsPayload';
  settings?: Maybe<FinanceSettings>;
  userErrors: Array<UserError>;
};

/** The general ledger of a period as CSV (`generalLedgerExport`). */
export type GeneralLedgerExport = {
  __typename?: 'GeneralLedgerExport';
  /** RFC 4180, CRLF line ends, a header row; text cells that start like a spreadsheet formula are prefixed with '. */
  csv: Scalars['String']['output'];
  currency: Scalars['String']['output'];
  /** Journal entries in the period. */
  entries: Scalars['Int']['output'];
  from: Scalars['DateTime']['output'];
  /** Rows after the header: one per journal line. */
  lines: Scalars['Int']['output'];
  to: Scalars['DateTime']['output'];
  totalCredit: Money;
  /** Sum of the debit column; equals totalCredit, since every entry balances. */
  totalDebit: Money;
};

/** A bill to a customer. */
export type Invoice = {
  __typename?: 'Invoice';
  /** Sum of the credit notes. */
  amountCredited: Money;
  /** total - amountPaid - amountCredited. */
  amountDue: Money;
  /** Sum of the payments applied. */
  amountPaid: Money;
  /** Files attached to this record, oldest first (at most 100); upload with `createUpload`. */
  attachments: Array<Attachment>;
  createdAt: Scalars['DateTime']['output'];
  creditNotes: Array<CreditNote>;
  customer: Customer;
  /** The deal of the sale (sales resolves it). */
  deal?: Maybe<Deal>;
  /** The won deal this invoice was drafted from, if any. */
  dealId?: Maybe<Scalars['ID']['output']>;
  /** Sum of line discounts. */
  discountTotal: Money;
  dueDate: Scalars['Date']['output'];
  /** When the invoice last reached a higher dunning level. */
  dunnedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The dunning level this unpaid invoice has reached (0: no reminder yet; 1: the tenant's first
   * level of `FinanceSettings.dunningDays`, ...). Raised by finance's dunning job, never lowered.
   */
  dunningLevel: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  issuedAt?: Maybe<Scalars['DateTime']['output']>;
  lines: Array<InvoiceLine>;
  /** Human document number, unique per tenant, e.g. INV-000042. */
  number: Scalars['String']['output'];
  /** The order of the sale (sales resolves it). */
  order?: Maybe<Order>;
  /** The sales order this invoice bills, if any. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** True when OPEN or PARTIALLY_PAID and the due date has passed (UTC). */
  overdue: Scalars['Boolean']['output'];
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** The payments applied to this invoice. */
  payments: Array<Payment>;
  /** True when line prices include tax (tax is carved out), false when tax is added on top. */
  pricesIncludeTax: Scalars['Boolean']['output'];
  /**
   * What the invoice was created from: `manual:<id>`, `deal:<dealId>`, `order:<orderId>`, or work
   * billed by operations, `operations:timesheet:<id>` / `operations:milestone:<id>`.
   */
  source: Scalars['String']['output'];
  status: InvoiceStatus;
  /** Sum of line amounts net of tax, after discounts. */
  subtotal: Money;
  /** Sum of line taxes. */
  taxTotal: Money;
  /** subtotal + taxTotal. */
  total: Money;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change: send it as `expectedVersion` to refuse overwriting a newer edit. */
  version: Scalars['Int']['output'];
  voidedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  edges: Array<InvoiceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  cursor: Scalars['String']['output'];
  node: Invoice;
};

export type InvoiceFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** The invoice finance made for this sales order when it was fulfilled. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<InvoiceStatus>;
};

export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  description: Scalars['String']['output'];
  discount: Money;
  /** Discount in percent, e.g. "10". */
  discountPercent: Scalars['String']['output'];
  /** Net of tax, after discount. */
  net: Money;
  /** inventory's Product id, when the line is a product. */
  productId?: Maybe<Scalars['ID']['output']>;
  quantity: Scalars['Int']['output'];
  tax: Money;
  /** Tax rate in percent, e.g. "19". */
  taxRatePercent: Scalars['String']['output'];
  /** net + tax. */
  total: Money;
  unitPrice: Money;
};

export type InvoiceLineInput = {
  description: Scalars['String']['input'];
  /** Discount in percent as a decimal string ("10", "2.5"); none when omitted. */
  discount?: InputMaybe<Scalars['String']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Int']['input'];
  /** Tax rate in percent as a decimal string ("19"); none when omitted. Exclusive of taxRateId. */
  taxRate?: InputMaybe<Scalars['String']['input']>;
  /** One of the tenant's tax rates, instead of taxRate. */
  taxRateId?: InputMaybe<Scalars['ID']['input']>;
  unitPrice: MoneyInput;
};

export type InvoicePayload = {
  __typename?: 'InvoicePayload';
  invoice?: Maybe<Invoice>;
  userErrors: Array<UserError>;
};

/** How a list of invoices is ordered; ties keep creation order. Pages stay stable (keyset cursors). */
export type InvoiceSort =
  /** Soonest due date first. */
  | 'DUE_DATE_ASC'
  | 'DUE_DATE_DESC'
  | 'NEWEST_FIRST'
  | 'OLDEST_FIRST'
  | 'TOTAL_ASC'
  /** Largest total first. */
  | 'TOTAL_DESC';

/** Lifecycle: DRAFT -> OPEN -> PARTIALLY_PAID -> PAID; DRAFT or OPEN (nothing received) -> VOID. */
export type InvoiceStatus =
  | 'DRAFT'
  | 'OPEN'
  | 'PAID'
  | 'PARTIALLY_PAID'
  | 'VOID';

export type InvoiceTransitionInput = {
  id: Scalars['ID']['input'];
};

/**
 * When a sale is invoiced. Whatever the policy, one sale gives one invoice: the order of a won deal's
 * quote is billed on the invoice drafted for the deal, never a second one; fulfilment invoices an order
 * that has none issued yet under every policy.
 */
export type InvoicingPolicy =
  /** Issued when the deal is won, from the deal's lines. */
  | 'ON_DEAL_WON'
  /** Issued when the order is confirmed, from the order's lines (a won deal's draft takes them). */
  | 'ON_ORDER_CONFIRMED'
  /** Issued when the order is fulfilled (the default); a won deal's invoice stays DRAFT until then. */
  | 'ON_ORDER_FULFILLED';

/** A posted, balanced, immutable journal entry. */
export type JournalEntry = {
  __typename?: 'JournalEntry';
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lines: Array<JournalLine>;
  memo: Scalars['String']['output'];
  number: Scalars['String']['output'];
  /** The entry this one reverses, if it is a reversal. */
  reverses?: Maybe<JournalEntry>;
  /** What posted it, e.g. invoice:<id>:issue; unique per tenant. */
  source: Scalars['String']['output'];
  /** Sum of the debits (= sum of the credits). */
  total: Money;
};

export type JournalEntryConnection = {
  __typename?: 'JournalEntryConnection';
  edges: Array<JournalEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type JournalEntryEdge = {
  __typename?: 'JournalEntryEdge';
  cursor: Scalars['String']['output'];
  node: JournalEntry;
};

export type JournalEntryFilter = {
  /** Entries whose source starts with this, e.g. invoice:<id>. */
  sourcePrefix?: InputMaybe<Scalars['String']['input']>;
};

export type JournalEntryPayload = {
  __typename?: 'JournalEntryPayload';
  journalEntry?: Maybe<JournalEntry>;
  userErrors: Array<UserError>;
};

export type JournalLine = {
  __typename?: 'JournalLine';
  account: LedgerAccount;
  credit: Money;
  debit: Money;
  memo?: Maybe<Scalars['String']['output']>;
  /** The customer, supplier or employee the line concerns, if any. */
  partyId?: Maybe<Scalars['ID']['output']>;
};

export type JournalLineInput = {
  accountCode: Scalars['String']['input'];
  credit?: InputMaybe<Scalars['String']['input']>;
  /** Exactly one of debit and credit, as a decimal string in the entry's currency. */
  debit?: InputMaybe<Scalars['String']['input']>;
  memo?: InputMaybe<Scalars['String']['input']>;
};

/** An account of the chart of accounts. */
export type LedgerAccount = {
  __typename?: 'LedgerAccount';
  /** Account code, e.g. 1100. */
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  type: AccountType;
};

/** Revenue against the cost of goods actually posted for it, in one currency. */
export type Margin = {
  __typename?: 'Margin';
  /** Cost of goods sold posted for the shipments (moving-average cost of each movement). */
  costOfGoodsSold: Money;
  /** revenue - costOfGoodsSold. */
  grossMargin: Money;
  /** grossMargin / revenue in percent, two decimals (null without revenue). */
  percent?: Maybe<Scalars['String']['output']>;
  /** Invoiced net of tax, discounts and credit notes. */
  revenue: Money;
};

/** An exact amount of money. Stored as integer minor units; never a float. */
export type Money = {
  __typename?: 'Money';
  /** Decimal string with the currency's minor-unit digits, e.g. "1234.50". */
  amount: Scalars['String']['output'];
  /** ISO-4217 currency code, e.g. EUR. */
  currency: Scalars['String']['output'];
};

/** An amount of money given as input. */
export type MoneyInput = {
  /** Decimal string, e.g. "1234.50"; no more decimals than the currency has. */
  amount: Scalars['String']['input'];
  /** ISO-4217 currency code, e.g. EUR. */
  currency: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** SUBMITTED -> APPROVED. */
  approveExpense: ExpensePayload;
  /** DRAFT -> OPEN: posts purchases and input tax against accounts payable. */
  approveSupplierBill: SupplierBillPayload;
  /**
   * Accepts a held bill's differences from its purchase order and receipts, with a reason: the bill
   * can then be approved (its price and quantity differences post to the variance account) and paid.
   * Needs `finance:approve`, which the FINANCE role does not have.
   */
  approveSupplierBillVariance: SupplierBillPayload;
  /**
   * Closes the financial year ending `yearEnd` (a day that has ended). The books are locked up to that
   * day (the lock date moves there if it is earlier), then every income and expense account's balance
   * up to it moves into retained earnings (3100) by one closing entry per currency, dated the year's
   * last instant (source `year-end:<day>:<currency>:<n>`). `profitAndLoss` still shows the year's
   * result (it leaves closing entries out); the balance sheet shows it in retained earnings rather than
   * current earnings. Safe to repeat: a closed year posts nothing more, and after a reopened period
   * gained postings, closing again moves just what they added. Recorded in the audit log (YEAR_CLOSED).
   */
  closeFinancialYear: CloseFinancialYearPayload;
  /**
   * Closes the books up to `until` (inclusive, a day that has ended): no journal entry is dated on or
   * before it from now on. A user's posting dated there (a manual entry, a payment received or a bill
   * paid on that day) is refused with PERIOD_CLOSED and nothing is written; a posting of a fact already
   * recorded elsewhere (a stock movement, a payroll run, an event arriving late) is dated on the first
   * open day instead. The lock date only moves forward here; recorded in the audit log.
   */
  closePeriod: FinanceSettingsPayload;
  /** Issues a credit note against an OPEN or PARTIALLY_PAID invoice, reducing what is due. */
  createCreditNote: InvoicePayload;
  /** Creates a DRAFT expense claim. */
  createExpense: ExpensePayload;
  /** Creates a DRAFT invoice. */
  createInvoice: InvoicePayload;
  /** Creates a DRAFT supplier bill. */
  createSupplierBill: SupplierBillPayload;
  /** Creates a named tax rate for the tenant. */
  createTaxRate: TaxRatePayload;
  /** DRAFT -> OPEN: the invoice is sent and becomes payable; posts receivable, income and output tax. */
  issueInvoice: InvoicePayload;
  /** Matches a DRAFT bill of a purchase order again against the order's receipts and other bills (goods may have arrived since). */
  matchSupplierBill: SupplierBillPayload;
  /** Pays (part of) an OPEN or PARTIALLY_PAID bill. Retries with the same idempotencyKey change nothing. */
  paySupplierBill: SupplierBillPayload;
  /** APPROVED -> POSTED: posts the expense and input tax against reimbursements payable. */
  postExpense: ExpensePayload;
  /** Posts a manual journal entry (must balance exactly). Retries with the same idempotencyKey post once. */
  postJournalEntry: JournalEntryPayload;
  /** Receives a customer payment, allocated to one or more invoices; the unallocated rest stays as customer credit. Retries with the same idempotencyKey change nothing. */
  receivePayment: PaymentPayload;
  /** Records a payment of the invoice's customer wholly allocated to this invoice; it becomes PARTIALLY_PAID or PAID. Retries with the same idempotencyKey change nothing. */
  recordPayment: InvoicePayload;
  /** SUBMITTED -> REJECTED. */
  rejectExpense: ExpensePayload;
  /**
   * Moves the lock date back to `until` (or clears it), for a correction that cannot go into the open
   * period. Needs `finance:reopen`, which the FINANCE role does not have; recorded in the audit log with its reason.
   */
  reopenPeriod: FinanceSettingsPayload;
  /** Posts the entry reversing a posted one (once); posted entries are never edited. */
  reverseJournalEntry: JournalEntryPayload;
  /** DRAFT -> SUBMITTED. */
  submitExpense: ExpensePayload;
  /** Changes the tenant's finance settings (when sales are invoiced). */
  updateFinanceSettings: FinanceSettingsPayload;
  /**
   * Corrects a DRAFT invoice (nothing is posted for a draft): due date, whether prices include tax,
   * and the lines, replaced as a whole and totalled exactly as createInvoice totals them. Any other
   * status is refused with ILLEGAL_TRANSITION and nothing is written. The customer and currency stay:
   * the invoice may bill a deal's or order's sale, whose customer and currency it carries (void the
   * draft and create another instead). A won deal's draft takes its order's lines when the order is
   * invoiced (InvoicingPolicy), replacing lines corrected here.
   */
  updateInvoice: InvoicePayload;
  /**
   * Corrects a DRAFT supplier bill, before it is approved (approving posts it; then it is paid): the
   * supplier's name as printed, the due date, and the lines, replaced as a whole and totalled exactly
   * as createSupplierBill totals them. A bill of a purchase order is matched again against the
   * order's receipts with its new lines (an approved variance no longer applies to them). Any other
   * status is refused with ILLEGAL_TRANSITION and nothing is written. The supplier, currency and
   * purchase order stay: the lines are priced in the bill's currency and matched against that
   * order's receipts of that supplier (void the draft and enter another instead).
   */
  updateSupplierBill: SupplierBillPayload;
  /** Corrects a tax rate's name, percent or inclusive default; documents already drafted or issued keep the percent they were given. */
  updateTaxRate: TaxRatePayload;
  /** DRAFT or OPEN (nothing received) -> VOID; an issued invoice's posting is reversed. */
  voidInvoice: InvoicePayload;
  /** DRAFT or OPEN (unpaid) -> VOID; an approved bill's posting is reversed. */
  voidSupplierBill: SupplierBillPayload;
};


export type MutationApproveExpenseArgs = {
  input: ExpenseTransitionInput;
};


export type MutationApproveSupplierBillArgs = {
  input: SupplierBillTransitionInput;
};


export type MutationApproveSupplierBillVarianceArgs = {
  input: ApproveSupplierBillVarianceInput;
};


export type MutationCloseFinancialYearArgs = {
  input: CloseFinancialYearInput;
};


export type MutationClosePeriodArgs = {
  input: ClosePeriodInput;
};


export type MutationCreateCreditNoteArgs = {
  input: CreateCreditNoteInput;
};


export type MutationCreateExpenseArgs = {
  input: CreateExpenseInput;
};


export type MutationCreateInvoiceArgs = {
  input: CreateInvoiceInput;
};


export type MutationCreateSupplierBillArgs = {
  input: CreateSupplierBillInput;
};


export type MutationCreateTaxRateArgs = {
  input: CreateTaxRateInput;
};


export type MutationIssueInvoiceArgs = {
  input: InvoiceTransitionInput;
};


export type MutationMatchSupplierBillArgs = {
  input: SupplierBillTransitionInput;
};


export type MutationPaySupplierBillArgs = {
  input: PaySupplierBillInput;
};


export type MutationPostExpenseArgs = {
  input: ExpenseTransitionInput;
};


export type MutationPostJournalEntryArgs = {
  input: PostJournalEntryInput;
};


export type MutationReceivePaymentArgs = {
  input: ReceivePaymentInput;
};


export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


export type MutationRejectExpenseArgs = {
  input: RejectExpenseInput;
};


export type MutationReopenPeriodArgs = {
  input: ReopenPeriodInput;
};


export type MutationReverseJournalEntryArgs = {
  input: ReverseJournalEntryInput;
};


export type MutationSubmitExpenseArgs = {
  input: ExpenseTransitionInput;
};


export type MutationUpdateFinanceSettingsArgs = {
  input: UpdateFinanceSettingsInput;
};


export type MutationUpdateInvoiceArgs = {
  input: UpdateInvoiceInput;
};


export type MutationUpdateSupplierBillArgs = {
  input: UpdateSupplierBillInput;
};


export type MutationUpdateTaxRateArgs = {
  input: UpdateTaxRateInput;
};


export type MutationVoidInvoiceArgs = {
  input: InvoiceTransitionInput;
};


export type MutationVoidSupplierBillArgs = {
  input: SupplierBillTransitionInput;
};

/** A sales order, owned by the sales subgraph; finance adds its invoice and margin. */
export type Order = {
  __typename?: 'Order';
  id: Scalars['ID']['output'];
  /** The invoice of the sale this order belongs to (one per sale), if any yet. */
  invoice?: Maybe<Invoice>;
  /** Every invoice of the order, oldest first: the sale's one, or one per part when it shipped in parts (they add up to the order). */
  invoices: Array<Invoice>;
  /** Revenue invoiced for the order against the cost of goods its shipments posted (null before either). */
  margin?: Maybe<Margin>;
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PaySupplierBillInput = {
  amount: MoneyInput;
  billId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  paidAt?: InputMaybe<Scalars['DateTime']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** Money received from a customer, allocated to invoices; the unallocated rest is customer credit. */
export type Payment = {
  __typename?: 'Payment';
  /** What was applied to invoices. */
  allocated: Money;
  allocations: Array<PaymentAllocation>;
  amount: Money;
  customer: Customer;
  id: Scalars['ID']['output'];
  /** Document number derived from the id, e.g. PAY-6B09CE4A736E401F6CF1C3AE. */
  number: Scalars['String']['output'];
  receivedAt: Scalars['DateTime']['output'];
  /** Bank or card reference, if given. */
  reference?: Maybe<Scalars['String']['output']>;
  /** PENDING while being applied (a crash leaves it so until completed), then COMPLETED. */
  status: PaymentStatus;
  /** What was not applied: kept as customer credit. */
  unallocated: Money;
};

/** Part of a payment applied to one invoice. */
export type PaymentAllocation = {
  __typename?: 'PaymentAllocation';
  amount: Money;
  invoice?: Maybe<Invoice>;
  /** APPLIED, PENDING, or REFUSED (the invoice could no longer take it; the amount became credit). */
  status: PaymentAllocationStatus;
};

export type PaymentAllocationInput = {
  amount: MoneyInput;
  invoiceId: Scalars['ID']['input'];
};

export type PaymentAllocationStatus =
  | 'APPLIED'
  | 'PENDING'
  | 'REFUSED';

export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  edges: Array<PaymentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  cursor: Scalars['String']['output'];
  node: Payment;
};

export type PaymentFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
};

export type PaymentPayload = {
  __typename?: 'PaymentPayload';
  payment?: Maybe<Payment>;
  userErrors: Array<UserError>;
};

export type PaymentStatus =
  | 'COMPLETED'
  | 'PENDING';

export type PostJournalEntryInput = {
  currency: Scalars['String']['input'];
  date?: InputMaybe<Scalars['DateTime']['input']>;
  /** Makes retries safe: the entry is posted once per key. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines: Array<JournalLineInput>;
  memo: Scalars['String']['input'];
};

export type ProfitAndLoss = {
  __typename?: 'ProfitAndLoss';
  expenses: Array<ReportLine>;
  from: Scalars['DateTime']['output'];
  income: Array<ReportLine>;
  netIncome: Money;
  to: Scalars['DateTime']['output'];
  totalExpenses: Money;
  totalIncome: Money;
};

export type Query = {
  __typename?: 'Query';
  /**
   * One account's ledger over `from`..`to` (inclusive, at most 3660 days) in one currency: the opening
   * balance, each line dated in the period, oldest first, with the entry and source document that
   * posted it and the running balance after it (the account's normal direction), `first` lines
   * (at most 100) after the cursor `after`, and the closing balance.
   */
  accountLedger: AccountLedgerConnection;
  /** The tenant's chart of accounts, by code (seeded on first use). */
  accounts: Array<LedgerAccount>;
  /** What is owed to suppliers at `at` (default now), by days past due: approved supplier bills less the payments made by then. */
  apAging: ApAging;
  /** What each customer owed at `at` (default now), by days past due. */
  arAging: ArAging;
  /** Assets, liabilities and equity at `at` (default now) in one currency. */
  balanceSheet: BalanceSheet;
  /**
   * Cash and bank (accounts 1000-1099) over `from`..`to`, direct method: the receipts and payments of
   * every entry that moves cash, by counter-account, in operating (income, expense, current assets and
   * liabilities), investing (non-current assets 1500-1999) and financing (long-term liabilities
   * 2500-2999, equity) sections. closingCash = openingCash + netChange.
   */
  cashFlowStatement: CashFlowStatement;
  /** One expense claim, or null. */
  expense?: Maybe<Expense>;
  /** Expense claims, newest first. */
  expenses: ExpenseConnection;
  /** The tenant's finance settings (the invoicing policy). */
  financeSettings: FinanceSettings;
  /**
   * Every journal line dated `from`..`to` (inclusive, at most 3660 days and 20,000 lines: a longer
   * period is exported in parts) in one currency, as CSV for an accountant or another system: one
   * row per line in ledger order (date, entry number and id, source and its document, account code
   * and name, party, memo, debit, credit, currency), with the counts and totals to check it by.
   */
  generalLedgerExport: GeneralLedgerExport;
  /**
   * The balance of the inventory account (1200) over entries dated up to `at` (default now): what the
   * ledger says the stock is worth. Equals inventory's `inventoryValuation(at).total` once both have
   * seen the same movements (docs/api/finance.md, Cost of goods and inventory).
   */
  inventoryLedgerBalance: Money;
  /** One invoice of the caller's tenant, or null. */
  invoice?: Maybe<Invoice>;
  /** The tenant's invoices, filtered and sorted (newest first by default). */
  invoices: InvoiceConnection;
  /** Posted journal entries, newest first. */
  journalEntries: JournalEntryConnection;
  /** One journal entry, or null. */
  journalEntry?: Maybe<JournalEntry>;
  /** One customer payment, or null. */
  payment?: Maybe<Payment>;
  /** The tenant's customer payments, newest first. */
  payments: PaymentConnection;
  /** Income and expenses over entries dated from `from` to `to` (inclusive) in one currency. */
  profitAndLoss: ProfitAndLoss;
  /** One supplier bill, or null. */
  supplierBill?: Maybe<SupplierBill>;
  /** Supplier bills (accounts payable), filtered and sorted (newest first by default). */
  supplierBills: SupplierBillConnection;
  /** Output tax, input tax and the net tax payable over a period. */
  taxPayable: TaxPayableReport;
  /** The tenant's tax rates, by name. */
  taxRates: Array<TaxRate>;
  /** Debit and credit totals of every account over all entries dated up to `at` (default now). Debits equal credits per currency. */
  trialBalance: TrialBalance;
};


export type QueryAccountLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  currency?: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryApAgingArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  currency?: Scalars['String']['input'];
};


export type QueryArAgingArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  currency?: Scalars['String']['input'];
};


export type QueryBalanceSheetArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  currency?: Scalars['String']['input'];
};


export type QueryCashFlowStatementArgs = {
  currency?: Scalars['String']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryExpenseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExpensesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpenseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGeneralLedgerExportArgs = {
  currency?: Scalars['String']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryInventoryLedgerBalanceArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  currency?: Scalars['String']['input'];
};


export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<InvoiceSort>;
};


export type QueryJournalEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JournalEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryJournalEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPaymentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProfitAndLossArgs = {
  currency?: Scalars['String']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QuerySupplierBillArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupplierBillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupplierBillFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SupplierBillSort>;
};


export type QueryTaxPayableArgs = {
  currency?: Scalars['String']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryTrialBalanceArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ReceivePaymentInput = {
  /** Invoices (of this customer) to pay and how much of each; their sum may not exceed the amount. */
  allocations?: InputMaybe<Array<PaymentAllocationInput>>;
  amount: MoneyInput;
  customerId: Scalars['ID']['input'];
  /** Makes retries safe: a second payment with the same key is not recorded again (an interrupted one is completed). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type RecordPaymentInput = {
  amount: MoneyInput;
  /** Makes retries safe: a second payment with the same key on the same invoice is not recorded again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  invoiceId: Scalars['ID']['input'];
  /** When the money arrived; defaults to now. */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type RejectExpenseInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type ReopenPeriodInput = {
  /** Why the closed period is reopened (kept in the audit log). */
  reason: Scalars['String']['input'];
  /** The new lock date, before the current one; null opens every period. */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** An account's amount in a report, in its normal direction. */
export type ReportLine = {
  __typename?: 'ReportLine';
  account: LedgerAccount;
  amount: Money;
};

export type ReverseJournalEntryInput = {
  id: Scalars['ID']['input'];
};

/** The document a journal entry was posted for. */
export type SourceDocument = {
  __typename?: 'SourceDocument';
  /** What the posting was for: issue, void, credit:<id>, receive, post, paid, payment:<id>... */
  event?: Maybe<Scalars['String']['output']>;
  /** Its id (MANUAL: the idempotency key; REVERSAL: the reversed entry's id). */
  id: Scalars['String']['output'];
  type: SourceDocumentType;
};

export type SourceDocumentType =
  | 'EXPENSE'
  | 'INVOICE'
  | 'MANUAL'
  | 'PAYMENT'
  | 'PAYROLL_RUN'
  | 'REVERSAL'
  | 'STOCK_MOVEMENT'
  | 'SUPPLIER_BILL';

/**
 * Real-time events, delivered by the gateway over graphql-ws on /graphql (docs/subscriptions.md).
 * Each event is the current state of the entity, resolved through the normal federated query path
 * with the subscriber's credentials, so any federated field may be selected on it.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** An invoice changed status; optionally only this customer's. */
  invoiceStatusChanged: Invoice;
  /** A customer payment was received and applied. */
  paymentReceived: Payment;
};


/**
 * Real-time events, delivered by the gateway over graphql-ws on /graphql (docs/subscriptions.md).
 * Each event is the current state of the entity, resolved through the normal federated query path
 * with the subscriber's credentials, so any federated field may be selected on it.
 */
export type SubscriptionInvoiceStatusChangedArgs = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
};

/** A bill from a supplier (accounts payable). */
export type SupplierBill = {
  __typename?: 'SupplierBill';
  amountDue: Money;
  amountPaid: Money;
  /** Files attached to this record, oldest first (at most 100); upload with `createUpload`. */
  attachments: Array<Attachment>;
  createdAt: Scalars['DateTime']['output'];
  dueDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  lines: Array<SupplierBillLine>;
  /**
   * The three-way match of a hand-entered bill that names a purchase order (null otherwise, and for
   * the bills drafted from receipts, which are the receipt): MISMATCHED holds it, neither approved nor
   * paid, until it matches again or its variance is approved.
   */
  match?: Maybe<SupplierBillMatch>;
  net: Money;
  number: Scalars['String']['output'];
  payments: Array<SupplierBillPayment>;
  /** The purchase order and receipt this bill came from, if any. */
  purchaseOrderId?: Maybe<Scalars['ID']['output']>;
  receiptId?: Maybe<Scalars['ID']['output']>;
  status: SupplierBillStatus;
  /** inventory's supplier id. */
  supplierId: Scalars['ID']['output'];
  supplierName: Scalars['String']['output'];
  tax: Money;
  total: Money;
  /** Increases with every change: send it as `expectedVersion` to refuse overwriting a newer edit. */
  version: Scalars['Int']['output'];
};

export type SupplierBillConnection = {
  __typename?: 'SupplierBillConnection';
  edges: Array<SupplierBillEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SupplierBillEdge = {
  __typename?: 'SupplierBillEdge';
  cursor: Scalars['String']['output'];
  node: SupplierBill;
};

export type SupplierBillFilter = {
  status?: InputMaybe<SupplierBillStatus>;
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};

export type SupplierBillLine = {
  __typename?: 'SupplierBillLine';
  description: Scalars['String']['output'];
  net: Money;
  productId?: Maybe<Scalars['ID']['output']>;
  quantity: Scalars['Int']['output'];
  tax: Money;
  taxRatePercent: Scalars['String']['output'];
  total: Money;
  unitCost: Money;
};

export type SupplierBillLineInput = {
  description: Scalars['String']['input'];
  /** inventory's product the line bills (matched against the purchase order's receipts). */
  productId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Int']['input'];
  taxRate?: InputMaybe<Scalars['String']['input']>;
  unitCost: MoneyInput;
};

export type SupplierBillMatch = {
  __typename?: 'SupplierBillMatch';
  approvalReason?: Maybe<Scalars['String']['output']>;
  /** VARIANCE_APPROVED: who accepted the differences (`user:<id>` or `apikey:<id>`) and why. */
  approvedBy?: Maybe<Scalars['String']['output']>;
  checkedAt: Scalars['DateTime']['output'];
  reasons: Array<SupplierBillMismatch>;
  /** What the bill clears from goods received not invoiced: billed units up to those received and unbilled, at the order's cost. The rest of its net is variance. */
  received: Money;
  status: SupplierBillMatchStatus;
  /** The tolerance it was matched with (the tenant's setting then). */
  tolerancePercent: Scalars['String']['output'];
};

export type SupplierBillMatchStatus =
  /** Every line within the tolerance of the order's price and the units received and not yet billed. */
  | 'MATCHED'
  /** At least one line differs beyond the tolerance (see `reasons`): the bill is held. */
  | 'MISMATCHED'
  /** The differences were accepted by someone with `finance:approve`. */
  | 'VARIANCE_APPROVED';

export type SupplierBillMismatch = {
  __typename?: 'SupplierBillMismatch';
  code: SupplierBillMismatchCode;
  /** The bill line (0-based). */
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export type SupplierBillMismatchCode =
  /** The line names no product. */
  | 'NOT_ON_ORDER'
  /** The product was not received on the purchase order. */
  | 'NOT_RECEIVED'
  /** The unit cost differs from the purchase order's. */
  | 'PRICE'
  /** More units billed than were received and not yet billed. */
  | 'QUANTITY';

export type SupplierBillPayload = {
  __typename?: 'SupplierBillPayload';
  supplierBill?: Maybe<SupplierBill>;
  userErrors: Array<UserError>;
};

export type SupplierBillPayment = {
  __typename?: 'SupplierBillPayment';
  amount: Money;
  id: Scalars['ID']['output'];
  paidAt: Scalars['DateTime']['output'];
  reference?: Maybe<Scalars['String']['output']>;
};

/** How a list of supplier bills is ordered; ties keep creation order. Pages stay stable (keyset cursors). */
export type SupplierBillSort =
  /** Soonest due date first. */
  | 'DUE_DATE_ASC'
  | 'DUE_DATE_DESC'
  | 'NEWEST_FIRST'
  | 'OLDEST_FIRST';

/** Lifecycle: DRAFT -> OPEN -> PARTIALLY_PAID -> PAID; DRAFT or OPEN (unpaid) -> VOID. */
export type SupplierBillStatus =
  | 'DRAFT'
  | 'OPEN'
  | 'PAID'
  | 'PARTIALLY_PAID'
  | 'VOID';

export type SupplierBillTransitionInput = {
  id: Scalars['ID']['input'];
};

export type TaxPayableReport = {
  __typename?: 'TaxPayableReport';
  from: Scalars['DateTime']['output'];
  /** Tax paid on purchases and expenses. */
  inputTax: Money;
  /** outputTax - inputTax. */
  netPayable: Money;
  /** Tax charged on sales, less credit notes. */
  outputTax: Money;
  to: Scalars['DateTime']['output'];
};

/** A named tax rate of the tenant. */
export type TaxRate = {
  __typename?: 'TaxRate';
  id: Scalars['ID']['output'];
  /** Prices using this rate include the tax by default. */
  inclusive: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Percent, e.g. "19". */
  ratePercent: Scalars['String']['output'];
  /** Increases with every change: send it as `expectedVersion` to refuse overwriting a newer edit. */
  version: Scalars['Int']['output'];
};

export type TaxRatePayload = {
  __typename?: 'TaxRatePayload';
  taxRate?: Maybe<TaxRate>;
  userErrors: Array<UserError>;
};

/** Debits and credits per account; per currency, total debits equal total credits. */
export type TrialBalance = {
  __typename?: 'TrialBalance';
  at: Scalars['DateTime']['output'];
  rows: Array<TrialBalanceRow>;
  totals: Array<TrialBalanceTotal>;
};

export type TrialBalanceRow = {
  __typename?: 'TrialBalanceRow';
  account: LedgerAccount;
  /** Debit - credit (negative for a credit balance). */
  balance: Money;
  credit: Money;
  debit: Money;
};

export type TrialBalanceTotal = {
  __typename?: 'TrialBalanceTotal';
  credit: Money;
  debit: Money;
};

export type UpdateFinanceSettingsInput = {
  autoBillReceipts?: InputMaybe<Scalars['Boolean']['input']>;
  /** A decimal percent, e.g. "2" or "0.5". */
  billMatchTolerancePercent?: InputMaybe<Scalars['String']['input']>;
  /** Up to 5 levels, each 1 to 365 days overdue, in increasing order; [] turns dunning off. Reached levels are never lowered. */
  dunningDays?: InputMaybe<Array<Scalars['Int']['input']>>;
  invoicingPolicy?: InputMaybe<InvoicingPolicy>;
};

/** Fields left out stay as they are; a correction that changes nothing writes nothing (the version stays). */
export type UpdateInvoiceInput = {
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** The `version` last read: an invoice changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** The new lines, replacing all of them; in the invoice's currency. */
  lines?: InputMaybe<Array<InvoiceLineInput>>;
  /** Line prices include tax; the lines (given or kept) are totalled again. */
  pricesIncludeTax?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Fields left out stay as they are; a correction that changes nothing writes nothing (the version stays). */
export type UpdateSupplierBillInput = {
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** The `version` last read: a bill changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** The new lines, replacing all of them; in the bill's currency. */
  lines?: InputMaybe<Array<SupplierBillLineInput>>;
  supplierName?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTaxRateInput = {
  /** The `version` last read: a rate changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  inclusive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Unique per tenant. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Percent as a decimal string, e.g. "19" or "7.5". */
  rate?: InputMaybe<Scalars['String']['input']>;
};

/** An expected failure of a mutation: invalid input or an illegal state transition. Nothing was changed. */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ["input", "lines", "0", "quantity"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type UserErrorCode =
  /** The record changed concurrently; retry. */
  | 'CONFLICT'
  /** Amounts in different currencies were combined. */
  | 'CURRENCY_MISMATCH'
  /** The record's current status does not allow this change. */
  | 'ILLEGAL_TRANSITION'
  /** Not enough allowance left (e.g. time-off days of the year). */
  | 'INSUFFICIENT_BALANCE'
  /** Not enough stock to take out. */
  | 'INSUFFICIENT_STOCK'
  /** The value is malformed or out of range. */
  | 'INVALID'
  /** The credentials were not accepted (never says which part was wrong). */
  | 'INVALID_CREDENTIALS'
  /** A supplier bill does not match its purchase order and receipts (its `match.reasons` say how); held until matched or its variance approved. */
  | 'MATCH_MISMATCH'
  /** A referenced record does not exist for this tenant. */
  | 'NOT_FOUND'
  /** The period overlaps another one that is already taken (e.g. approved time off). */
  | 'OVERLAPPING'
  /** A payment exceeds the amount due. */
  | 'OVERPAYMENT'
  /** The date falls in a closed accounting period (on or before the tenant's lock date); post into the open period, or reopen it. */
  | 'PERIOD_CLOSED'
  /** A required value is missing. */
  | 'REQUIRED'
  /** The value must be unique and is already used. */
  | 'TAKEN'
  /** Too many attempts; wait before trying again. */
  | 'THROTTLED';

/** One closing entry of a financial year: the result it moved into retained earnings. */
export type YearEndClosing = {
  __typename?: 'YearEndClosing';
  entry: JournalEntry;
  /** Income less expenses moved (negative for a loss). */
  netIncome: Money;
  postedAt: Scalars['DateTime']['output'];
  /** The year's last day. */
  yearEnd: Scalars['Date']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Customer: Customer;
  Deal: Deal;
  Invoice: Invoice;
  Order: Order;
  Payment: Payment;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Deal:
    ( { __typename: 'Deal' }
    & GraphQLRecursivePick<FederationTypes['Deal'], {"id":true}> );
  Invoice:
    ( { __typename: 'Invoice' }
    & GraphQLRecursivePick<FederationTypes['Invoice'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  Payment:
    ( { __typename: 'Payment' }
    & GraphQLRecursivePick<FederationTypes['Payment'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccountLedgerConnection: ResolverTypeWrapper<AccountLedgerModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccountLedgerEdge: ResolverTypeWrapper<Omit<AccountLedgerEdge, 'node'> & { node: ResolversTypes['AccountLedgerLine'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccountLedgerLine: ResolverTypeWrapper<AccountLedgerLineModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccountType: AccountType;
  AgingBuckets: ResolverTypeWrapper<AgingBucketsModel>;
  ApAging: ResolverTypeWrapper<ApAgingModel>;
  ApAgingRow: ResolverTypeWrapper<ApAgingRowModel>;
  ApproveSupplierBillVarianceInput: ApproveSupplierBillVarianceInput;
  ArAging: ResolverTypeWrapper<ArAgingModel>;
  ArAgingRow: ResolverTypeWrapper<ArAgingRowModel>;
  Attachment: ResolverTypeWrapper<AttachmentDoc>;
  AttachmentOwnerType: AttachmentOwnerType;
  BalanceSheet: ResolverTypeWrapper<BalanceSheetModel>;
  CashFlowLine: ResolverTypeWrapper<CashFlowLineModel>;
  CashFlowSection: ResolverTypeWrapper<CashFlowSectionModel>;
  CashFlowStatement: ResolverTypeWrapper<CashFlowStatementModel>;
  CloseFinancialYearInput: CloseFinancialYearInput;
  CloseFinancialYearPayload: ResolverTypeWrapper<Omit<CloseFinancialYearPayload, 'closingEntries' | 'settings'> & { closingEntries?: Maybe<Array<ResolversTypes['JournalEntry']>>, settings?: Maybe<ResolversTypes['FinanceSettings']> }>;
  ClosePeriodInput: ClosePeriodInput;
  CreateCreditNoteInput: CreateCreditNoteInput;
  CreateExpenseInput: CreateExpenseInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateInvoiceInput: CreateInvoiceInput;
  CreateSupplierBillInput: CreateSupplierBillInput;
  CreateTaxRateInput: CreateTaxRateInput;
  CreditNote: ResolverTypeWrapper<CreditNoteView>;
  Customer: ResolverTypeWrapper<CustomerRef>;
  CustomerBalance: ResolverTypeWrapper<CustomerBalanceModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deal: ResolverTypeWrapper<DealRef>;
  Employee: ResolverTypeWrapper<EmployeeRef>;
  Expense: ResolverTypeWrapper<ExpenseDoc>;
  ExpenseConnection: ResolverTypeWrapper<ExpenseConnectionModel>;
  ExpenseEdge: ResolverTypeWrapper<Omit<ExpenseEdge, 'node'> & { node: ResolversTypes['Expense'] }>;
  ExpenseFilter: ExpenseFilter;
  ExpensePayload: ResolverTypeWrapper<Omit<ExpensePayload, 'expense'> & { expense?: Maybe<ResolversTypes['Expense']> }>;
  ExpenseStatus: ExpenseStatus;
  ExpenseTransitionInput: ExpenseTransitionInput;
  FinanceSettings: ResolverTypeWrapper<FinanceSettingsDoc>;
  FinanceSettingsPayload: ResolverTypeWrapper<Omit<FinanceSettingsPayload, 'settings'> & { settings?: Maybe<ResolversTypes['FinanceSettings']> }>;
  GeneralLedgerExport: ResolverTypeWrapper<LedgerExportModel>;
  Invoice: ResolverTypeWrapper<InvoiceDoc>;
  InvoiceConnection: ResolverTypeWrapper<InvoiceConnectionModel>;
  InvoiceEdge: ResolverTypeWrapper<Omit<InvoiceEdge, 'node'> & { node: ResolversTypes['Invoice'] }>;
  InvoiceFilter: InvoiceFilter;
  InvoiceLine: ResolverTypeWrapper<InvoiceLineView>;
  InvoiceLineInput: InvoiceLineInput;
  InvoicePayload: ResolverTypeWrapper<Omit<InvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversTypes['Invoice']> }>;
  InvoiceSort: InvoiceSort;
  InvoiceStatus: InvoiceStatus;
  InvoiceTransitionInput: InvoiceTransitionInput;
  InvoicingPolicy: InvoicingPolicy;
  JournalEntry: ResolverTypeWrapper<JournalEntryDoc>;
  JournalEntryConnection: ResolverTypeWrapper<JournalEntryConnectionModel>;
  JournalEntryEdge: ResolverTypeWrapper<Omit<JournalEntryEdge, 'node'> & { node: ResolversTypes['JournalEntry'] }>;
  JournalEntryFilter: JournalEntryFilter;
  JournalEntryPayload: ResolverTypeWrapper<Omit<JournalEntryPayload, 'journalEntry'> & { journalEntry?: Maybe<ResolversTypes['JournalEntry']> }>;
  JournalLine: ResolverTypeWrapper<JournalLineView>;
  JournalLineInput: JournalLineInput;
  LedgerAccount: ResolverTypeWrapper<AccountDef>;
  Margin: ResolverTypeWrapper<MarginView>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaySupplierBillInput: PaySupplierBillInput;
  Payment: ResolverTypeWrapper<PaymentDoc>;
  PaymentAllocation: ResolverTypeWrapper<AllocationView>;
  PaymentAllocationInput: PaymentAllocationInput;
  PaymentAllocationStatus: PaymentAllocationStatus;
  PaymentConnection: ResolverTypeWrapper<PaymentConnectionModel>;
  PaymentEdge: ResolverTypeWrapper<Omit<PaymentEdge, 'node'> & { node: ResolversTypes['Payment'] }>;
  PaymentFilter: PaymentFilter;
  PaymentPayload: ResolverTypeWrapper<Omit<PaymentPayload, 'payment'> & { payment?: Maybe<ResolversTypes['Payment']> }>;
  PaymentStatus: PaymentStatus;
  PostJournalEntryInput: PostJournalEntryInput;
  ProfitAndLoss: ResolverTypeWrapper<ProfitAndLossModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceivePaymentInput: ReceivePaymentInput;
  RecordPaymentInput: RecordPaymentInput;
  RejectExpenseInput: RejectExpenseInput;
  ReopenPeriodInput: ReopenPeriodInput;
  ReportLine: ResolverTypeWrapper<Section>;
  ReverseJournalEntryInput: ReverseJournalEntryInput;
  SourceDocument: ResolverTypeWrapper<SourceDocument>;
  SourceDocumentType: SourceDocumentType;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SupplierBill: ResolverTypeWrapper<BillDoc>;
  SupplierBillConnection: ResolverTypeWrapper<BillConnectionModel>;
  SupplierBillEdge: ResolverTypeWrapper<Omit<SupplierBillEdge, 'node'> & { node: ResolversTypes['SupplierBill'] }>;
  SupplierBillFilter: SupplierBillFilter;
  SupplierBillLine: ResolverTypeWrapper<BillLineView>;
  SupplierBillLineInput: SupplierBillLineInput;
  SupplierBillMatch: ResolverTypeWrapper<BillMatchView>;
  SupplierBillMatchStatus: SupplierBillMatchStatus;
  SupplierBillMismatch: ResolverTypeWrapper<SupplierBillMismatch>;
  SupplierBillMismatchCode: SupplierBillMismatchCode;
  SupplierBillPayload: ResolverTypeWrapper<Omit<SupplierBillPayload, 'supplierBill'> & { supplierBill?: Maybe<ResolversTypes['SupplierBill']> }>;
  SupplierBillPayment: ResolverTypeWrapper<BillPaymentView>;
  SupplierBillSort: SupplierBillSort;
  SupplierBillStatus: SupplierBillStatus;
  SupplierBillTransitionInput: SupplierBillTransitionInput;
  TaxPayableReport: ResolverTypeWrapper<TaxReportModel>;
  TaxRate: ResolverTypeWrapper<TaxRateDoc>;
  TaxRatePayload: ResolverTypeWrapper<Omit<TaxRatePayload, 'taxRate'> & { taxRate?: Maybe<ResolversTypes['TaxRate']> }>;
  TrialBalance: ResolverTypeWrapper<TrialBalanceModel>;
  TrialBalanceRow: ResolverTypeWrapper<AccountBalance>;
  TrialBalanceTotal: ResolverTypeWrapper<TotalModel>;
  UpdateFinanceSettingsInput: UpdateFinanceSettingsInput;
  UpdateInvoiceInput: UpdateInvoiceInput;
  UpdateSupplierBillInput: UpdateSupplierBillInput;
  UpdateTaxRateInput: UpdateTaxRateInput;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  YearEndClosing: ResolverTypeWrapper<YearEndClosingDoc>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccountLedgerConnection: AccountLedgerModel;
  Int: Scalars['Int']['output'];
  AccountLedgerEdge: Omit<AccountLedgerEdge, 'node'> & { node: ResolversParentTypes['AccountLedgerLine'] };
  String: Scalars['String']['output'];
  AccountLedgerLine: AccountLedgerLineModel;
  ID: Scalars['ID']['output'];
  AgingBuckets: AgingBucketsModel;
  ApAging: ApAgingModel;
  ApAgingRow: ApAgingRowModel;
  ApproveSupplierBillVarianceInput: ApproveSupplierBillVarianceInput;
  ArAging: ArAgingModel;
  ArAgingRow: ArAgingRowModel;
  Attachment: AttachmentDoc;
  BalanceSheet: BalanceSheetModel;
  CashFlowLine: CashFlowLineModel;
  CashFlowSection: CashFlowSectionModel;
  CashFlowStatement: CashFlowStatementModel;
  CloseFinancialYearInput: CloseFinancialYearInput;
  CloseFinancialYearPayload: Omit<CloseFinancialYearPayload, 'closingEntries' | 'settings'> & { closingEntries?: Maybe<Array<ResolversParentTypes['JournalEntry']>>, settings?: Maybe<ResolversParentTypes['FinanceSettings']> };
  ClosePeriodInput: ClosePeriodInput;
  CreateCreditNoteInput: CreateCreditNoteInput;
  CreateExpenseInput: CreateExpenseInput;
  Boolean: Scalars['Boolean']['output'];
  CreateInvoiceInput: CreateInvoiceInput;
  CreateSupplierBillInput: CreateSupplierBillInput;
  CreateTaxRateInput: CreateTaxRateInput;
  CreditNote: CreditNoteView;
  Customer: CustomerRef;
  CustomerBalance: CustomerBalanceModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deal: DealRef;
  Employee: EmployeeRef;
  Expense: ExpenseDoc;
  ExpenseConnection: ExpenseConnectionModel;
  ExpenseEdge: Omit<ExpenseEdge, 'node'> & { node: ResolversParentTypes['Expense'] };
  ExpenseFilter: ExpenseFilter;
  ExpensePayload: Omit<ExpensePayload, 'expense'> & { expense?: Maybe<ResolversParentTypes['Expense']> };
  ExpenseTransitionInput: ExpenseTransitionInput;
  FinanceSettings: FinanceSettingsDoc;
  FinanceSettingsPayload: Omit<FinanceSettingsPayload, 'settings'> & { settings?: Maybe<ResolversParentTypes['FinanceSettings']> };
  GeneralLedgerExport: LedgerExportModel;
  Invoice: InvoiceDoc;
  InvoiceConnection: InvoiceConnectionModel;
  InvoiceEdge: Omit<InvoiceEdge, 'node'> & { node: ResolversParentTypes['Invoice'] };
  InvoiceFilter: InvoiceFilter;
  InvoiceLine: InvoiceLineView;
  InvoiceLineInput: InvoiceLineInput;
  InvoicePayload: Omit<InvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversParentTypes['Invoice']> };
  InvoiceTransitionInput: InvoiceTransitionInput;
  JournalEntry: JournalEntryDoc;
  JournalEntryConnection: JournalEntryConnectionModel;
  JournalEntryEdge: Omit<JournalEntryEdge, 'node'> & { node: ResolversParentTypes['JournalEntry'] };
  JournalEntryFilter: JournalEntryFilter;
  JournalEntryPayload: Omit<JournalEntryPayload, 'journalEntry'> & { journalEntry?: Maybe<ResolversParentTypes['JournalEntry']> };
  JournalLine: JournalLineView;
  JournalLineInput: JournalLineInput;
  LedgerAccount: AccountDef;
  Margin: MarginView;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  Order: OrderRef;
  PageInfo: PageInfo;
  PaySupplierBillInput: PaySupplierBillInput;
  Payment: PaymentDoc;
  PaymentAllocation: AllocationView;
  PaymentAllocationInput: PaymentAllocationInput;
  PaymentConnection: PaymentConnectionModel;
  PaymentEdge: Omit<PaymentEdge, 'node'> & { node: ResolversParentTypes['Payment'] };
  PaymentFilter: PaymentFilter;
  PaymentPayload: Omit<PaymentPayload, 'payment'> & { payment?: Maybe<ResolversParentTypes['Payment']> };
  PostJournalEntryInput: PostJournalEntryInput;
  ProfitAndLoss: ProfitAndLossModel;
  Query: Record<PropertyKey, never>;
  ReceivePaymentInput: ReceivePaymentInput;
  RecordPaymentInput: RecordPaymentInput;
  RejectExpenseInput: RejectExpenseInput;
  ReopenPeriodInput: ReopenPeriodInput;
  ReportLine: Section;
  ReverseJournalEntryInput: ReverseJournalEntryInput;
  SourceDocument: SourceDocument;
  Subscription: Record<PropertyKey, never>;
  SupplierBill: BillDoc;
  SupplierBillConnection: BillConnectionModel;
  SupplierBillEdge: Omit<SupplierBillEdge, 'node'> & { node: ResolversParentTypes['SupplierBill'] };
  SupplierBillFilter: SupplierBillFilter;
  SupplierBillLine: BillLineView;
  SupplierBillLineInput: SupplierBillLineInput;
  SupplierBillMatch: BillMatchView;
  SupplierBillMismatch: SupplierBillMismatch;
  SupplierBillPayload: Omit<SupplierBillPayload, 'supplierBill'> & { supplierBill?: Maybe<ResolversParentTypes['SupplierBill']> };
  SupplierBillPayment: BillPaymentView;
  SupplierBillTransitionInput: SupplierBillTransitionInput;
  TaxPayableReport: TaxReportModel;
  TaxRate: TaxRateDoc;
  TaxRatePayload: Omit<TaxRatePayload, 'taxRate'> & { taxRate?: Maybe<ResolversParentTypes['TaxRate']> };
  TrialBalance: TrialBalanceModel;
  TrialBalanceRow: AccountBalance;
  TrialBalanceTotal: TotalModel;
  UpdateFinanceSettingsInput: UpdateFinanceSettingsInput;
  UpdateInvoiceInput: UpdateInvoiceInput;
  UpdateSupplierBillInput: UpdateSupplierBillInput;
  UpdateTaxRateInput: UpdateTaxRateInput;
  UserError: UserError;
  YearEndClosing: YearEndClosingDoc;
}>;

export type AccountLedgerConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['AccountLedgerConnection'] = ResolversParentTypes['AccountLedgerConnection']> = ResolversObject<{
  account?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType>;
  closingBalance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AccountLedgerEdge']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openingBalance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AccountLedgerEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['AccountLedgerEdge'] = ResolversParentTypes['AccountLedgerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccountLedgerLine'], ParentType, ContextType>;
}>;

export type AccountLedgerLineResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['AccountLedgerLine'] = ResolversParentTypes['AccountLedgerLine']> = ResolversObject<{
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  debit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['SourceDocument']>, ParentType, ContextType>;
  entryNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  journalEntry?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType>;
  memo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AgingBucketsResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['AgingBuckets'] = ResolversParentTypes['AgingBuckets']> = ResolversObject<{
  current?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  days1to30?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  days31to60?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  days61to90?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  over90?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type ApAgingResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ApAging'] = ResolversParentTypes['ApAging']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ApAgingRow']>, ParentType, ContextType, RequireFields<ApAgingRowsArgs, 'first' | 'offset'>>;
  totals?: Resolver<ResolversTypes['AgingBuckets'], ParentType, ContextType>;
}>;

export type ApAgingRowResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ApAgingRow'] = ResolversParentTypes['ApAgingRow']> = ResolversObject<{
  buckets?: Resolver<ResolversTypes['AgingBuckets'], ParentType, ContextType>;
  supplierId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  supplierName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ArAgingResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ArAging'] = ResolversParentTypes['ArAging']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ArAgingRow']>, ParentType, ContextType, RequireFields<ArAgingRowsArgs, 'first' | 'offset'>>;
  totals?: Resolver<ResolversTypes['AgingBuckets'], ParentType, ContextType>;
}>;

export type ArAgingRowResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ArAgingRow'] = ResolversParentTypes['ArAgingRow']> = ResolversObject<{
  buckets?: Resolver<ResolversTypes['AgingBuckets'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
}>;

export type AttachmentResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = ResolversObject<{
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uploadedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BalanceSheetResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['BalanceSheet'] = ResolversParentTypes['BalanceSheet']> = ResolversObject<{
  assets?: Resolver<Array<ResolversTypes['ReportLine']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentEarnings?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  equity?: Resolver<Array<ResolversTypes['ReportLine']>, ParentType, ContextType>;
  liabilities?: Resolver<Array<ResolversTypes['ReportLine']>, ParentType, ContextType>;
  totalAssets?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalEquity?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalLiabilities?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type CashFlowLineResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['CashFlowLine'] = ResolversParentTypes['CashFlowLine']> = ResolversObject<{
  account?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType>;
  inflow?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  outflow?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type CashFlowSectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['CashFlowSection'] = ResolversParentTypes['CashFlowSection']> = ResolversObject<{
  inflows?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['CashFlowLine']>, ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  outflows?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type CashFlowStatementResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['CashFlowStatement'] = ResolversParentTypes['CashFlowStatement']> = ResolversObject<{
  closingCash?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  financing?: Resolver<ResolversTypes['CashFlowSection'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  investing?: Resolver<ResolversTypes['CashFlowSection'], ParentType, ContextType>;
  netChange?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  openingCash?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  operating?: Resolver<ResolversTypes['CashFlowSection'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CloseFinancialYearPayloadResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['CloseFinancialYearPayload'] = ResolversParentTypes['CloseFinancialYearPayload']> = ResolversObject<{
  closingEntries?: Resolver<Maybe<Array<ResolversTypes['JournalEntry']>>, ParentType, ContextType>;
  settings?: Resolver<Maybe<ResolversTypes['FinanceSettings']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreditNoteResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['CreditNote'] = ResolversParentTypes['CreditNote']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  balance?: Resolver<Array<ResolversTypes['CustomerBalance']>, ParentType, ContextType>;
  grossMargin?: Resolver<Array<ResolversTypes['Margin']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoices?: Resolver<ResolversTypes['InvoiceConnection'], ParentType, ContextType, RequireFields<CustomerInvoicesArgs, 'first'>>;
}>;

export type CustomerBalanceResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['CustomerBalance'] = ResolversParentTypes['CustomerBalance']> = ResolversObject<{
  credit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  receivable?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DealResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Deal'] = ResolversParentTypes['Deal'], FederationReferenceType extends FederationReferenceTypes['Deal'] = FederationReferenceTypes['Deal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Deal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
}>;

export type EmployeeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ExpenseResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Expense'] = ResolversParentTypes['Expense']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expenseDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payrollRunId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  postedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reimbursedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExpenseStatus'], ParentType, ContextType>;
  submitter?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  taxRatePercent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type ExpenseConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseConnection'] = ResolversParentTypes['ExpenseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExpenseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExpenseEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseEdge'] = ResolversParentTypes['ExpenseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Expense'], ParentType, ContextType>;
}>;

export type ExpensePayloadResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpensePayload'] = ResolversParentTypes['ExpensePayload']> = ResolversObject<{
  expense?: Resolver<Maybe<ResolversTypes['Expense']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type FinanceSettingsResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FinanceSettings'] = ResolversParentTypes['FinanceSettings']> = ResolversObject<{
  autoBillReceipts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  billMatchTolerancePercent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dunningDays?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  invoicingPolicy?: Resolver<ResolversTypes['InvoicingPolicy'], ParentType, ContextType>;
  yearEndClosings?: Resolver<Array<ResolversTypes['YearEndClosing']>, ParentType, ContextType>;
}>;

export type FinanceSettingsPayloadResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FinanceSettingsPayload'] = ResolversParentTypes['FinanceSettingsPayload']> = ResolversObject<{
  settings?: Resolver<Maybe<ResolversTypes['FinanceSettings']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type GeneralLedgerExportResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['GeneralLedgerExport'] = ResolversParentTypes['GeneralLedgerExport']> = ResolversObject<{
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  totalCredit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalDebit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type InvoiceResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Invoice'] = ResolversParentTypes['Invoice'], FederationReferenceType extends FederationReferenceTypes['Invoice'] = FederationReferenceTypes['Invoice']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Invoice']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amountCredited?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  amountDue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  amountPaid?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditNotes?: Resolver<Array<ResolversTypes['CreditNote']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  dealId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  discountTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dunnedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dunningLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['InvoiceLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  pricesIncludeTax?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvoiceStatus'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  taxTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  voidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type InvoiceConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['InvoiceConnection'] = ResolversParentTypes['InvoiceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InvoiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvoiceEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['InvoiceEdge'] = ResolversParentTypes['InvoiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType>;
}>;

export type InvoiceLineResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['InvoiceLine'] = ResolversParentTypes['InvoiceLine']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  discountPercent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  productId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  taxRatePercent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type InvoicePayloadResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['InvoicePayload'] = ResolversParentTypes['InvoicePayload']> = ResolversObject<{
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type JournalEntryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['JournalEntry'] = ResolversParentTypes['JournalEntry']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['JournalLine']>, ParentType, ContextType>;
  memo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reverses?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type JournalEntryConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['JournalEntryConnection'] = ResolversParentTypes['JournalEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['JournalEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JournalEntryEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['JournalEntryEdge'] = ResolversParentTypes['JournalEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType>;
}>;

export type JournalEntryPayloadResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['JournalEntryPayload'] = ResolversParentTypes['JournalEntryPayload']> = ResolversObject<{
  journalEntry?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type JournalLineResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['JournalLine'] = ResolversParentTypes['JournalLine']> = ResolversObject<{
  account?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  debit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  memo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type LedgerAccountResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['LedgerAccount'] = ResolversParentTypes['LedgerAccount']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AccountType'], ParentType, ContextType>;
}>;

export type MarginResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Margin'] = ResolversParentTypes['Margin']> = ResolversObject<{
  costOfGoodsSold?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  grossMargin?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  percent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  approveExpense?: Resolver<ResolversTypes['ExpensePayload'], ParentType, ContextType, RequireFields<MutationApproveExpenseArgs, 'input'>>;
  approveSupplierBill?: Resolver<ResolversTypes['SupplierBillPayload'], ParentType, ContextType, RequireFields<MutationApproveSupplierBillArgs, 'input'>>;
  approveSupplierBillVariance?: Resolver<ResolversTypes['SupplierBillPayload'], ParentType, ContextType, RequireFields<MutationApproveSupplierBillVarianceArgs, 'input'>>;
  closeFinancialYear?: Resolver<ResolversTypes['CloseFinancialYearPayload'], ParentType, ContextType, RequireFields<MutationCloseFinancialYearArgs, 'input'>>;
  closePeriod?: Resolver<ResolversTypes['FinanceSettingsPayload'], ParentType, ContextType, RequireFields<MutationClosePeriodArgs, 'input'>>;
  createCreditNote?: Resolver<ResolversTypes['InvoicePayload'], ParentType, ContextType, RequireFields<MutationCreateCreditNoteArgs, 'input'>>;
  createExpense?: Resolver<ResolversTypes['ExpensePayload'], ParentType, ContextType, RequireFields<MutationCreateExpenseArgs, 'input'>>;
  createInvoice?: Resolver<ResolversTypes['InvoicePayload'], ParentType, ContextType, RequireFields<MutationCreateInvoiceArgs, 'input'>>;
  createSupplierBill?: Resolver<ResolversTypes['SupplierBillPayload'], ParentType, ContextType, RequireFields<MutationCreateSupplierBillArgs, 'input'>>;
  createTaxRate?: Resolver<ResolversTypes['TaxRatePayload'], ParentType, ContextType, RequireFields<MutationCreateTaxRateArgs, 'input'>>;
  issueInvoice?: Resolver<ResolversTypes['InvoicePayload'], ParentType, ContextType, RequireFields<MutationIssueInvoiceArgs, 'input'>>;
  matchSupplierBill?: Resolver<ResolversTypes['SupplierBillPayload'], ParentType, ContextType, RequireFields<MutationMatchSupplierBillArgs, 'input'>>;
  paySupplierBill?: Resolver<ResolversTypes['SupplierBillPayload'], ParentType, ContextType, RequireFields<MutationPaySupplierBillArgs, 'input'>>;
  postExpense?: Resolver<ResolversTypes['ExpensePayload'], ParentType, ContextType, RequireFields<MutationPostExpenseArgs, 'input'>>;
  postJournalEntry?: Resolver<ResolversTypes['JournalEntryPayload'], ParentType, ContextType, RequireFields<MutationPostJournalEntryArgs, 'input'>>;
  receivePayment?: Resolver<ResolversTypes['PaymentPayload'], ParentType, ContextType, RequireFields<MutationReceivePaymentArgs, 'input'>>;
  recordPayment?: Resolver<ResolversTypes['InvoicePayload'], ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'input'>>;
  rejectExpense?: Resolver<ResolversTypes['ExpensePayload'], ParentType, ContextType, RequireFields<MutationRejectExpenseArgs, 'input'>>;
  reopenPeriod?: Resolver<ResolversTypes['FinanceSettingsPayload'], ParentType, ContextType, RequireFields<MutationReopenPeriodArgs, 'input'>>;
  reverseJournalEntry?: Resolver<ResolversTypes['JournalEntryPayload'], ParentType, ContextType, RequireFields<MutationReverseJournalEntryArgs, 'input'>>;
  submitExpense?: Resolver<ResolversTypes['ExpensePayload'], ParentType, ContextType, RequireFields<MutationSubmitExpenseArgs, 'input'>>;
  updateFinanceSettings?: Resolver<ResolversTypes['FinanceSettingsPayload'], ParentType, ContextType, RequireFields<MutationUpdateFinanceSettingsArgs, 'input'>>;
  updateInvoice?: Resolver<ResolversTypes['InvoicePayload'], ParentType, ContextType, RequireFields<MutationUpdateInvoiceArgs, 'input'>>;
  updateSupplierBill?: Resolver<ResolversTypes['SupplierBillPayload'], ParentType, ContextType, RequireFields<MutationUpdateSupplierBillArgs, 'input'>>;
  updateTaxRate?: Resolver<ResolversTypes['TaxRatePayload'], ParentType, ContextType, RequireFields<MutationUpdateTaxRateArgs, 'input'>>;
  voidInvoice?: Resolver<ResolversTypes['InvoicePayload'], ParentType, ContextType, RequireFields<MutationVoidInvoiceArgs, 'input'>>;
  voidSupplierBill?: Resolver<ResolversTypes['SupplierBillPayload'], ParentType, ContextType, RequireFields<MutationVoidSupplierBillArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  invoices?: Resolver<Array<ResolversTypes['Invoice']>, ParentType, ContextType>;
  margin?: Resolver<Maybe<ResolversTypes['Margin']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment'], FederationReferenceType extends FederationReferenceTypes['Payment'] = FederationReferenceTypes['Payment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Payment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allocated?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  allocations?: Resolver<Array<ResolversTypes['PaymentAllocation']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  unallocated?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type PaymentAllocationResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PaymentAllocation'] = ResolversParentTypes['PaymentAllocation']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentAllocationStatus'], ParentType, ContextType>;
}>;

export type PaymentConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PaymentConnection'] = ResolversParentTypes['PaymentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PaymentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PaymentEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PaymentEdge'] = ResolversParentTypes['PaymentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
}>;

export type PaymentPayloadResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PaymentPayload'] = ResolversParentTypes['PaymentPayload']> = ResolversObject<{
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ProfitAndLossResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ProfitAndLoss'] = ResolversParentTypes['ProfitAndLoss']> = ResolversObject<{
  expenses?: Resolver<Array<ResolversTypes['ReportLine']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  income?: Resolver<Array<ResolversTypes['ReportLine']>, ParentType, ContextType>;
  netIncome?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  totalExpenses?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalIncome?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  accountLedger?: Resolver<ResolversTypes['AccountLedgerConnection'], ParentType, ContextType, RequireFields<QueryAccountLedgerArgs, 'code' | 'currency' | 'first' | 'from' | 'to'>>;
  accounts?: Resolver<Array<ResolversTypes['LedgerAccount']>, ParentType, ContextType>;
  apAging?: Resolver<ResolversTypes['ApAging'], ParentType, ContextType, RequireFields<QueryApAgingArgs, 'currency'>>;
  arAging?: Resolver<ResolversTypes['ArAging'], ParentType, ContextType, RequireFields<QueryArAgingArgs, 'currency'>>;
  balanceSheet?: Resolver<ResolversTypes['BalanceSheet'], ParentType, ContextType, RequireFields<QueryBalanceSheetArgs, 'currency'>>;
  cashFlowStatement?: Resolver<ResolversTypes['CashFlowStatement'], ParentType, ContextType, RequireFields<QueryCashFlowStatementArgs, 'currency' | 'from' | 'to'>>;
  expense?: Resolver<Maybe<ResolversTypes['Expense']>, ParentType, ContextType, RequireFields<QueryExpenseArgs, 'id'>>;
  expenses?: Resolver<ResolversTypes['ExpenseConnection'], ParentType, ContextType, RequireFields<QueryExpensesArgs, 'first'>>;
  financeSettings?: Resolver<ResolversTypes['FinanceSettings'], ParentType, ContextType>;
  generalLedgerExport?: Resolver<ResolversTypes['GeneralLedgerExport'], ParentType, ContextType, RequireFields<QueryGeneralLedgerExportArgs, 'currency' | 'from' | 'to'>>;
  inventoryLedgerBalance?: Resolver<ResolversTypes['Money'], ParentType, ContextType, RequireFields<QueryInventoryLedgerBalanceArgs, 'currency'>>;
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType, RequireFields<QueryInvoiceArgs, 'id'>>;
  invoices?: Resolver<ResolversTypes['InvoiceConnection'], ParentType, ContextType, RequireFields<QueryInvoicesArgs, 'first' | 'sort'>>;
  journalEntries?: Resolver<ResolversTypes['JournalEntryConnection'], ParentType, ContextType, RequireFields<QueryJournalEntriesArgs, 'first'>>;
  journalEntry?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType, RequireFields<QueryJournalEntryArgs, 'id'>>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType, RequireFields<QueryPaymentArgs, 'id'>>;
  payments?: Resolver<ResolversTypes['PaymentConnection'], ParentType, ContextType, RequireFields<QueryPaymentsArgs, 'first'>>;
  profitAndLoss?: Resolver<ResolversTypes['ProfitAndLoss'], ParentType, ContextType, RequireFields<QueryProfitAndLossArgs, 'currency' | 'from' | 'to'>>;
  supplierBill?: Resolver<Maybe<ResolversTypes['SupplierBill']>, ParentType, ContextType, RequireFields<QuerySupplierBillArgs, 'id'>>;
  supplierBills?: Resolver<ResolversTypes['SupplierBillConnection'], ParentType, ContextType, RequireFields<QuerySupplierBillsArgs, 'first' | 'sort'>>;
  taxPayable?: Resolver<ResolversTypes['TaxPayableReport'], ParentType, ContextType, RequireFields<QueryTaxPayableArgs, 'currency' | 'from' | 'to'>>;
  taxRates?: Resolver<Array<ResolversTypes['TaxRate']>, ParentType, ContextType>;
  trialBalance?: Resolver<ResolversTypes['TrialBalance'], ParentType, ContextType, Partial<QueryTrialBalanceArgs>>;
}>;

export type ReportLineResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ReportLine'] = ResolversParentTypes['ReportLine']> = ResolversObject<{
  account?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type SourceDocumentResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['SourceDocument'] = ResolversParentTypes['SourceDocument']> = ResolversObject<{
  event?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SourceDocumentType'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  invoiceStatusChanged?: SubscriptionResolver<ResolversTypes['Invoice'], "invoiceStatusChanged", ParentType, ContextType, Partial<SubscriptionInvoiceStatusChangedArgs>>;
  paymentReceived?: SubscriptionResolver<ResolversTypes['Payment'], "paymentReceived", ParentType, ContextType>;
}>;

export type SupplierBillResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['SupplierBill'] = ResolversParentTypes['SupplierBill']> = ResolversObject<{
  amountDue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  amountPaid?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['SupplierBillLine']>, ParentType, ContextType>;
  match?: Resolver<Maybe<ResolversTypes['SupplierBillMatch']>, ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['SupplierBillPayment']>, ParentType, ContextType>;
  purchaseOrderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  receiptId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupplierBillStatus'], ParentType, ContextType>;
  supplierId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  supplierName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SupplierBillConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['SupplierBillConnection'] = ResolversParentTypes['SupplierBillConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SupplierBillEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SupplierBillEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['SupplierBillEdge'] = ResolversParentTypes['SupplierBillEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SupplierBill'], ParentType, ContextType>;
}>;

export type SupplierBillLineResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['SupplierBillLine'] = ResolversParentTypes['SupplierBillLine']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  productId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  taxRatePercent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type SupplierBillMatchResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['SupplierBillMatch'] = ResolversParentTypes['SupplierBillMatch']> = ResolversObject<{
  approvalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['SupplierBillMismatch']>, ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupplierBillMatchStatus'], ParentType, ContextType>;
  tolerancePercent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SupplierBillMismatchResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['SupplierBillMismatch'] = ResolversParentTypes['SupplierBillMismatch']> = ResolversObject<{
  code?: Resolver<ResolversTypes['SupplierBillMismatchCode'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SupplierBillPayloadResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['SupplierBillPayload'] = ResolversParentTypes['SupplierBillPayload']> = ResolversObject<{
  supplierBill?: Resolver<Maybe<ResolversTypes['SupplierBill']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type SupplierBillPaymentResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['SupplierBillPayment'] = ResolversParentTypes['SupplierBillPayment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paidAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TaxPayableReportResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['TaxPayableReport'] = ResolversParentTypes['TaxPayableReport']> = ResolversObject<{
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  inputTax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  netPayable?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  outputTax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type TaxRateResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['TaxRate'] = ResolversParentTypes['TaxRate']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inclusive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratePercent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TaxRatePayloadResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['TaxRatePayload'] = ResolversParentTypes['TaxRatePayload']> = ResolversObject<{
  taxRate?: Resolver<Maybe<ResolversTypes['TaxRate']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type TrialBalanceResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['TrialBalance'] = ResolversParentTypes['TrialBalance']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['TrialBalanceRow']>, ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['TrialBalanceTotal']>, ParentType, ContextType>;
}>;

export type TrialBalanceRowResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['TrialBalanceRow'] = ResolversParentTypes['TrialBalanceRow']> = ResolversObject<{
  account?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  debit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type TrialBalanceTotalResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['TrialBalanceTotal'] = ResolversParentTypes['TrialBalanceTotal']> = ResolversObject<{
  credit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  debit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type YearEndClosingResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['YearEndClosing'] = ResolversParentTypes['YearEndClosing']> = ResolversObject<{
  entry?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType>;
  netIncome?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  postedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  yearEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FinanceContext> = ResolversObject<{
  AccountLedgerConnection?: AccountLedgerConnectionResolvers<ContextType>;
  AccountLedgerEdge?: AccountLedgerEdgeResolvers<ContextType>;
  AccountLedgerLine?: AccountLedgerLineResolvers<ContextType>;
  AgingBuckets?: AgingBucketsResolvers<ContextType>;
  ApAging?: ApAgingResolvers<ContextType>;
  ApAgingRow?: ApAgingRowResolvers<ContextType>;
  ArAging?: ArAgingResolvers<ContextType>;
  ArAgingRow?: ArAgingRowResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  BalanceSheet?: BalanceSheetResolvers<ContextType>;
  CashFlowLine?: CashFlowLineResolvers<ContextType>;
  CashFlowSection?: CashFlowSectionResolvers<ContextType>;
  CashFlowStatement?: CashFlowStatementResolvers<ContextType>;
  CloseFinancialYearPayload?: CloseFinancialYearPayloadResolvers<ContextType>;
  CreditNote?: CreditNoteResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerBalance?: CustomerBalanceResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deal?: DealResolvers<ContextType>;
  Employee?: EmployeeResolvers<ContextType>;
  Expense?: ExpenseResolvers<ContextType>;
  ExpenseConnection?: ExpenseConnectionResolvers<ContextType>;
  ExpenseEdge?: ExpenseEdgeResolvers<ContextType>;
  ExpensePayload?: ExpensePayloadResolvers<ContextType>;
  FinanceSettings?: FinanceSettingsResolvers<ContextType>;
  FinanceSettingsPayload?: FinanceSettingsPayloadResolvers<ContextType>;
  GeneralLedgerExport?: GeneralLedgerExportResolvers<ContextType>;
  Invoice?: InvoiceResolvers<ContextType>;
  InvoiceConnection?: InvoiceConnectionResolvers<ContextType>;
  InvoiceEdge?: InvoiceEdgeResolvers<ContextType>;
  InvoiceLine?: InvoiceLineResolvers<ContextType>;
  InvoicePayload?: InvoicePayloadResolvers<ContextType>;
  JournalEntry?: JournalEntryResolvers<ContextType>;
  JournalEntryConnection?: JournalEntryConnectionResolvers<ContextType>;
  JournalEntryEdge?: JournalEntryEdgeResolvers<ContextType>;
  JournalEntryPayload?: JournalEntryPayloadResolvers<ContextType>;
  JournalLine?: JournalLineResolvers<ContextType>;
  LedgerAccount?: LedgerAccountResolvers<ContextType>;
  Margin?: MarginResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentAllocation?: PaymentAllocationResolvers<ContextType>;
  PaymentConnection?: PaymentConnectionResolvers<ContextType>;
  PaymentEdge?: PaymentEdgeResolvers<ContextType>;
  PaymentPayload?: PaymentPayloadResolvers<ContextType>;
  ProfitAndLoss?: ProfitAndLossResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportLine?: ReportLineResolvers<ContextType>;
  SourceDocument?: SourceDocumentResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SupplierBill?: SupplierBillResolvers<ContextType>;
  SupplierBillConnection?: SupplierBillConnectionResolvers<ContextType>;
  SupplierBillEdge?: SupplierBillEdgeResolvers<ContextType>;
  SupplierBillLine?: SupplierBillLineResolvers<ContextType>;
  SupplierBillMatch?: SupplierBillMatchResolvers<ContextType>;
  SupplierBillMismatch?: SupplierBillMismatchResolvers<ContextType>;
  SupplierBillPayload?: SupplierBillPayloadResolvers<ContextType>;
  SupplierBillPayment?: SupplierBillPaymentResolvers<ContextType>;
  TaxPayableReport?: TaxPayableReportResolvers<ContextType>;
  TaxRate?: TaxRateResolvers<ContextType>;
  TaxRatePayload?: TaxRatePayloadResolvers<ContextType>;
  TrialBalance?: TrialBalanceResolvers<ContextType>;
  TrialBalanceRow?: TrialBalanceRowResolvers<ContextType>;
  TrialBalanceTotal?: TrialBalanceTotalResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  YearEndClosing?: YearEndClosingResolvers<ContextType>;
}>;

