/**
 * The finance sweeper (`finance.sweeper`): finishes work a crash left half-done, PENDING payments
 * (services/payments.ts) and documents whose postings are still marked pending
 * (models/ledger-pending.ts). Everything it does is idempotent, so it may run alongside requests
 * and on several processes at once.
 */
import type { Model } from 'mongoose';
import { forEachTenantDocument, type JobDefinition } from '../../../lib/jobs';
import type { FinanceModels, PaymentDoc } from '../models';
import { flushBill } from '../services/bills';
import { flushExpense } from '../services/expenses';
import { flushInvoice } from '../services/invoices';
import { completePayment } from '../services/payments';

/** Only documents untouched for this long are swept (a request may still be completing them). */
const GRACE_MS = 60_000;
const INTERVAL_MS = 30_000;

/** One round over every tenant; returns how many documents it finished. */
export async function sweepOnce(models: FinanceModels, graceMs = GRACE_MS, now = new Date()): Promise<number> {
  const untouchedSince = { $lte: new Date(now.getTime() - graceMs) };
  let done = await forEachTenantDocument<PaymentDoc>(
    models.Payment,
    { status: 'PENDING', updatedAt: untouchedSince },
    {},
    async (payment) => completePayment(models, payment),
  );
  const flushers: Array<[Model<any>, (models: FinanceModels, doc: never) => Promise<unknown>]> = [
    [models.Invoice, flushInvoice],
    [models.Expense, flushExpense],
    [models.Bill, flushBill],
  ];
  for (const [model, flush] of flushers) {
    done += await forEachTenantDocument(model, { 'ledgerPending.0': { $exists: true }, updatedAt: untouchedSince }, {}, (doc) =>
      flush(models, doc as never).then(() => true),
    );
  }
  return done;
}

export const sweeperJob = (models: FinanceModels): JobDefinition => ({
  name: 'finance.sweeper',
  intervalMs: INTERVAL_MS,
  run: (now) => sweepOnce(models, GRACE_MS, now),
});
