/**
 * Finishes work a crash left half-done: PENDING payments (see payments.ts) and documents whose
 * postings are still marked pending (see models: ledgerPending). Everything it does is idempotent,
 * so it may run alongside requests and on several processes.
 */
import { logger } from '../../../lib/logger';
import { runWithTenant } from '../../../lib/tenancy';
import type { FinanceModels } from '../models';
import { completePayment } from './payments';
import { flushBill, flushExpense, flushInvoice } from './ledger';

/** Only documents untouched for this long are swept (a request may still be completing them). */
const GRACE_MS = 60_000;

export async function sweepOnce(models: FinanceModels, graceMs = GRACE_MS): Promise<number> {
  let done = 0;
  const before = new Date(Date.now() - graceMs);
  // Infrastructure read across tenants (like the outbox relay); every write runs in the document's tenant.
  const payments = await models.Payment.collection
    .find({ status: 'PENDING', updatedAt: { $lte: before } }, { projection: { _id: 1, tenantId: 1 } })
    .limit(100)
    .toArray();
  for (const p of payments) {
    await runWithTenant(p.tenantId as string, () => completePayment(models, String(p._id)));
    done++;
  }
  const flushers = [
    [models.Invoice, flushInvoice],
    [models.Expense, flushExpense],
    [models.Bill, flushBill],
  ] as const;
  for (const [model, flush] of flushers) {
    const pending = await model.collection
      .find({ 'ledgerPending.0': { $exists: true }, updatedAt: { $lte: before } })
      .limit(100)
      .toArray();
    for (const doc of pending) {
      await runWithTenant(doc.tenantId as string, () => (flush as (m: FinanceModels, d: never) => Promise<void>)(models, doc as never));
      done++;
    }
  }
  return done;
}

/** Runs `sweepOnce` every `intervalMs` until stopped. */
export function startSweeper(models: FinanceModels, intervalMs = 30_000): () => Promise<void> {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const log = logger.child({ component: 'finance-sweeper' });
  const tick = () => {
    running = sweepOnce(models)
      .catch((err) => log.warn({ err }, 'finance sweep failed; retrying'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs).unref();
      });
  };
  timer = setTimeout(tick, intervalMs).unref(); // never keeps a process alive on its own
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
