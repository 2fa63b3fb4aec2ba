/**
 * Applying one domain event to the tenant's read model, through lib's one write path:
 *
 * 1. the tenant's base currency (fixed by its first money-carrying event, domain/kpis.ts);
 * 2. each state document the event changes (`subjectsOf`): read, fold the event into its history
 *    in time order (`addToSubject`: late or out-of-order events land where they happened), conditional
 *    write storing the new history, state and contribution with the event id and the deltas it decided;
 * 3. each day's fact document: `$inc` of the deltas, guarded by the event id in the same write;
 * 4. the tenant document: `asOf` and `reporting.facts.changed` in its outbox, guarded likewise.
 *
 * Every step is a single-document write that remembers the event id, so a retry after a crash
 * between steps (or a redelivery) redoes only what is missing: the state step hands back the
 * deltas it decided the first time, the fact and tenant steps skip a day or tenant that has the id.
 * The ids are kept in rings of the latest APPLIED_RING per document: enough for the crash window
 * (a consumer group handles one event at a time, and marks it processed right after), while the
 * consumer's processed-id records stop every later redelivery before it gets here.
 */
import type { EventEnvelope } from '../../../lib/events/envelope';
import { update } from '../../../lib/write';
import {
  addToSubject,
  eventCurrency,
  mergeDeltas,
  statelessDeltas,
  subjectsOf,
  type FactDelta,
  type KpiMetric,
} from '../domain/kpis';
import { factsChanged } from '../events/publish';
import type { DailyFactDoc, ReportingModels, ReportSubjectDoc, TenantReportDoc } from '../models';

/** Event ids each document remembers. */
export const APPLIED_RING = 200;

const remember = <T>(ring: readonly T[], item: T): T[] => [...ring.slice(-(APPLIED_RING - 1)), item];

export interface Applied {
  /** The metrics whose facts this event changes (empty: nothing to report). */
  metrics: KpiMetric[];
  /** Day documents this call wrote. */
  daysWritten: number;
}

/**
 * Applies `event` (under its tenant's scope). `publish: false` (a rebuild) writes the facts but
 * neither `asOf` nor a `reporting.facts.changed` per event.
 */
export async function applyEvent(
  models: ReportingModels,
  event: EventEnvelope,
  options: { publish?: boolean } = {},
): Promise<Applied> {
  const currency = await baseCurrency(models, event);
  const deltas: FactDelta[] = [...statelessDeltas(event, currency)];
  for (const key of subjectsOf(event)) deltas.push(...(await applySubject(models, key, event, currency)));
  const merged = mergeDeltas(deltas);
  if (!merged.length) return { metrics: [], daysWritten: 0 };
  const byDay = new Map<string, FactDelta[]>();
  for (const delta of merged) byDay.set(delta.day, [...(byDay.get(delta.day) ?? []), delta]);
  let daysWritten = 0;
  for (const [day, ofDay] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
    if (await applyDay(models, day, event.id, ofDay)) daysWritten += 1;
  }
  const metrics = [...new Set(merged.map((d) => d.metric))].sort();
  if (options.publish ?? true) await recordChange(models, event, metrics);
  return { metrics, daysWritten };
}

/** The tenant's base currency: the one it has, else the event's (the first money event fixes it). */
async function baseCurrency(models: ReportingModels, event: EventEnvelope): Promise<string | null> {
  const currency = eventCurrency(event);
  if (!currency) {
    const tenant = await models.TenantReport.findOne({}).select({ currency: 1 }).lean<Pick<TenantReportDoc, 'currency'>>();
    return tenant?.currency ?? null;
  }
  const tenant = await update<TenantReportDoc>(
    models.TenantReport,
    {},
    (current) => (current.currency ? null : { $set: { currency } }),
    { create: () => ({ currency }) },
  );
  return tenant.currency;
}

async function applySubject(
  models: ReportingModels,
  key: string,
  event: EventEnvelope,
  currency: string | null,
): Promise<FactDelta[]> {
  let decided: FactDelta[] = [];
  await update<ReportSubjectDoc>(
    models.ReportSubject,
    { key },
    (current) => {
      const seen = current.applied.find((a) => a.id === event.id);
      if (seen) {
        decided = seen.deltas;
        return null;
      }
      const next = addToSubject(
        key,
        { history: current.history ?? [], contribution: current.contribution ?? [] },
        event,
        currency,
      );
      if (!next) {
        decided = []; // in its history already, older than the ring: its deltas were written long ago
        return null;
      }
      decided = next.deltas;
      return {
        $set: {
          state: next.state,
          history: next.history,
          contribution: next.contribution,
          applied: remember(current.applied, { id: event.id, deltas: next.deltas }),
        },
      };
    },
    { create: () => ({ key, state: null, history: [], contribution: [], applied: [] }) },
  );
  return decided;
}

/** Adds the day's deltas once per event; false when this event was applied to the day already. */
async function applyDay(models: ReportingModels, day: string, eventId: string, deltas: FactDelta[]): Promise<boolean> {
  let wrote = false;
  await update<DailyFactDoc>(
    models.DailyFact,
    { day },
    (current) => {
      wrote = false;
      if (current.applied.includes(eventId)) return null;
      wrote = true;
      return {
        $inc: Object.fromEntries(deltas.map((d) => [`values.${d.metric}`, d.value])),
        $set: { applied: remember(current.applied, eventId) },
      };
    },
    { create: () => ({ day }) },
  );
  return wrote;
}

/** `asOf` and the change's event, stored by one write of the tenant document (once per event). */
async function recordChange(models: ReportingModels, event: EventEnvelope, metrics: string[]): Promise<void> {
  await update<TenantReportDoc>(
    models.TenantReport,
    {},
    (current) =>
      current.applied.includes(event.id)
        ? null
        : {
            $set: { asOf: new Date(), applied: remember(current.applied, event.id) },
            events: [factsChanged(event.id, metrics, event.type, event.occurredAt)],
          },
    { create: () => ({ currency: null }) },
  );
}
