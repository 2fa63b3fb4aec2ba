import { listed } from '../../../lib/archive';
import mongoose from 'mongoose';
import { badInput } from '../../../lib/errors';
import { paginate, pageSize, paginateSorted, type SortSpec } from '../../../lib/pagination';
import type { CustomerSort, QueryResolvers } from '../__generated__/resolvers-types';
import { searchPatterns } from '../domain/customer';
import type { TaskDoc } from '../models';
import { readSettings, settingsView } from '../services/settings';
import { employeeOfCaller } from '../services/user-links';
import { customersNeedingAttention } from './CustomerAttention';

/** The sorts of `customers`: each a keyset on (field, _id), indexed after tenantId (and status). */
const CUSTOMER_SORTS: Record<CustomerSort, SortSpec> = {
  NEWEST_FIRST: { field: '_id', direction: -1 },
  OLDEST_FIRST: { field: '_id', direction: 1 },
  NAME_ASC: { field: 'nameKey', direction: 1 },
  NAME_DESC: { field: 'nameKey', direction: -1 },
  LAST_ACTIVITY_DESC: { field: 'lastInteractionAt', direction: -1 },
  LAST_ACTIVITY_ASC: { field: 'lastInteractionAt', direction: 1 },
};

const and = (conditions: Record<string, unknown>[]) => (conditions.length ? { $and: conditions } : {});

export const Query: QueryResolvers = {
  customer: (_, { id }, { loaders }) => loaders.customer.load(id),
  customers: (_, { first, after, filter, sort, includeArchived }, { models }) => {
    const conditions: Record<string, unknown>[] = [listed(includeArchived)];
    if (filter?.status) conditions.push({ status: filter.status });
    if (filter?.kind) conditions.push({ kind: filter.kind });
    if (filter?.ownerId) conditions.push({ ownerId: filter.ownerId });
    if (filter?.tag) conditions.push({ tags: filter.tag.trim().toLowerCase() });
    for (const pattern of searchPatterns(filter?.search ?? '')) conditions.push({ searchTerms: pattern });
    return paginateSorted(models.Customer, and(conditions), { first, after }, CUSTOMER_SORTS[sort ?? 'NEWEST_FIRST']);
  },
  ticket: (_, { id }, { loaders }) => loaders.ticket.load(id),
  tickets: (_, { first, after, filter }, { models }) => {
    const conditions: Record<string, unknown>[] = [];
    if (filter?.status) conditions.push({ status: filter.status });
    if (filter?.priority) conditions.push({ priority: filter.priority });
    if (filter?.assigneeId) conditions.push({ assigneeId: filter.assigneeId });
    if (filter?.customerId) conditions.push({ customerId: filter.customerId });
    return paginate(models.Ticket, and(conditions), { first, after });
  },
  task: (_, { id }, { loaders }) => loaders.task.load(id),
  tasks: (_, { first, after, filter }, { models }) => {
    const conditions: Record<string, unknown>[] = [];
    if (filter?.status) conditions.push({ status: filter.status });
    if (filter?.assigneeId) conditions.push({ assigneeId: filter.assigneeId });
    if (filter?.customerId) conditions.push({ customerId: filter.customerId });
    return paginate(models.Task, and(conditions), { first, after });
  },
  myTasks: async (_, { dueBefore, assigneeId, first }, { models, principal }) => {
    const assignee = assigneeId || (await employeeOfCaller(models, principal));
    if (!assignee) {
      throw badInput('Pass assigneeId, or sign in as a user linked to an employee (hr linkUserToEmployee or a matching email).');
    }
    const filter: Record<string, unknown> = { assigneeId: assignee, status: 'OPEN' };
    if (dueBefore) filter.dueAt = mongoose.trusted({ $lt: dueBefore });
    return models.Task.find(filter).sort({ dueAt: 1, _id: 1 }).limit(pageSize(first)).lean<TaskDoc[]>();
  },
  customersNeedingAttention: (_, { first, after }, ctx) => customersNeedingAttention(ctx, { first, after }),
  crmSettings: async (_, __, { models }) => settingsView(await readSettings(models)),
};
