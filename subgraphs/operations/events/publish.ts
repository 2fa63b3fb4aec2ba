/**
 * What operations publishes: each event built from the document it is about, in the shapes of
 * lib/events/catalog.ts. The services store them in the same write as the change.
 */
import { domainEvent, type LinePayload } from '../../../lib/events/catalog';
import { currentTenantId } from '../../../lib/tenancy';
import { totalMinutes } from '../domain/timesheet';
import type { ProjectDoc, TimesheetDoc } from '../models';

export const projectStatusChanged = (project: ProjectDoc, fromStatus: string, toStatus: string, requestId?: string) =>
  domainEvent('operations.project.statusChanged', {
    tenantId: currentTenantId(),
    aggregateId: project._id.toString(),
    requestId,
    payload: { projectId: project._id.toString(), customerId: project.customerId, fromStatus, toStatus },
  });

export const timesheetSubmitted = (sheet: TimesheetDoc, requestId?: string) =>
  domainEvent('operations.timesheet.submitted', {
    tenantId: currentTenantId(),
    aggregateId: sheet._id.toString(),
    requestId,
    payload: {
      timesheetId: sheet._id.toString(),
      projectId: sheet.projectId,
      employeeId: sheet.employeeId,
      weekStart: sheet.weekStart,
      minutes: totalMinutes(sheet.entries),
    },
  });

/** Work to invoice (an approved timesheet or a completed milestone), once per `source`. */
export const billingReady = (
  source: string,
  project: Pick<ProjectDoc, '_id' | 'name' | 'customerId' | 'currency'>,
  lines: LinePayload[],
  requestId?: string,
) =>
  domainEvent('operations.billing.ready', {
    tenantId: currentTenantId(),
    aggregateId: source.split(':')[1],
    requestId,
    payload: {
      source,
      projectId: project._id.toString(),
      projectName: project.name,
      customerId: project.customerId,
      currency: project.currency,
      lines,
    },
  });
