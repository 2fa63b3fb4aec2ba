/**
 * What finance did afterwards to the invoices operations billed (consumer of
 * `finance.invoice.statusChanged` to VOID and `finance.creditNote.issued`, for invoices whose source
 * starts with `operations:`): recorded per billing source, so `Project.profitability` counts
 * revenue net of voids and credit notes. A void is kept once, each credit note once (by its id):
 * redelivered events change nothing.
 */
import mongoose from 'mongoose';
import { isEvent, type EventEnvelope } from '../../../lib/events';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import { update } from '../../../lib/write';
import { projectOfSource } from '../domain/retainer';
import type { BillingAdjustmentDoc, OperationsModels, ProjectTaskDoc, TimesheetDoc } from '../models';

const PREFIX = 'operations:';

/** The project a billing source belongs to: from the source itself (retainer) or its timesheet or milestone. */
async function projectIdOf(models: OperationsModels, source: string): Promise<string | null> {
  const direct = projectOfSource(source);
  if (direct) return direct;
  const [kind, id] = source.split(':');
  if (!id || !mongoose.isObjectIdOrHexString(id)) return null;
  if (kind === 'timesheet') return (await findOneByIdInTenant<TimesheetDoc>(models.Timesheet, id))?.projectId ?? null;
  if (kind === 'milestone') return (await findOneByIdInTenant<ProjectTaskDoc>(models.ProjectTask, id))?.projectId ?? null;
  return null;
}

export async function applyBillingAdjustment(models: OperationsModels, event: EventEnvelope): Promise<void> {
  let source: string | null | undefined;
  let invoice: { id: string; number: string };
  let change: (current: BillingAdjustmentDoc) => Record<string, unknown> | null;
  if (isEvent(event, 'finance.invoice.statusChanged')) {
    const p = event.payload;
    if (p.toStatus !== 'VOID') return;
    source = p.source;
    invoice = { id: p.invoiceId, number: p.number };
    change = (current) => (current.voidedAt ? null : { $set: { voidedAt: new Date(event.occurredAt) } });
  } else if (isEvent(event, 'finance.creditNote.issued')) {
    const p = event.payload;
    source = p.source;
    invoice = { id: p.invoiceId, number: '' };
    const credit = { creditNoteId: p.creditNoteId, number: p.number, netMinor: p.net.minor, at: new Date(event.occurredAt) };
    change = (current) =>
      current.credits.some((c) => c.creditNoteId === p.creditNoteId) ? null : { $push: { credits: credit } };
  } else return;
  if (!source?.startsWith(PREFIX)) return;
  const billingSource = source.slice(PREFIX.length);
  const projectId = await projectIdOf(models, billingSource);
  if (!projectId) return; // not a billing of this tenant's projects
  await update<BillingAdjustmentDoc>(models.BillingAdjustment, { source: billingSource }, change, {
    create: () => ({ projectId, invoiceId: invoice.id, invoiceNumber: invoice.number, voidedAt: null, credits: [] }),
  });
}
