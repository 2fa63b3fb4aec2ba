/** What the tenant owes its suppliers: AP aging from the supplier bills (beside receivables.ts' AR aging). */
import mongoose from 'mongoose';
import { ageOpenAmounts } from '../domain/aging';
import type { BillDoc, FinanceModels } from '../models';

/**
 * What each supplier was owed at `at`, by days past due. A bill counts from its approval posting
 * (dated at its creation, like the ledger's), payments from when they were paid, so the report is
 * right for past dates too. DRAFT and VOID bills owe nothing.
 */
export async function apAging(models: FinanceModels, at: Date, currency: string) {
  const bills = await models.Bill.find(
    { status: mongoose.trusted({ $in: ['OPEN', 'PARTIALLY_PAID', 'PAID'] }), currency, createdAt: mongoose.trusted({ $lte: at }) },
    { supplierId: 1, supplierName: 1, totalMinor: 1, dueDate: 1, payments: 1 },
  ).lean<Array<Pick<BillDoc, 'supplierId' | 'supplierName' | 'totalMinor' | 'dueDate' | 'payments'>>>();
  const aged = ageOpenAmounts(
    bills.map((b) => ({
      partyId: b.supplierId,
      partyName: b.supplierName,
      dueDate: b.dueDate,
      dueMinor: b.totalMinor - b.payments.filter((p) => p.paidAt <= at).reduce((s, p) => s + p.amountMinor, 0),
    })),
    at,
  );
  return { at, currency, ...aged };
}

export type ApAgingModel = Awaited<ReturnType<typeof apAging>>;
export type ApAgingRowModel = ApAgingModel['rows'][number] & { currency: string };
