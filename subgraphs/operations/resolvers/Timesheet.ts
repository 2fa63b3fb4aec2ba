import { notFound } from '../../../lib/errors';
import { toMoney } from '../../../lib/money';
import { docId, ref } from '../../../lib/resolvers';
import type { TimeEntryResolvers, TimesheetResolvers } from '../__generated__/resolvers-types';
import { billableMinutes, totalMinutes } from '../domain/timesheet';

export const Timesheet: TimesheetResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.timesheet.load(reference.id),
  id: docId,
  employee: (sheet) => ref(sheet.employeeId),
  project: async (sheet, _, { loaders }) =>
    (await loaders.project.load(sheet.projectId)) ?? Promise.reject(notFound('Project', sheet.projectId)),
  entries: (sheet) =>
    [...sheet.entries].sort((a, b) => a.date.localeCompare(b.date)).map((e) => ({ ...e, currency: sheet.currency })),
  totalMinutes: (sheet) => totalMinutes(sheet.entries),
  billableMinutes: (sheet) => billableMinutes(sheet.entries),
  decidedBy: (sheet) => (sheet.decidedById ? ref(sheet.decidedById) : null),
  billedAmount: (sheet) => (sheet.billedMinor == null ? null : toMoney(sheet.billedMinor, sheet.currency)),
};

export const TimeEntry: TimeEntryResolvers = {
  id: docId,
  task: (entry, _, { loaders }) => (entry.taskId ? loaders.task.load(entry.taskId) : null),
  rate: (entry) => (entry.rateMinor == null ? null : toMoney(entry.rateMinor, entry.currency)),
};
