/**
 * Retention of the event history: the bus's log and the consumers' processed-id records grow with
 * every event, and FerretDB has no TTL indexes, so a periodic pass deletes by time instead.
 *
 * Safe with consumers behind: the log keeps every event some known group has not acknowledged yet
 * (and always its newest entry), whatever its age (`InspectableEventBus.trim`). Processed ids older
 * than the window go too: the events they dedupe are older than the window, so a redelivery of
 * one would need a relay to hold an event unpublished for that long. Dead letters are kept until
 * an admin deals with them. A group started after a trim begins at the oldest event kept.
 */
import type { Connection } from 'mongoose';
import mongoose from 'mongoose';
import { logger } from '../logger';
import type { InspectableEventBus } from './bus';
import { processedEventModel } from './consumer';

export interface RetentionOptions {
  bus: InspectableEventBus;
  /** Consumer databases whose `processed_events` are trimmed. */
  consumerConnections: Connection[];
  /** Keep this many days (fractions allowed, e.g. in tests). */
  retentionDays: number;
  /** How often `start()` runs a pass (default hourly). */
  intervalMs?: number;
  /** Delay before the first pass (default 5 minutes: not in the middle of a start-up or a short test). */
  firstPassDelayMs?: number;
}

export interface RetentionResult {
  events: number;
  processedIds: number;
}

export class EventRetention {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private readonly log = logger.child({ component: 'event-retention' });

  constructor(private readonly options: RetentionOptions) {}

  /** One pass: removes what is older than the window (as of `now`). */
  async runOnce(now = new Date()): Promise<RetentionResult> {
    const cutoff = new Date(now.getTime() - this.options.retentionDays * 86_400_000);
    const events = await this.options.bus.trim(cutoff);
    let processedIds = 0;
    for (const connection of this.options.consumerConnections) {
      const removed = await processedEventModel(connection).deleteMany({ processedAt: mongoose.trusted({ $lt: cutoff }) });
      processedIds += removed.deletedCount;
    }
    if (events || processedIds) this.log.info({ events, processedIds, cutoff }, 'trimmed event history');
    return { events, processedIds };
  }

  /** A pass after `firstPassDelayMs`, then every `intervalMs`; never keeps the process alive. */
  start(): void {
    if (this.timer) return;
    const pass = () => {
      this.running = this.runOnce().catch((err) => this.log.warn({ err }, 'event retention pass failed; retrying later'));
      this.timer = setTimeout(pass, this.options.intervalMs ?? 3_600_000);
      this.timer.unref();
    };
    this.timer = setTimeout(pass, this.options.firstPassDelayMs ?? 300_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
