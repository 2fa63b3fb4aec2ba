/**
 * Platform administration of the event bus, for the identity subgraph's admin queries: the
 * tenant's recent events, consumer lag and dead letters of every group (kept in the shared events
 * database by every subgraph service). Reads only, always scoped to the caller's tenant; the one
 * write, a replay request, goes through lib/events (services/dead-letters.ts). What identity itself
 * publishes and consumes (audited actions of other domains, and every type for partner webhooks) is
 * in publish.ts and consume.ts.
 */
import mongoose from 'mongoose';
import { badInput } from '../../../lib/errors';
import { deadLetterModel, type DeadLetter, type DeadLetterStatus } from '../../../lib/events';
import { pageSize, type PageArgs } from '../../../lib/pagination';
import type { SubgraphEventsAccess } from '../../../lib/subgraph';
import {
  DEAD_LETTER_STATUS,
  type DeadLetterConnectionModel,
  type DeadLetterStatusName,
  type DomainEventConnectionModel,
  type EventConsumerConnectionModel,
} from '../models';

const OPEN: DeadLetterStatus[] = ['failed', 'parked', 'replay_requested'];

/** Cursors name a log position or a group; opaque like every cursor of the API. */
const encode = (kind: string, value: string) => Buffer.from(`${kind}:${value}`).toString('base64url');
function decode(kind: string, cursor: string, valid: (value: string) => boolean): string {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const value = raw.startsWith(`${kind}:`) ? raw.slice(kind.length + 1) : '';
  if (!valid(value)) throw badInput('Invalid cursor: pass an endCursor from a previous page.');
  return value;
}

function connection<T>(items: T[], first: number, cursor: (item: T) => string, after: boolean) {
  const edges = items.slice(0, first).map((node) => ({ cursor: cursor(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: items.length > first,
      hasPreviousPage: after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

export async function recentEvents(
  events: SubgraphEventsAccess,
  tenantId: string,
  args: PageArgs & { filter?: { type?: string | null; aggregateId?: string | null } | null },
): Promise<DomainEventConnectionModel> {
  const first = pageSize(args.first);
  const before = args.after ? decode('pos', args.after, (v) => /^\d+$/.test(v)) : undefined;
  const items = first
    ? await events.bus.recent(tenantId, {
        limit: first + 1,
        before,
        type: args.filter?.type ?? undefined,
        aggregateId: args.filter?.aggregateId ?? undefined,
      })
    : [];
  const filter = { type: args.filter?.type ?? undefined, aggregateId: args.filter?.aggregateId ?? undefined };
  return {
    ...connection(items, first, (e) => encode('pos', e.position), Boolean(args.after)),
    totalCount: () => events.bus.count(tenantId, filter), // counted only when selected
  };
}

export async function consumerStatuses(
  events: SubgraphEventsAccess,
  tenantId: string,
  args: PageArgs,
): Promise<EventConsumerConnectionModel> {
  const first = pageSize(args.first);
  const after = args.after ? decode('group', args.after, (v) => v.length > 0) : undefined;
  const groups = await events.bus.groups(tenantId);
  // Groups with open dead letters of this tenant, counted in one query (reduced here: portable, no $group stage needed).
  const open = await deadLetterModel(events.connection)
    .find({ tenantId, status: mongoose.trusted({ $in: OPEN }) }, { group: 1 })
    .lean<Array<{ group: string }>>();
  const counts = new Map<string, number>();
  for (const { group } of open) counts.set(group, (counts.get(group) ?? 0) + 1);
  const all = groups.map((g) => ({ ...g, openDeadLetters: counts.get(g.group) ?? 0 }));
  const page = all.filter((g) => after === undefined || g.group > after).slice(0, first + 1);
  return {
    ...connection(page, first, (g) => encode('group', g.group), Boolean(after)),
    totalCount: all.length,
  };
}

export async function deadLetters(
  events: SubgraphEventsAccess,
  tenantId: string,
  args: PageArgs & { filter?: { group?: string | null; status?: DeadLetterStatusName | null } | null },
): Promise<DeadLetterConnectionModel> {
  const first = pageSize(args.first);
  const model = deadLetterModel(events.connection);
  const filter = {
    tenantId,
    ...(args.filter?.group ? { group: args.filter.group } : {}),
    ...(args.filter?.status ? { status: DEAD_LETTER_STATUS[args.filter.status] } : {}),
  };
  const after = args.after ? decode('dl', args.after, (v) => mongoose.isObjectIdOrHexString(v)) : undefined;
  // Counted before the page is read: letters only ever arrive, so the page holds every one the count saw.
  const totalCount = await model.countDocuments(filter);
  const items = first
    ? await model
        .find(after ? { ...filter, _id: mongoose.trusted({ $lt: new mongoose.Types.ObjectId(after) }) } : filter)
        .sort({ _id: -1 })
        .limit(first + 1)
        .lean<DeadLetter[]>()
    : [];
  return {
    ...connection(items, first, (d) => encode('dl', String(d._id)), Boolean(after)),
    totalCount,
  };
}
