/**
 * What reporting consumes: every event type a KPI is derived from (domain/kpis.ts
 * SOURCE_EVENT_TYPES), in ONE consumer group (`reporting.facts`, one bus poller, bus order), each
 * applied to the tenant's daily facts and state by services/facts.ts. At least once: the group's
 * processed-id records skip a redelivery, and each write remembers the event id for the crash
 * window in between.
 */
import type { ConsumerDefinition } from '../../../lib/subgraph';
import { SOURCE_EVENT_TYPES } from '../domain/kpis';
import type { ReportingModels } from '../models';
import { applyEvent } from '../services/facts';

export const REPORTING_GROUP = 'reporting.facts';

export function reportingConsumers(models: ReportingModels): ConsumerDefinition[] {
  return [
    {
      group: REPORTING_GROUP,
      types: SOURCE_EVENT_TYPES,
      handle: async (event) => {
        await applyEvent(models, event);
      },
    },
  ];
}
