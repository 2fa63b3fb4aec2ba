import { scalarResolvers } from '../../../lib/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Customer, Deal, Employee } from './Entities';
import { Mutation } from './Mutation';
import { Project, ProjectProfitability } from './Project';
import { ProjectTask } from './ProjectTask';
import { Query } from './Query';
import { ResourceAllocation, ResourcePlanCell, ResourcePlanRow } from './Resources';
import { TimeEntry, Timesheet } from './Timesheet';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Customer,
  Deal,
  Employee,
  Project,
  ProjectProfitability,
  ProjectTask,
  Timesheet,
  TimeEntry,
  ResourceAllocation,
  ResourcePlanRow,
  ResourcePlanCell,
};
