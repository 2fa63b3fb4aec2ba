import mongoose from 'mongoose';
import { connectionFromSlice, decodeCursor, pageSize, type PageArgs } from '../../../lib/pagination';
import { attentionReasons, quietCutoff } from '../domain/attention';
import { UNRESOLVED_TICKET_STATUSES } from '../domain/ticket';
import type { CustomerAttentionResolvers } from '../__generated__/resolvers-types';
import type { CustomersContext } from '../context';
import type { CustomerAttentionConnectionModel, CustomerAttentionModel, CustomerDoc } from '../models';
import { readSettings } from '../services/settings';

/** Most overdue tasks / breached tickets read per call: bounds the work whatever the backlog. */
export const ATTENTION_SCAN_LIMIT = 1000;

/**
 * Customers needing attention, newest customer first. Three index-backed, bounded reads: quiet
 * customers (`quietSince` below the cutoff, one page), overdue OPEN tasks and breached URGENT/HIGH
 * tickets (each at most ATTENTION_SCAN_LIMIT, projected to the customer id); then one `$in` read of
 * the page's customers. A backlog beyond the scan limit shows up on later calls as it is worked off.
 */
export async function customersNeedingAttention(
  ctx: CustomersContext,
  args: PageArgs,
): Promise<CustomerAttentionConnectionModel> {
  const { models } = ctx;
  const first = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after) : null;
  const now = new Date();
  const { attentionDays } = await readSettings(models);
  const below = after ? { _id: mongoose.trusted({ $lt: new mongoose.Types.ObjectId(after) }) } : {};
  const belowRef = (field: string) => (after ? { [field]: mongoose.trusted({ $lt: after }) } : {});

  const [quiet, tasks, tickets] = await Promise.all([
    models.Customer.find({ ...below, archivedAt: null, quietSince: mongoose.trusted({ $lt: quietCutoff(now, attentionDays) }) })
      .select({ _id: 1 })
      .sort({ _id: -1 })
      .limit(first + 1)
      .lean<Array<{ _id: mongoose.Types.ObjectId }>>(),
    models.Task.find({ ...belowRef('customerId'), status: 'OPEN', dueAt: mongoose.trusted({ $lt: now }) })
      .select({ customerId: 1 })
      .limit(ATTENTION_SCAN_LIMIT)
      .lean<Array<{ customerId?: string | null }>>(),
    models.Ticket.find({
      ...belowRef('customerId'),
      status: mongoose.trusted({ $in: UNRESOLVED_TICKET_STATUSES }),
      priority: mongoose.trusted({ $in: ['URGENT', 'HIGH'] }),
      slaDueAt: mongoose.trusted({ $lt: now }),
    })
      .select({ customerId: 1, number: 1 })
      .limit(ATTENTION_SCAN_LIMIT)
      .lean<Array<{ customerId: string; number: string }>>(),
  ]);

  const overdue = new Map<string, number>();
  for (const t of tasks) if (t.customerId) overdue.set(t.customerId, (overdue.get(t.customerId) ?? 0) + 1);
  const breached = new Map<string, string[]>();
  for (const t of tickets) breached.set(t.customerId, [...(breached.get(t.customerId) ?? []), t.number]);

  const ids = [...new Set([...quiet.map((c) => c._id.toString()), ...overdue.keys(), ...breached.keys()])]
    .filter((id) => mongoose.isObjectIdOrHexString(id))
    .sort()
    .reverse()
    .slice(0, first + 1);
  const customers = ids.length ? await models.Customer.find({ _id: mongoose.trusted({ $in: ids }) }).lean<CustomerDoc[]>() : [];
  const byId = new Map(customers.map((c) => [c._id.toString(), c]));
  const nodes: CustomerAttentionModel[] = [];
  for (const id of ids) {
    const customer = byId.get(id);
    if (!customer) continue;
    const reasons = attentionReasons(
      {
        quietSince: customer.quietSince ?? customer.createdAt,
        lastInteractionAt: customer.lastInteractionAt,
        overdueTasks: overdue.get(id) ?? 0,
        ticketsPastSla: breached.get(id) ?? [],
      },
      now,
      attentionDays,
    );
    if (reasons.length) nodes.push({ _id: customer._id, customer, reasons });
  }
  const { totalCount: _unused, ...connection } = connectionFromSlice(nodes, first, 0, Boolean(after));
  return connection;
}

export const CustomerAttention: CustomerAttentionResolvers = {};
