/**
 * `businessHealthChange(id)`: what `Subscription.businessHealthChanged` delivers, read back from
 * the durable event log (the tenant's `reporting.facts.changed` whose aggregate is the source
 * event), so the gateway's subscription delivery can look it up like any entity.
 */
import type { InspectableEventBus } from '../../../lib/events';
import type { EventPayload } from '../../../lib/events/catalog';
import type { KpiMetric } from '../domain/kpis';
import type { BusinessHealthChangeModel } from '../models';

export async function businessHealthChange(
  bus: InspectableEventBus,
  tenantId: string,
  id: string,
): Promise<BusinessHealthChangeModel | null> {
  const [logged] = await bus.recent(tenantId, { limit: 1, type: 'reporting.facts.changed', aggregateId: id });
  if (!logged) return null;
  const p = logged.event.payload as unknown as EventPayload<'reporting.facts.changed'>;
  return { id: p.sourceEventId, metrics: p.metrics as KpiMetric[], eventType: p.eventType, occurredAt: new Date(p.occurredAt) };
}
