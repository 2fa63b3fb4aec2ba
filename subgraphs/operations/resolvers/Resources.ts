import { docId, ref } from '../../../lib/resolvers';
import type {
  ResourceAllocationResolvers,
  ResourcePlanCellResolvers,
  ResourcePlanRowResolvers,
} from '../__generated__/resolvers-types';

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export const ResourceAllocation: ResourceAllocationResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.allocation.load(reference.id),
  id: docId,
  employee: (a) => ref(a.employeeId),
  project: async (a, _, { loaders }) => (await loaders.project.load(a.projectId))!,
  hoursPerWeek: (a) => hours(a.minutesPerWeek),
};

export const ResourcePlanRow: ResourcePlanRowResolvers = {
  employee: (row) => ref(row.employeeId),
};

export const ResourcePlanCell: ResourcePlanCellResolvers = {
  capacityHours: (c) => hours(c.capacityMinutes),
  allocatedHours: (c) => hours(c.allocatedMinutes),
  bookedHours: (c) => hours(c.bookedMinutes),
};
