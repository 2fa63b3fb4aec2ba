/**
 * What operations consumes, in ONE consumer group (`operations.reactions`, one bus poller):
 * won deals (a project, once per deal under the unique `deal:<id>` key), hr's employees (name,
 * role, department, country, hours, cost rate; the newest version wins), approved time off (once per
 * request), the holiday calendar (newest version per holiday), and what finance voided or credited
 * of operations' invoices (once per void and per credit note). Each handler is idempotent on its own, so a redelivery changes nothing.
 */
import type { EventEnvelope, EventHandler } from '../../../lib/events';
import type { ConsumerDefinition } from '../../../lib/subgraph';
import type { OperationsModels } from '../models';
import { projectFromWonDeal } from '../services/projects';
import { applyBillingAdjustment } from '../services/adjustments';
import { applyEmployeeUpserted, applyHoliday, applyTimeOffApproved } from '../services/staff';

const HANDLERS: Record<string, (models: OperationsModels, event: EventEnvelope) => Promise<void>> = {
  'sales.deal.won': projectFromWonDeal,
  'hr.employee.upserted': applyEmployeeUpserted,
  'hr.timeOff.approved': applyTimeOffApproved,
  'hr.holiday.upserted': applyHoliday,
  'hr.holiday.removed': applyHoliday,
  'finance.invoice.statusChanged': applyBillingAdjustment,
  'finance.creditNote.issued': applyBillingAdjustment,
};

export const OPERATIONS_EVENT_TYPES = Object.keys(HANDLERS);
export const REACTIONS_GROUP = 'operations.reactions';

export function operationsConsumers(models: OperationsModels): ConsumerDefinition[] {
  const handle: EventHandler = async (event) => HANDLERS[event.type]?.(models, event);
  return [{ group: REACTIONS_GROUP, types: OPERATIONS_EVENT_TYPES, handle }];
}
