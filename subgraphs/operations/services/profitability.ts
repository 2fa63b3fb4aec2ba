/**
 * A project's profitability, computed from its timesheets, milestones, retainer periods, what finance
 * voided or credited of them, and the replicated cost rates.
 */
import { profitabilityOf, withAdjustments, type Billing, type Profitability } from '../domain/profitability';
import { progressOf } from '../domain/task';
import type { OperationsLoaders } from '../loaders';
import type { ProjectDoc } from '../models';

export async function projectProfitability(loaders: OperationsLoaders, project: ProjectDoc): Promise<Profitability> {
  const id = project._id.toString();
  const [sheets, tasks, adjustments] = await Promise.all([
    loaders.timesheetsOfProject.load(id),
    loaders.tasksOfProject.load(id),
    loaders.adjustmentsOfProject.load(id),
  ]);
  const employeeIds = [...new Set(sheets.map((s) => s.employeeId))];
  const staff = await loaders.staff.loadMany(employeeIds);
  const costRates = new Map<string, number>();
  for (const s of staff) {
    if (s && !(s instanceof Error) && s.costRateMinor != null && s.costCurrency === project.currency) {
      costRates.set(s.employeeId, s.costRateMinor);
    }
  }
  const billing: Billing[] = [
    ...sheets
      .filter((s) => s.status === 'APPROVED' && s.billedMinor)
      .map((s) => ({
        source: `timesheet:${s._id.toString()}`,
        amountMinor: s.billedMinor!,
        billedAt: s.decidedAt ?? s.updatedAt,
      })),
    ...tasks
      .filter((t) => t.billedAt && t.billedMinor)
      .map((t) => ({ source: `milestone:${t._id.toString()}`, amountMinor: t.billedMinor!, billedAt: t.billedAt! })),
    ...(project.retainerPeriods ?? []).map((p) => ({ source: p.source, amountMinor: p.amountMinor, billedAt: p.billedAt })),
  ];
  return profitabilityOf({
    currency: project.currency,
    budgetMinutes: project.budgetMinutes,
    budgetMinor: project.budgetMinor,
    time: sheets.flatMap((s) => s.entries.map((e) => ({ employeeId: s.employeeId, minutes: e.minutes }))),
    costRates,
    billing: withAdjustments(billing, adjustments),
    progressPercent: progressOf(tasks.map((t) => ({ ...t, id: t._id.toString() }))).percent,
  });
}
