/**
 * One subscriber's stream: the async iterator graphql-ws drains as its socket accepts writes,
 * over a queue that the fan-out fills. The fan-out never waits on a socket; a connection whose
 * queued messages (all its streams together) pass the cap is closed with 1013 instead.
 */
import type { FormattedExecutionResult } from 'graphql';

export type Result = FormattedExecutionResult;

/** Close code when a connection's outbound queue exceeds its cap (RFC 6455 "Try Again Later"). */
export const CLOSE_TOO_SLOW = 1013;

/** What a stream needs of its connection: the count of messages waiting on it, and a way to close it. */
export interface QueuedConnection {
  socket: { close(code: number, reason: string): void };
  /** Messages queued by all of the connection's streams. */
  queued: number;
  closed: boolean;
}

export class SubscriptionStream<C extends QueuedConnection = QueuedConnection> implements AsyncIterableIterator<Result> {
  private readonly queue: Result[] = [];
  private waiting?: (r: IteratorResult<Result>) => void;
  done = false;

  constructor(
    readonly conn: C,
    private readonly cap: number,
    private readonly onDone: () => void,
  ) {}

  push(result: Result): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: result, done: false });
      return;
    }
    this.queue.push(result);
    this.conn.queued += 1;
    if (this.conn.queued > this.cap && !this.conn.closed) {
      this.conn.closed = true;
      this.conn.socket.close(CLOSE_TOO_SLOW, `Too slow: more than ${this.cap} messages waiting; reconnect and resubscribe.`);
    }
  }

  next(): Promise<IteratorResult<Result>> {
    const value = this.queue.shift();
    if (value) {
      this.conn.queued -= 1;
      return Promise.resolve({ value, done: false });
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<Result>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  end(): void {
    if (this.done) return;
    this.done = true;
    this.conn.queued -= this.queue.length;
    this.queue.length = 0;
    this.waiting?.({ value: undefined, done: true });
    this.waiting = undefined;
    this.onDone();
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}
