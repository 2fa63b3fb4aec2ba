/**
 * The gateway's one reader of the shared event log: subscriptions deliver from it and the
 * response cache invalidates from it. Not a consumer group: nothing is acknowledged or stored;
 * each gateway instance keeps its position in memory and a restarted one starts at the end.
 *
 * It reads whichever bus the deployment runs (`EVENT_BUS`): on the MongoDB log, lookups of exact
 * positions (lib/events/bus.ts `LogReader`), so an idle gateway costs the database one primary-key
 * lookup per interval, on MongoDB and on FerretDB alike; on Redis Streams, one XRANGE from its
 * position (lib/events/redis-bus.ts).
 */
import type { Connection } from 'mongoose';
import { eventLogModels, lastLogPosition, LogReader } from '../lib/events/bus';
import { pickEnvelope, type EventEnvelope } from '../lib/events/envelope';
import type { RedisStreamsBus } from '../lib/events/redis-bus';
import type { Logger } from '../lib/logger';

/** Where the tail reads: the log's last position, and the entries after a position, in order. */
export interface TailSource {
  last(): Promise<number>;
  after(position: number, limit: number): Promise<Array<{ position: number; doc: Record<string, unknown> }>>;
}

/** The MongoDB event log in the `events` database. */
export function mongoTailSource(connection: Connection): TailSource {
  const { EventLog } = eventLogModels(connection);
  const reader = new LogReader(EventLog);
  return {
    last: () => lastLogPosition(EventLog),
    after: (position, limit) => reader.after(position, limit) as never,
  };
}

/** Redis Streams (`EVENT_BUS=redis`). */
export function redisTailSource(bus: RedisStreamsBus): TailSource {
  return { last: () => bus.lastPosition(), after: (position, limit) => bus.entriesAfter(position, limit) };
}

export type TailListener = (events: EventEnvelope[]) => Promise<void> | void;

const PAGE = 500;

export class EventLogTail {
  private position = 0;
  private running = false;
  private loop?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private wake?: () => void;
  private failing = false;
  private readonly listeners = new Set<TailListener>();

  constructor(
    private readonly source: TailSource,
    private readonly intervalMs: number,
    private readonly log: Logger,
  ) {}

  /** Receives every event appended after `start()`, in log order; listeners run one after another. */
  subscribe(listener: TailListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.position = await this.source.last();
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let full = false;
      try {
        full = await this.pollOnce();
        this.failing = false;
      } catch (err) {
        // Logged once per outage: subscriptions pause and cached responses expire by TTL meanwhile.
        if (!this.failing) this.log.error({ err }, 'reading the event log failed; retrying');
        this.failing = true;
      }
      if (!this.running) break;
      if (!full) {
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          this.timer = setTimeout(resolve, this.intervalMs);
        });
      }
    }
  }

  /** One read; true when it was a full page (more may be waiting). */
  private async pollOnce(): Promise<boolean> {
    const entries = await this.source.after(this.position, PAGE);
    if (!entries.length) return false;
    const events: EventEnvelope[] = [];
    for (const { position, doc } of entries) {
      this.position = position;
      try {
        events.push(pickEnvelope(doc));
      } catch (err) {
        this.log.warn({ err, position }, 'invalid event in the log; skipped');
      }
    }
    for (const listener of this.listeners) {
      try {
        await listener(events);
      } catch (err) {
        this.log.error({ err }, 'an event-log listener failed');
      }
    }
    return entries.length === PAGE;
  }
}
