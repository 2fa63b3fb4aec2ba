/**
 * Time-based work of a subgraph (sweepers, due-date checks), declared in its definition's `jobs`
 * and run by the service: started with it unless events are disabled, stopped before it closes.
 * A job's round must be idempotent: it may run on several processes at once and again after a crash.
 */
import type { FilterQuery, Model } from 'mongoose';
import { logger } from './logger';
import { OUTBOX_FIELD } from './events/outbox';
import { runWithTenant } from './tenancy';

export interface JobDefinition {
  /** `<subgraph>.<purpose>`, e.g. `finance.sweeper`: the key in `service.jobs` and in logs. */
  name: string;
  /** Pause between the end of one round and the start of the next. */
  intervalMs: number;
  /** One round; returns how many items it handled (tests and logs read it). */
  run(now: Date): Promise<number>;
}

/** A running job: `runOnce` lets tests and operators drive a round by hand. */
export class Job {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = true;
  private readonly log;

  constructor(readonly definition: JobDefinition) {
    this.log = logger.child({ component: `job:${definition.name}` });
  }

  runOnce(now = new Date()): Promise<number> {
    return this.definition.run(now);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const tick = () => {
      this.running = this.runOnce()
        .catch((err) => this.log.warn({ err }, 'round failed; retrying next round'))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.definition.intervalMs).unref();
        });
    };
    this.timer = setTimeout(tick, this.definition.intervalMs).unref(); // never keeps a process alive on its own
  }

  /** Stops after the round in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}

/**
 * The one cross-tenant read of a job: documents of every tenant matching `filter` (projected,
 * sorted, at most `limit`), each handed to `work` inside its own tenant's scope, so everything
 * `work` writes is tenant-scoped as in a request. Returns how many `work` counted (truthy results).
 *
 * One document's failure never stops the round: it is logged, handed to `failed` (which records
 * it, in the document's tenant) and the round goes on with the next document, of any tenant.
 */
export async function forEachTenantDocument<D extends { tenantId: string; _id?: unknown }>(
  model: Model<any>,
  filter: FilterQuery<any>,
  options: {
    projection?: Record<string, 0 | 1>;
    limit?: number;
    sort?: Record<string, 1 | -1>;
    failed?: (doc: D, err: unknown) => Promise<unknown>;
  },
  work: (doc: D) => Promise<unknown>,
): Promise<number> {
  // Infrastructure, not a request: deliberately not tenant-scoped. Raw collection reads live here and in the outbox relay only.
  const inclusive = options.projection && Object.values(options.projection).some((v) => v === 1);
  const projection = inclusive ? { ...options.projection, tenantId: 1 } : (options.projection ?? { [OUTBOX_FIELD]: 0 });
  const docs = (await model.collection
    .find(filter as never, { projection, sort: options.sort })
    .limit(options.limit ?? 100)
    .toArray()) as unknown as D[];
  let counted = 0;
  for (const doc of docs) {
    try {
      if (await runWithTenant(doc.tenantId, () => work(doc))) counted++;
    } catch (err) {
      const where = { collection: model.collection.name, tenantId: doc.tenantId, id: String(doc._id) };
      jobLog.warn({ err, ...where }, 'a document failed; the round goes on with the others');
      const { failed } = options;
      if (failed) {
        await runWithTenant(doc.tenantId, () => failed(doc, err)).catch((recordErr: unknown) =>
          jobLog.error({ err: recordErr, ...where }, 'could not record the failure'),
        );
      }
    }
  }
  return counted;
}

const jobLog = logger.child({ component: 'jobs' });
