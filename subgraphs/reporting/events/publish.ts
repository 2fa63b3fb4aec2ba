/**
 * What reporting publishes: `reporting.facts.changed` (lib/events/catalog.ts), stored in the
 * tenant document's outbox by the write that records a change (services/facts.ts), once per
 * applied event, and once at the end of a rebuild.
 */
import { domainEvent } from '../../../lib/events/catalog';
import { currentTenantId } from '../../../lib/tenancy';

/** The `eventType` of the change a rebuild publishes (every metric may have changed). */
export const REBUILD_EVENT_TYPE = 'reporting.rebuild';

/** `reporting.facts.changed`: its aggregate is the source event, which is how `businessHealthChange(id)` finds it. */
export function factsChanged(sourceEventId: string, metrics: string[], eventType: string, occurredAt: string) {
  return domainEvent('reporting.facts.changed', {
    tenantId: currentTenantId(),
    aggregateId: sourceEventId,
    payload: { sourceEventId, metrics, eventType, occurredAt },
  });
}
