/**
 * The finance sweeper (`finance.sweeper`): finishes work a crash left half-done, PENDING payments
 * (services/payments.ts) and documents whose postings are still marked pending
 * (models/ledger-pending.ts). Everything it does is idempotent, so it may run alongside requests
 * and on several processes at once.
 */
import type { Model } from 'mongoose';
import { forEachTenantDocument, type JobDefinition } from '../../../lib/jobs';
import { updateWhere } from '../../../lib/write';
import type { FinanceModels, PaymentDoc } from '../models';
import { flushBill } from '../services/bills';
import { flushExpense } from '../services/expenses';
import { flushInvoice } from '../services/invoices';
import { completePayment } from '../services/payments';

/** Only documents untouched for this long are swept (a request may still be completing them). */
const GRACE_MS = 60_000;
const INTERVAL_MS = 30_000;

/**
 * How the sweeper treats one model's documents: oldest first, and a document it cannot finish
 * gets its failure recorded (`sweepFailure`: message, time, attempts), which also touches it, so
 * it waits out another grace period at the back of the queue while the others are finished.
 * Once finished, the record goes.
 */
function sweepOptions(model: Model<any>) {
  return {
    sort: { updatedAt: 1 as const },
    failed: (doc: { _id?: unknown }, err: unknown) =>
      updateWhere(
        model,
        { _id: doc._id },
        {
          $set: { 'sweepFailure.message': String((err as Error)?.message ?? err).slice(0, 500), 'sweepFailure.at': new Date() },
          $inc: { 'sweepFailure.attempts': 1 },
        },
      ),
  };
}

function cleared(model: Model<any>, doc: { _id?: unknown; sweepFailure?: unknown }) {
  return doc.sweepFailure ? updateWhere(model, { _id: doc._id }, { $unset: { sweepFailure: 1 } }) : null;
}

/** One round over every tenant; returns how many documents it finished. */
export async function sweepOnce(models: FinanceModels, graceMs = GRACE_MS, now = new Date()): Promise<number> {
  const untouchedSince = { $lte: new Date(now.getTime() - graceMs) };
  let done = await forEachTenantDocument<PaymentDoc>(
    models.Payment,
    { status: 'PENDING', updatedAt: untouchedSince },
    sweepOptions(models.Payment),
    async (payment) => {
      const completed = await completePayment(models, payment);
      await cleared(models.Payment, payment);
      return completed;
    },
  );
  const flushers: Array<[Model<any>, (models: FinanceModels, doc: never) => Promise<unknown>]> = [
    [models.Invoice, flushInvoice],
    [models.Expense, flushExpense],
    [models.Bill, flushBill],
  ];
  for (const [model, flush] of flushers) {
    done += await forEachTenantDocument<any>(
      model,
      { 'ledgerPending.0': { $exists: true }, updatedAt: untouchedSince },
      sweepOptions(model),
      async (doc) => {
        await flush(models, doc as never);
        await cleared(model, doc);
        return true;
      },
    );
  }
  return done;
}

export const sweeperJob = (models: FinanceModels): JobDefinition => ({
  name: 'finance.sweeper',
  intervalMs: INTERVAL_MS,
  run: (now) => sweepOnce(models, GRACE_MS, now),
});
