/**
 * From the event log to the subscribers. An event goes to the subscriptions of its tenant only
 * (event.tenantId === the subscriber's tenant, always) whose filter arguments match the payload.
 * Subscribers that share principal, operation and variables form one group, and one execution
 * per event serves them all. Each group works through its own chain (events stay in order per
 * subscriber), so a slow group does not hold up the others; at most `MAX_CONCURRENT_EXECUTIONS`
 * delivery queries run at once, and the tail stops reading while `MAX_PENDING_CHUNKS` chunks are
 * waiting.
 */
import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import type { EventEnvelope } from '../../lib/events';
import type { Logger } from '../../lib/logger';
import type { RequestPrincipal } from '../../lib/signed-context';
import type { GatewayContext } from '../context';
import type { SubscriberConnection } from './connection-auth';
import { deliveryVariables, eventResults, type DeliveryQuery } from './delivery';
import type { SubscriptionField } from './fields';
import { SubscriptionStream, type Result } from './stream';

const MAX_CONCURRENT_EXECUTIONS = 32;
const MAX_PENDING_CHUNKS = 5_000;

type Stream = SubscriptionStream<SubscriberConnection>;

/** What subscribers of one group share: who they are, what they subscribed to, and how it is delivered. */
export interface GroupSpec {
  /** Tenant, principal, scopes, operation and variables: subscribers with the same key share executions. */
  key: string;
  entry: SubscriptionField;
  tenantId: string;
  /** payload field -> required value. */
  filters: Array<[string, string]>;
  /** The root field's alias or name in the subscriber's operation. */
  responseKey: string;
  query: DeliveryQuery;
  variables: Record<string, unknown>;
  operationName?: string;
  /** Events one delivery query may carry without breaking a limit. */
  chunkSize: number;
}

interface Group extends GroupSpec {
  members: Set<Stream>;
  /** The group's deliveries, one after the other. */
  chain: Promise<void>;
}

export interface FanoutDeps {
  apollo: ApolloServer<any>;
  /** The connection's current principal, or null when its credential no longer holds (it is closed then). */
  stillValid: (conn: SubscriberConnection) => Promise<RequestPrincipal | null>;
  /** Messages queued for one connection before it is closed with 1013. */
  maxQueuedPerConnection: number;
  log: Logger;
}

export interface Fanout {
  /** Subscriptions currently open. */
  readonly active: number;
  /** A new subscriber's stream, in the group of `spec.key` (created when it is the first). */
  join(conn: SubscriberConnection, spec: GroupSpec): Stream;
  /** Delivers one poll's events; resolves once the pending deliveries are under the cap again. */
  deliver(events: EventEnvelope[]): Promise<void>;
  /** Resolves when every delivery under way is done. */
  settled(): Promise<void>;
}

class Semaphore {
  private readonly waiting: Array<() => void> = [];
  constructor(private free: number) {}
  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}

export function createFanout(deps: FanoutDeps): Fanout {
  const { log, stillValid } = deps;
  const groups = new Map<string, Group>();
  let active = 0;
  let pendingChunks = 0;
  const drained: Array<() => void> = [];
  const executions = new Semaphore(MAX_CONCURRENT_EXECUTIONS);

  function join(conn: SubscriberConnection, spec: GroupSpec): Stream {
    let group = groups.get(spec.key);
    if (!group) {
      group = { ...spec, members: new Set(), chain: Promise.resolve() };
      groups.set(spec.key, group);
    }
    const joined = group;
    const sub: Stream = new SubscriptionStream(conn, deps.maxQueuedPerConnection, () => {
      joined.members.delete(sub);
      if (!joined.members.size) groups.delete(joined.key);
      conn.subs.delete(sub);
      active -= 1;
    });
    group.members.add(sub);
    conn.subs.add(sub);
    active += 1;
    return sub;
  }

  /** Per group, the matching events, resolved in aliased chunks on the group's chain. */
  async function deliver(events: EventEnvelope[]): Promise<void> {
    for (const group of groups.values()) {
      const matching = events.filter(
        (e) =>
          e.tenantId === group.tenantId &&
          group.entry.eventTypes.includes(e.type) &&
          typeof e.payload[group.entry.idFrom] === 'string' &&
          group.filters.every(([field, value]) => String(e.payload[field] ?? '') === value),
      );
      for (let start = 0; start < matching.length; start += group.chunkSize) {
        const chunk = matching.slice(start, start + group.chunkSize);
        pendingChunks += 1;
        group.chain = group.chain
          .then(() => deliverChunk(group, chunk))
          .catch((e) => log.error({ err: e }, 'subscription delivery failed'))
          .finally(() => {
            pendingChunks -= 1;
            if (pendingChunks < MAX_PENDING_CHUNKS) for (const resume of drained.splice(0)) resume();
          });
      }
    }
    while (pendingChunks >= MAX_PENDING_CHUNKS) await new Promise<void>((resolve) => drained.push(resolve));
  }

  async function deliverChunk(group: Group, chunk: EventEnvelope[]): Promise<void> {
    if (!group.members.size) return;
    // Per event: every member's credential still holds (the authenticator caches for a few seconds).
    const conns = [...new Set([...group.members].map((m) => m.conn))];
    const valid = (await Promise.all(conns.map(stillValid))).find((p): p is RequestPrincipal => p !== null);
    if (!valid) return;
    await executions.acquire();
    let results: Array<Result | null>;
    try {
      results = await resolveChunk(group, chunk, valid);
    } finally {
      executions.release();
    }
    for (const result of results) {
      if (!result) continue;
      for (const member of [...group.members]) if (!member.conn.closed) member.push(result);
    }
  }

  async function resolveChunk(group: Group, chunk: EventEnvelope[], principal: RequestPrincipal): Promise<Array<Result | null>> {
    const variables = deliveryVariables(
      group.variables,
      chunk.map((e) => e.payload[group.entry.idFrom]),
    );
    const requestId = randomUUID();
    let result: Result;
    try {
      const response = await deps.apollo.executeOperation(
        { query: group.query(chunk.length), variables, operationName: group.operationName },
        { contextValue: { principal: { ...principal, requestId }, subscriptionDelivery: true } satisfies GatewayContext },
      );
      if (response.body.kind !== 'single') return [];
      result = response.body.singleResult;
    } catch (e) {
      log.error({ err: e, requestId }, 'subscription delivery failed');
      return [];
    }
    return eventResults(result, chunk.length, group.responseKey);
  }

  return {
    get active() {
      return active;
    },
    join,
    deliver,
    settled: async () => {
      await Promise.all([...groups.values()].map((g) => g.chain));
    },
  };
}
