import { attachmentFields } from '../../../lib/attachments';
import { scalarResolvers } from '../../../lib/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { AccountLedgerConnection, AccountLedgerLine, GeneralLedgerExport } from './AccountLedger';
import { Customer } from './Customer';
import { Deal } from './Deal';
import { Expense } from './Expense';
import { CreditNote, Invoice, InvoiceLine } from './Invoice';
import { JournalEntry, JournalLine } from './JournalEntry';
import { FinanceSettings, Margin, YearEndClosing } from './Margin';
import { Mutation } from './Mutation';
import { Order } from './Order';
import { Payment, PaymentAllocation } from './Payment';
import { Query } from './Query';
import * as Reports from './Reports';
import { SupplierBill, SupplierBillLine, SupplierBillMatch, SupplierBillPayment } from './SupplierBill';
import { TaxRate } from './TaxRate';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Attachment: attachmentFields('finance'),
  Invoice,
  InvoiceLine,
  CreditNote,
  Payment,
  PaymentAllocation,
  Customer,
  Deal,
  Order,
  Margin,
  FinanceSettings,
  YearEndClosing,
  JournalEntry,
  JournalLine,
  Expense,
  SupplierBill,
  SupplierBillLine,
  SupplierBillPayment,
  SupplierBillMatch,
  TaxRate,
  AccountLedgerConnection,
  GeneralLedgerExport,
  AccountLedgerLine,
  ...Reports,
};
