/**
 * What hr publishes: each event built from the document it is about, in the shapes of
 * lib/events/catalog.ts. The services store them in the same write as the change.
 */
import { domainEvent } from '../../../lib/events/catalog';
import { currentTenantId } from '../../../lib/tenancy';
import { payrollTotals } from '../domain/payroll';
import type { PayrollRunDoc } from '../models';

/** A run was posted: its totals, the exact sums of its payslips (finance books them). */
export function payrollPosted(run: PayrollRunDoc, requestId?: string) {
  const payrollRunId = run._id.toString();
  return domainEvent('hr.payroll.posted', {
    tenantId: currentTenantId(),
    aggregateId: payrollRunId,
    requestId,
    payload: { payrollRunId, period: run.period, currency: run.currency, ...payrollTotals(run.payslips) },
  });
}
