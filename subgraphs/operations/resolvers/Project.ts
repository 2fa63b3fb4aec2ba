import { toMoney } from '../../../lib/money';
import { docId, ref } from '../../../lib/resolvers';
import type { ProjectProfitabilityResolvers, ProjectResolvers } from '../__generated__/resolvers-types';
import { revenueOf } from '../domain/profitability';
import { progressOf } from '../domain/task';
import type { ProfitabilityModel } from '../models';
import { projectProfitability } from '../services/profitability';

const minor = (value: number | null | undefined, currency: string) => (value == null ? null : toMoney(value, currency));
const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export const Project: ProjectResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.project.load(reference.id),
  id: docId,
  customer: (project) => ref(project.customerId),
  manager: (project) => (project.managerId ? ref(project.managerId) : null),
  deal: (project) => (project.dealId ? ref(project.dealId) : null),
  budgetHours: (project) => (project.budgetMinutes == null ? null : hours(project.budgetMinutes)),
  budget: (project) => minor(project.budgetMinor, project.currency),
  defaultRate: (project) => minor(project.defaultRateMinor, project.currency),
  roleRates: (project) => project.roleRates.map((r) => ({ role: r.role, rate: toMoney(r.rateMinor, project.currency) })),
  milestones: async (project, _, { loaders }) =>
    (await loaders.tasksOfProject.load(project._id.toString())).filter((t) => t.kind === 'MILESTONE'),
  tasks: (project, _, { loaders }) => loaders.tasksOfProject.load(project._id.toString()),
  progress: async (project, _, { loaders }) =>
    progressOf((await loaders.tasksOfProject.load(project._id.toString())).map((t) => ({ ...t, id: t._id.toString() }))),
  profitability: (project, _, { loaders }) => projectProfitability(loaders, project),
  allocations: (project, _, { loaders }) => loaders.allocationsOfProject.load(project._id.toString()),
  retainer: (project) =>
    project.contractType === 'RETAINER' && project.retainer
      ? {
          fee: toMoney(project.retainer.feeMinor, project.currency),
          includedHours: hours(project.retainer.includedMinutes),
          billOverage: project.retainer.billOverage,
          nextBillingAt: project.retainerDueAt ?? null,
          periods: (project.retainerPeriods ?? []).map((p) => ({
            period: p.period,
            source: p.source,
            fee: toMoney(p.feeMinor, project.currency),
            includedHours: hours(p.includedMinutes),
            usedHours: hours(p.usedMinutes),
            overageHours: hours(p.overageMinutes),
            overage: toMoney(p.overageMinor, project.currency),
            amount: toMoney(p.amountMinor, project.currency),
            billedAt: p.billedAt,
          })),
        }
      : null,
};

const money = (p: ProfitabilityModel, value: number) => toMoney(value, p.currency);

export const ProjectProfitability: ProjectProfitabilityResolvers = {
  revenue: (p) => money(p, p.revenueMinor),
  cost: (p) => money(p, p.costMinor),
  margin: (p) => money(p, p.marginMinor),
  marginPercent: (p) => p.marginPercent,
  hoursLogged: (p) => hours(p.minutesLogged),
  unpricedHours: (p) => hours(p.unpricedMinutes),
  budgetHoursUsedPercent: (p) => p.budgetHoursUsedPercent,
  budgetUsedPercent: (p) => p.budgetUsedPercent,
  estimateAtCompletion: (p) => (p.estimateAtCompletionMinor == null ? null : money(p, p.estimateAtCompletionMinor)),
  billing: (p) =>
    p.billing.map((b) => ({
      source: b.source,
      amount: money(p, b.amountMinor),
      billedAt: b.billedAt,
      voided: Boolean(b.voided),
      credited: money(p, b.creditedMinor ?? 0),
      revenue: money(p, revenueOf(b)),
    })),
};
