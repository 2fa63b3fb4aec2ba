/**
 * `rebuildReports`: the read model is derived data, so it can be thrown away and derived again.
 * For the caller's tenant: its daily facts and state documents are deleted, its base currency
 * forgotten, and its events read from the durable log and applied again in log order by the same
 * code the consumer runs (services/facts.ts), without a change event per replayed event; one
 * `reporting.facts.changed` (every metric) ends it.
 *
 * It runs under the consumer group's in-process lock, so this process's consumer is not half-way
 * through a batch meanwhile, and it replays only what the group has acknowledged: events after that
 * come to the consumer as usual. The log keeps events for the retention period (EVENT_RETENTION_DAYS,
 * 30 days by default): facts older than the oldest event still in the log are not rebuilt.
 */
import type { Connection } from 'mongoose';
import type { EventEnvelope, InspectableEventBus } from '../../../lib/events';
import { withKeyLock } from '../../../lib/keyed-lock';
import { currentTenantId } from '../../../lib/tenancy';
import { remove, update } from '../../../lib/write';
import { KPI_METRICS, SOURCE_EVENT_TYPES } from '../domain/kpis';
import { REPORTING_GROUP } from '../events/consume';
import { REBUILD_EVENT_TYPE, factsChanged } from '../events/publish';
import type { ReportingModels, TenantReportDoc } from '../models';
import { applyEvent } from './facts';

/** Events read from the log per page. */
const PAGE = 500;

/** The key lib/events/consumer.ts serializes a group's rounds with (EventConsumer.exclusive). */
const consumerLockKey = (connection: Connection) => `event-consumer:${connection.name}:${REPORTING_GROUP}`;

/** The tenant's events of the KPIs' types the group has acknowledged, oldest first. */
export async function acknowledgedEvents(bus: InspectableEventBus, tenantId: string): Promise<EventEnvelope[]> {
  const acknowledged = (await bus.lag(REPORTING_GROUP)).position;
  const types = new Set<string>(SOURCE_EVENT_TYPES);
  const newestFirst: EventEnvelope[] = [];
  let before: string | undefined;
  for (;;) {
    const page = await bus.recent(tenantId, { limit: PAGE, before });
    for (const logged of page) {
      const position = Number(logged.position);
      // Positions of the MongoDB log are numbers; a bus whose positions are not replays everything (the writes dedupe).
      if (Number.isFinite(position) && position > acknowledged) continue;
      if (types.has(logged.event.type)) newestFirst.push(logged.event);
    }
    if (page.length < PAGE) break;
    before = page[page.length - 1].position;
  }
  return newestFirst.reverse();
}

export async function rebuildReports(
  models: ReportingModels,
  bus: InspectableEventBus,
): Promise<{ eventsReplayed: number; factsWritten: number }> {
  const tenantId = currentTenantId();
  return withKeyLock(consumerLockKey(models.DailyFact.db), async () => {
    const events = await acknowledgedEvents(bus, tenantId);
    await remove(models.DailyFact, {});
    await remove(models.ReportSubject, {});
    // The tenant document stays (its outbox may hold changes not yet published): only what the replay decides again is reset.
    await update<TenantReportDoc>(models.TenantReport, {}, () => ({ $set: { currency: null, applied: [] } }), {
      create: () => ({ currency: null }),
    });
    for (const event of events) await applyEvent(models, event, { publish: false });
    const factsWritten = await models.DailyFact.countDocuments({});
    const now = new Date().toISOString();
    await update<TenantReportDoc>(models.TenantReport, {}, () => ({
      $set: { asOf: new Date() },
      events: [factsChanged(`rebuild:${tenantId}:${now}`, [...KPI_METRICS], REBUILD_EVENT_TYPE, now)],
    }));
    return { eventsReplayed: events.length, factsWritten };
  });
}
