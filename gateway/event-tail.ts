/**
 * The gateway's one reader of the shared event log: subscriptions deliver from it and the
 * response cache invalidates from it. Not a consumer group: nothing is acknowledged or stored;
 * each gateway instance keeps its position in memory and a restarted one starts at the end.
 *
 * Reads are lookups of exact positions (lib/events/bus.ts `LogReader`), so an idle gateway costs
 * the database one primary-key lookup per interval, on MongoDB and on FerretDB alike.
 */
import type { Connection } from 'mongoose';
import { eventLogModels, lastLogPosition, LogReader } from '../lib/events/bus';
import { pickEnvelope, type EventEnvelope } from '../lib/events/envelope';
import type { Logger } from '../lib/logger';

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
  private readonly EventLog;
  private readonly reader;

  constructor(
    connection: Connection,
    private readonly intervalMs: number,
    private readonly log: Logger,
  ) {
    this.EventLog = eventLogModels(connection).EventLog;
    this.reader = new LogReader(this.EventLog);
  }

  /** Receives every event appended after `start()`, in log order; listeners run one after another. */
  subscribe(listener: TailListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.position = await lastLogPosition(this.EventLog);
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
    const entries = await this.reader.after(this.position, PAGE);
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
