import { docId } from '../../../lib/resolvers';
import { notFound } from '../../../lib/errors';
import type { TimeOffBalanceResolvers, TimeOffRequestResolvers, TimeOffTypeResolvers } from '../__generated__/resolvers-types';

export const TimeOffType: TimeOffTypeResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.timeOffType.load(reference.id),
  id: docId,
};

export const TimeOffRequest: TimeOffRequestResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.timeOffRequest.load(reference.id),
  id: docId,
  employee: async (request, _, { loaders }) =>
    (await loaders.employee.load(request.employeeId)) ?? Promise.reject(notFound('Employee', request.employeeId)),
  type: async (request, _, { loaders }) =>
    (await loaders.timeOffType.load(request.typeId)) ?? Promise.reject(notFound('Time-off type', request.typeId)),
  decidedBy: (request, _, { loaders }) => (request.decidedById ? loaders.employee.load(request.decidedById) : null),
};

export const TimeOffBalance: TimeOffBalanceResolvers = {
  type: async (balance, _, { loaders }) =>
    (await loaders.timeOffType.load(balance.typeId)) ?? Promise.reject(notFound('Time-off type', balance.typeId)),
};
