import { badInput } from '../../../lib/errors';
import { connectionFromSlice, decodeCursor, pageSize, type Connection } from '../../../lib/pagination';
import type { Transitions } from '../../../lib/state-machine';

export type TicketStatus = 'NEW' | 'OPEN' | 'PENDING' | 'RESOLVED' | 'CLOSED';
export type TicketPriority = 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT';
export type RoutingStrategy = 'ROUND_ROBIN' | 'LEAST_LOADED';

/** A rule picking the assignee of new tickets; stored in the tenant's CRM settings. */
export interface RoutingRule {
  name: string;
  priority?: TicketPriority | null;
  tag?: string | null;
  strategy: RoutingStrategy;
  agentIds: string[];
  /** Round-robin position: how many tickets this rule has routed. */
  cursor: number;
}

/** A ticket's lifecycle. RESOLVED may be reopened; CLOSED is final. */
export const TICKET_TRANSITIONS: Transitions<TicketStatus> = {
  NEW: ['OPEN'],
  OPEN: ['PENDING', 'RESOLVED'],
  PENDING: ['OPEN', 'RESOLVED'],
  RESOLVED: ['CLOSED', 'OPEN'],
  CLOSED: [],
};

/** The subset `reopenTicket` applies: only a RESOLVED ticket is reopened. */
export const TICKET_REOPEN: Transitions<TicketStatus> = { NEW: [], OPEN: [], PENDING: [], RESOLVED: ['OPEN'], CLOSED: [] };

/** Statuses in which a ticket still needs work (counted as an agent's load; SLA can be breached). */
export const UNRESOLVED_TICKET_STATUSES: TicketStatus[] = ['NEW', 'OPEN', 'PENDING'];

/** Hours from creation by which a ticket of each priority must be resolved. */
export const SLA_HOURS: Record<TicketPriority, number> = { URGENT: 4, HIGH: 8, MEDIUM: 24, LOW: 72 };

export function slaDueAt(priority: TicketPriority, createdAt: Date): Date {
  return new Date(createdAt.getTime() + SLA_HOURS[priority] * 3_600_000);
}

export function slaBreached(ticket: { status: TicketStatus; slaDueAt: Date }, now: Date): boolean {
  return UNRESOLVED_TICKET_STATUSES.includes(ticket.status) && ticket.slaDueAt.getTime() < now.getTime();
}

/** The first rule (in order) whose priority and tag conditions both hold and that has agents. */
export function matchRoutingRule<R extends Pick<RoutingRule, 'priority' | 'tag' | 'agentIds'>>(
  rules: R[],
  ticket: { priority: TicketPriority; tags: string[] },
): { rule: R; index: number } | null {
  const index = rules.findIndex(
    (r) => r.agentIds.length > 0 && (!r.priority || r.priority === ticket.priority) && (!r.tag || ticket.tags.includes(r.tag)),
  );
  return index < 0 ? null : { rule: rules[index], index };
}

/** Round robin: the agent at the rule's cursor (wrapping), and the cursor to store. */
export function roundRobinChoice(agentIds: string[], cursor: number): { agentId: string; nextCursor: number } {
  if (!agentIds.length) throw new Error('A routing rule needs at least one agent.');
  const position = ((cursor % agentIds.length) + agentIds.length) % agentIds.length;
  return { agentId: agentIds[position], nextCursor: cursor + 1 };
}

/** Least loaded: the agent with the fewest unresolved tickets; ties go to the one listed first. */
export function leastLoadedChoice(agentIds: string[], load: Map<string, number>): string {
  if (!agentIds.length) throw new Error('A routing rule needs at least one agent.');
  let best = agentIds[0];
  for (const agent of agentIds) if ((load.get(agent) ?? 0) < (load.get(best) ?? 0)) best = agent;
  return best;
}

/** Comments one ticket keeps; a conversation longer than this belongs in a new ticket. */
export const TICKET_COMMENT_LIMIT = 500;

export type TicketCommentVisibility = 'PUBLIC' | 'INTERNAL';

/** Statuses in which the customer's satisfaction may be recorded: the work is done. */
export const RATEABLE_TICKET_STATUSES: TicketStatus[] = ['RESOLVED', 'CLOSED'];

/** A satisfaction rating is a whole number from 1 (very unhappy) to 5 (very happy). */
export const validRating = (rating: number): boolean => Number.isInteger(rating) && rating >= 1 && rating <= 5;

/** One page of a ticket's conversation (oldest first), optionally of one visibility only. */
export function ticketCommentPage<C extends { _id: { toString(): string }; visibility: TicketCommentVisibility }>(
  comments: C[],
  args: { first?: number | null; after?: string | null; visibility?: TicketCommentVisibility | null },
): Connection<C> {
  const first = pageSize(args.first);
  const shown = args.visibility ? comments.filter((c) => c.visibility === args.visibility) : comments;
  const after = args.after ? decodeCursor(args.after) : null;
  const start = after ? shown.findIndex((c) => c._id.toString() === after) + 1 : 0;
  if (after && start === 0) throw badInput('Invalid cursor: pass an endCursor from a previous page of this ticket.');
  return connectionFromSlice(shown.slice(start, start + first + 1), first, shown.length, start > 0);
}

export const ROUTING_STRATEGIES: RoutingStrategy[] = ['ROUND_ROBIN', 'LEAST_LOADED'];
