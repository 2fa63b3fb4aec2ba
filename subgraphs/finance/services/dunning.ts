/**
 * Dunning (domain/dunning.ts) applied to one unpaid invoice: its level raised, with
 * `finance.invoice.overdue` in the same write, or only the day it is next looked at moved on.
 * Safe to repeat and to run on several processes: the raise is decided on the document as it is
 * when written (lib/write's update), so a level is announced once.
 */
import { update, updateWhere } from '../../../lib/write';
import { DEFAULT_DUNNING_DAYS, dunningStep } from '../domain/dunning';
import { PAYABLE } from '../domain/invoice';
import { invoiceOverdue } from '../events/publish';
import type { FinanceModels, FinanceSettingsDoc, InvoiceDoc } from '../models';

/** The tenant's levels (settings stored before dunning existed have the defaults). */
export const dunningDaysOf = (settings: Pick<FinanceSettingsDoc, 'dunningDays'>) => settings.dunningDays ?? DEFAULT_DUNNING_DAYS;

/** Returns true when the invoice's level was raised (and announced). */
export async function dunInvoice(
  models: FinanceModels,
  invoice: Pick<InvoiceDoc, '_id' | 'dueDate' | 'dunningLevel' | 'dunningCheckOn'>,
  days: number[],
  now: Date,
): Promise<boolean> {
  const today = now.toISOString().slice(0, 10);
  const step = dunningStep(invoice.dueDate, today, days, invoice.dunningLevel ?? 0);
  if (!step.raised) {
    // Bookkeeping of the job, not a change a user sees: no version bump, no event.
    await updateWhere(
      models.Invoice,
      { _id: invoice._id, dunningCheckOn: invoice.dunningCheckOn ?? null },
      {
        $set: { dunningCheckOn: step.nextCheckOn },
      },
    );
    return false;
  }
  let raised = false;
  await update<InvoiceDoc>(models.Invoice, invoice._id, (current) => {
    if (!PAYABLE.includes(current.status)) return null;
    const s = dunningStep(current.dueDate, today, days, current.dunningLevel ?? 0);
    raised = s.raised;
    if (!s.raised) return current.dunningCheckOn === s.nextCheckOn ? null : { $set: { dunningCheckOn: s.nextCheckOn } };
    return {
      $set: { dunningLevel: s.level, dunnedAt: now, dunningCheckOn: s.nextCheckOn },
      events: [invoiceOverdue(current, s.level, s.daysOverdue)],
    };
  });
  return raised;
}
