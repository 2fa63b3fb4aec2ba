/**
 * The finance models: one file per aggregate, registered here. Nothing else opens a collection of
 * the finance database.
 */
import type { Connection } from 'mongoose';
import { sequenceModel } from '../../../lib/sequence';
import { accountModel } from './account';
import { billModel } from './bill';
import { expenseModel } from './expense';
import { goodsReceiptModel } from './goods-receipt';
import { invoiceModel } from './invoice';
import { journalEntryModel } from './journal-entry';
import { paymentModel } from './payment';
import { financeSettingsModel } from './settings';
import { taxRateModel } from './tax-rate';

export * from './account';
export * from './bill';
export * from './expense';
export * from './goods-receipt';
export * from './invoice';
export * from './journal-entry';
export * from './payment';
export * from './settings';
export * from './tax-rate';

export function financeModels(connection: Connection) {
  return {
    connection,
    Invoice: invoiceModel(connection),
    Payment: paymentModel(connection),
    Account: accountModel(connection),
    JournalEntry: journalEntryModel(connection),
    Expense: expenseModel(connection),
    Bill: billModel(connection),
    GoodsReceipt: goodsReceiptModel(connection),
    TaxRate: taxRateModel(connection),
    Settings: financeSettingsModel(connection),
    Sequence: sequenceModel(connection),
  };
}
export type FinanceModels = ReturnType<typeof financeModels>;

/** Entities other subgraphs own, as finance knows them: just the key. */
export interface CustomerRef {
  id: string;
}
export interface EmployeeRef {
  id: string;
}
export interface DealRef {
  id: string;
}
export interface OrderRef {
  id: string;
}
