import { notFound } from '../../../lib/errors';
import { docId } from '../../../lib/resolvers';
import type { TimeOffRequestResolvers } from '../__generated__/resolvers-types';

export const TimeOffRequest: TimeOffRequestResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.timeOffRequest.load(reference.id),
  id: docId,
  employee: async (request, _, { loaders }) =>
    (await loaders.employee.load(request.employeeId)) ?? Promise.reject(notFound('Employee', request.employeeId)),
  type: async (request, _, { loaders }) =>
    (await loaders.timeOffType.load(request.typeId)) ?? Promise.reject(notFound('Time-off type', request.typeId)),
  decidedBy: (request, _, { loaders }) => (request.decidedById ? loaders.employee.load(request.decidedById) : null),
};
