import { runMutation } from '../../../lib/mutation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { createDepartment, updateDepartment } from '../services/departments';
import {
  changeEmployeeStatus,
  createEmployee,
  setEmployeeArchived,
  terminateEmployee,
  updateEmployee,
} from '../services/employees';
import {
  addOneOnOneNote,
  calibrateReview,
  createGoal,
  createReviewCycle,
  finalizeReviewCycle,
  submitManagerReview,
  submitPeerFeedback,
  submitSelfReview,
  updateGoal,
} from '../services/performance';
import { linkUserToEmployee, unlinkUser } from '../services/user-links';
import { addHoliday, removeHoliday, updateHoliday } from '../services/holidays';
import {
  approvePayrollRun,
  cancelPayrollRun,
  configurePayroll,
  createPayrollRun,
  markPayrollPaid,
  postPayrollRun,
} from '../services/payroll';
import { createTimeOffRequest, createTimeOffType, decideTimeOffRequest, submitTimeOffRequest } from '../services/time-off';

/** Thin: each mutation is one service call; expected failures become its `userErrors`. */
export const Mutation: MutationResolvers = {
  createDepartment: (_, { input }, { models }) =>
    runMutation(async () => ({ department: await createDepartment(models, input) })),
  updateDepartment: (_, { input }, { models }) =>
    runMutation(async () => ({ department: await updateDepartment(models, input) })),

  createEmployee: (_, { input }, ctx) => runMutation(async () => ({ employee: await createEmployee(ctx.models, input, ctx) })),
  updateEmployee: (_, { input }, ctx) => runMutation(async () => ({ employee: await updateEmployee(ctx.models, input, ctx) })),
  archiveEmployee: (_, { input }, ctx) =>
    runMutation(async () => ({ employee: await setEmployeeArchived(ctx.models, input, true, ctx) })),
  restoreEmployee: (_, { input }, ctx) =>
    runMutation(async () => ({ employee: await setEmployeeArchived(ctx.models, input, false, ctx) })),
  changeEmployeeStatus: (_, { input }, { models }) =>
    runMutation(async () => ({ employee: await changeEmployeeStatus(models, input) })),
  terminateEmployee: (_, { input }, { models }) =>
    runMutation(async () => ({ employee: await terminateEmployee(models, input) })),

  createGoal: (_, { input }, ctx) => runMutation(async () => ({ goal: await createGoal(ctx.models, input, ctx) })),
  updateGoal: (_, { input }, ctx) => runMutation(async () => ({ goal: await updateGoal(ctx.models, input, ctx) })),
  createReviewCycle: (_, { input }, { models }) =>
    runMutation(async () => ({ reviewCycle: await createReviewCycle(models, input) })),
  submitSelfReview: (_, { input }, ctx) => runMutation(async () => ({ review: await submitSelfReview(ctx.models, input, ctx) })),
  submitManagerReview: (_, { input }, ctx) =>
    runMutation(async () => ({ review: await submitManagerReview(ctx.models, input, ctx) })),
  submitPeerFeedback: (_, { input }, ctx) =>
    runMutation(async () => ({ review: await submitPeerFeedback(ctx.models, input, ctx) })),
  calibrateReview: (_, { input }, { models }) => runMutation(async () => ({ review: await calibrateReview(models, input) })),
  finalizeReviewCycle: (_, { input }, ctx) =>
    runMutation(async () => ({ reviewCycle: await finalizeReviewCycle(ctx.models, input.id, ctx) })),
  addOneOnOneNote: (_, { input }, ctx) =>
    runMutation(async () => ({ oneOnOneNote: await addOneOnOneNote(ctx.models, input, ctx) })),

  linkUserToEmployee: (_, { input }, ctx) =>
    runMutation(async () => ({ userLink: await linkUserToEmployee(ctx.models, input, 'ADMIN', ctx.requestId) })),
  unlinkUser: (_, { input }, ctx) =>
    runMutation(async () => ({ userLink: await unlinkUser(ctx.models, input.userId, ctx.requestId) })),

  addHoliday: (_, { input }, { models }) => runMutation(async () => ({ holiday: await addHoliday(models, input) })),
  updateHoliday: (_, { input }, { models }) => runMutation(async () => ({ holiday: await updateHoliday(models, input) })),
  removeHoliday: (_, { input }, { models }) => runMutation(async () => ({ holiday: await removeHoliday(models, input.id) })),

  createTimeOffType: (_, { input }, { models }) =>
    runMutation(async () => ({ timeOffType: await createTimeOffType(models, input) })),
  createTimeOffRequest: (_, { input }, { models }) =>
    runMutation(async () => ({ timeOffRequest: await createTimeOffRequest(models, input) })),
  submitTimeOffRequest: (_, { input }, { models }) =>
    runMutation(async () => ({ timeOffRequest: await submitTimeOffRequest(models, input.id) })),
  approveTimeOffRequest: (_, { input }, ctx) =>
    runMutation(async () => ({ timeOffRequest: await decideTimeOffRequest(ctx.models, input, 'APPROVED', ctx) })),
  rejectTimeOffRequest: (_, { input }, ctx) =>
    runMutation(async () => ({ timeOffRequest: await decideTimeOffRequest(ctx.models, input, 'REJECTED', ctx) })),

  configurePayroll: (_, { input }, { models }) =>
    runMutation(async () => ({ payrollSettings: await configurePayroll(models, input) })),
  createPayrollRun: (_, { input }, { models }) =>
    runMutation(async () => ({ payrollRun: await createPayrollRun(models, input.period) })),
  approvePayrollRun: (_, { input }, { models }) =>
    runMutation(async () => ({ payrollRun: await approvePayrollRun(models, input.id) })),
  postPayrollRun: (_, { input }, ctx) =>
    runMutation(async () => ({ payrollRun: await postPayrollRun(ctx.models, input.id, ctx) })),
  markPayrollPaid: (_, { input }, ctx) =>
    runMutation(async () => ({ payrollRun: await markPayrollPaid(ctx.models, input, ctx) })),
  cancelPayrollRun: (_, { input }, { models }) =>
    runMutation(async () => ({ payrollRun: await cancelPayrollRun(models, input.id) })),
};
