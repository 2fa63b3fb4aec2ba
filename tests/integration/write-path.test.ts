/**
 * lib/write.ts, the one write path, against the real database server (whichever the run uses:
 * the java server, FerretDB in the compatibility run, or MONGODB_URI): versioned updates under
 * contention, lifecycle checks, events in the same write, find-or-create and upsert races,
 * duplicate keys as userErrors, and tenant isolation.
 */
import mongoose, { type Model } from 'mongoose';
import { UserErrors } from '../../lib/errors';
import { createEvent, outboxPlugin, type EventEnvelope } from '../../lib/events';
import { openDatabase, syncModels, type Database } from '../../lib/mongo/connection';
import type { Transitions } from '../../lib/state-machine';
import { runWithTenant, tenantScopePlugin } from '../../lib/tenancy';
import { aggregatePlugin, findOrCreate, increment, insert, remove, transition, update, updateWhere } from '../../lib/write';
import { testMongoUri, uniquePrefix } from '../helpers/db';

type Status = 'DRAFT' | 'OPEN' | 'PAID' | 'VOID';
const TRANSITIONS: Transitions<Status> = { DRAFT: ['OPEN', 'VOID'], OPEN: ['PAID', 'VOID'], PAID: [], VOID: [] };

interface BillDoc {
  _id: mongoose.Types.ObjectId;
  tenantId: string;
  code: string;
  status: Status;
  paidMinor: number;
  notes: string[];
  version: number;
  outbox?: EventEnvelope[];
}

let db: Database;
let Bill: Model<any>;
let Counter: Model<any>;

beforeAll(async () => {
  db = await openDatabase(testMongoUri(), `${uniquePrefix()}_write`);
  const billSchema = new mongoose.Schema(
    {
      code: { type: String, required: true },
      status: { type: String, default: 'DRAFT' },
      paidMinor: { type: Number, default: 0 },
      notes: [String],
    },
    { versionKey: false },
  );
  billSchema.plugin(tenantScopePlugin);
  billSchema.plugin(outboxPlugin);
  billSchema.plugin(aggregatePlugin, { name: 'Bill', transitions: TRANSITIONS });
  billSchema.index({ tenantId: 1, code: 1 }, { unique: true });
  Bill = db.connection.model('Bill', billSchema);
  const counterSchema = new mongoose.Schema({ key: String, value: Number }, { versionKey: false });
  counterSchema.plugin(tenantScopePlugin);
  counterSchema.index({ tenantId: 1, key: 1 }, { unique: true });
  Counter = db.connection.model('Counter', counterSchema);
  await syncModels(db.connection);
});

afterAll(async () => {
  await db.connection.dropDatabase();
  await db.close();
});

const as = <T>(tenant: string, fn: () => Promise<T>) => runWithTenant(tenant, fn);
const event = (tenantId: string, aggregateId: string) =>
  createEvent({ type: 'test.bill.changed', tenantId, producer: 'test', aggregateId, payload: {} });
const userErrorsOf = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (err) {
    if (err instanceof UserErrors) return err.errors;
    throw err;
  }
  throw new Error('expected userErrors');
};

describe('the one write path', () => {
  it('reports which server it writes to, detected at connect', () => {
    expect(db.capabilities.server).toMatch(/MongoDB|FerretDB/);
    expect(typeof db.capabilities.atomicConditionalUpdates).toBe('boolean');
  });

  it('30 concurrent read-decide-writes on one document all land, none lost', async () => {
    const bill = await as('t1', () => insert<BillDoc>(Bill, { code: 'B-1', status: 'OPEN' }));
    await as('t1', () =>
      Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          update<BillDoc>(
            Bill,
            bill._id.toString(),
            (current) => ({
              $set: { paidMinor: current.paidMinor + 100 },
              $push: { notes: `n${i}` },
            }),
            // What is tested is that no write is lost, not how fast 30 racers finish: under CI's load
            // the last of them once needed more than the default 5 s of retries.
            { conflictAfterMs: 60_000 },
          ),
        ),
      ),
    );
    const after = await as('t1', () => Bill.findById(bill._id).lean<BillDoc>());
    expect(after!.paidMinor).toBe(3000);
    expect(after!.notes).toHaveLength(30);
    expect(after!.version).toBe(30);
  });

  it('stores the decided events in the same write, and none when the decision is "no change"', async () => {
    const bill = await as('t1', () => insert<BillDoc>(Bill, { code: 'B-2' }, { events: [event('t1', 'b2')] }));
    expect(bill).not.toHaveProperty('outbox'); // what the caller gets back is the record, not its pending events
    await as('t1', () =>
      update<BillDoc>(Bill, bill._id.toString(), () => ({ $set: { paidMinor: 1 }, events: [event('t1', 'b2'), null, false] })),
    );
    await as('t1', () => update<BillDoc>(Bill, bill._id.toString(), () => null));
    const raw = await Bill.collection.findOne({ _id: bill._id });
    expect(raw!.outbox.map((e: EventEnvelope) => e.type)).toEqual(['test.bill.changed', 'test.bill.changed']);
    expect(raw!.version).toBe(1);
  });

  it('checks every status change against the lifecycle: through transition and through a plain update', async () => {
    const bill = await as('t1', () => insert<BillDoc>(Bill, { code: 'B-3' }));
    const id = bill._id.toString();
    expect(await userErrorsOf(as('t1', () => transition<Status, BillDoc>(Bill, id, 'PAID')))).toEqual([
      { field: ['input', 'id'], message: 'Bill is DRAFT and cannot become PAID.', code: 'ILLEGAL_TRANSITION' },
    ]);
    expect(await userErrorsOf(as('t1', () => update<BillDoc>(Bill, id, () => ({ $set: { status: 'PAID' } }))))).toEqual([
      expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }),
    ]);
    const opened = await as('t1', () =>
      transition<Status, BillDoc>(Bill, id, 'OPEN', { set: { paidMinor: 0 }, events: () => [event('t1', id)] }),
    );
    expect(opened).toMatchObject({ status: 'OPEN', version: 1 });
    const refusal = { field: ['input', 'id'], message: 'Refunds first.', code: 'INVALID' as const };
    expect(await userErrorsOf(as('t1', () => transition<Status, BillDoc>(Bill, id, 'VOID', { refuse: () => refusal })))).toEqual([
      refusal,
    ]);
    expect((await as('t1', () => Bill.findById(id).lean<BillDoc>()))!.status).toBe('OPEN'); // refused: nothing changed
  });

  it('of 8 concurrent moves out of OPEN exactly one wins, the rest are refused', async () => {
    const bill = await as('t1', () => insert<BillDoc>(Bill, { code: 'B-4', status: 'OPEN' }));
    const results = await as('t1', () =>
      Promise.allSettled(
        Array.from({ length: 8 }, (_, i) => transition<Status, BillDoc>(Bill, bill._id.toString(), i % 2 ? 'PAID' : 'VOID')),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) {
      expect(r.reason).toBeInstanceOf(UserErrors);
      expect(r.reason.errors[0].code).toBe('ILLEGAL_TRANSITION');
    }
  });

  it('a unique index refusing a write is a TAKEN userError on the named field, and nothing is written', async () => {
    await as('t1', () => insert(Bill, { code: 'B-5' }));
    const taken = { field: ['input', 'code'], message: 'Code B-5 is already used.' };
    expect(await userErrorsOf(as('t1', () => insert(Bill, { code: 'B-5' }, { taken })))).toEqual([{ ...taken, code: 'TAKEN' }]);
    const other = await as('t1', () => insert<BillDoc>(Bill, { code: 'B-6' }));
    expect(
      await userErrorsOf(as('t1', () => update(Bill, other._id.toString(), () => ({ $set: { code: 'B-5' } }), { taken }))),
    ).toEqual([{ ...taken, code: 'TAKEN' }]);
    expect(await as('t1', () => Bill.countDocuments({ code: 'B-5' }))).toBe(1);
    expect((await as('t1', () => Bill.findById(other._id).lean<BillDoc>()))!.code).toBe('B-6');
  });

  it('find-or-create under a unique key: 10 racing callers get one document, one of them created it', async () => {
    const results = await as('t1', () =>
      Promise.all(Array.from({ length: 10 }, () => findOrCreate<BillDoc>(Bill, { code: 'B-7' }, () => ({ paidMinor: 5 })))),
    );
    expect(new Set(results.map((r) => r.doc._id.toString())).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await as('t1', () => Bill.countDocuments({ code: 'B-7' }))).toBe(1);
  });

  it('an update by unique key can create the document it changes; 12 racing increments land on one document', async () => {
    await as('t1', () =>
      Promise.all(
        Array.from({ length: 12 }, () =>
          update<BillDoc>(Bill, { code: 'B-8' }, (current) => ({ $set: { paidMinor: current.paidMinor + 1 } }), {
            create: () => ({ status: 'OPEN' }),
          }),
        ),
      ),
    );
    const docs = await as('t1', () => Bill.find({ code: 'B-8' }).lean<BillDoc[]>());
    expect(docs).toHaveLength(1);
    expect(docs[0].paidMinor).toBe(12);
  });

  it('updateWhere: a conditional write without a read, with upsert races resolved', async () => {
    await as('t1', () =>
      Promise.all(
        Array.from({ length: 15 }, () => updateWhere(Counter, { key: 'invoices' }, { $inc: { value: 1 } }, { upsert: true })),
      ),
    );
    expect((await as('t1', () => Counter.findOne({ key: 'invoices' }).lean<{ value: number }>()))!.value).toBe(15);
    // The filter is the condition: nothing matches, nothing is written.
    expect(await as('t1', () => updateWhere(Counter, { key: 'invoices', value: 99 }, { $set: { value: 0 } }))).toBeNull();
    expect(await as('t1', () => remove(Counter, { key: 'invoices' }))).toBe(1);
  });

  it('increment: 400 concurrent callers, from the first (an upsert race) on, are each given a different number', async () => {
    const values = await as('t1', () =>
      Promise.all(Array.from({ length: 400 }, () => increment(Counter, { key: 'orders' }, 'value'))),
    );
    expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
    expect((await as('t1', () => Counter.findOne({ key: 'orders' }).lean<{ value: number }>()))!.value).toBe(400);
    expect(await as('t2', () => increment(Counter, { key: 'orders' }, 'value', 5))).toBe(5);
  });

  it("another tenant's document is not found, by id or by key, and is not changed", async () => {
    const bill = await as('t1', () => insert<BillDoc>(Bill, { code: 'B-9', status: 'OPEN' }));
    const id = bill._id.toString();
    const notFound = [{ field: ['input', 'id'], message: `Bill ${id} not found.`, code: 'NOT_FOUND' }];
    expect(await userErrorsOf(as('t2', () => update(Bill, id, () => ({ $set: { paidMinor: 7 } }))))).toEqual(notFound);
    expect(await userErrorsOf(as('t2', () => transition<Status, BillDoc>(Bill, id, 'PAID')))).toEqual(notFound);
    expect(await userErrorsOf(as('t2', () => update(Bill, { code: 'B-9' }, () => ({ $set: { paidMinor: 7 } }))))).toEqual([
      { field: ['input', 'id'], message: 'Bill not found.', code: 'NOT_FOUND' },
    ]);
    expect(await as('t2', () => remove(Bill, { code: 'B-9' }))).toBe(0);
    expect(await userErrorsOf(as('t1', () => update(Bill, 'not-an-id', () => null, { field: ['input', 'billId'] })))).toEqual([
      { field: ['input', 'billId'], message: 'Bill not-an-id not found.', code: 'NOT_FOUND' },
    ]);
    expect(await as('t1', () => Bill.findById(id).lean<BillDoc>())).toMatchObject({ paidMinor: 0, status: 'OPEN', version: 0 });
  });

  it('a document that keeps changing under every attempt is a CONFLICT userError, not a silent overwrite', async () => {
    const bill = await as('t1', () => insert<BillDoc>(Bill, { code: 'B-10' }));
    const id = bill._id.toString();
    // Each decision is overtaken by a write of another process (simulated by a direct write between read and write).
    const errors = await userErrorsOf(
      as('t1', () =>
        update<BillDoc>(
          Bill,
          id,
          async () => {
            await Bill.collection.updateOne({ _id: bill._id }, { $inc: { version: 1 } });
            return { $set: { paidMinor: 1 } };
          },
          { attempts: 3 },
        ),
      ),
    );
    expect(errors).toEqual([{ field: ['input', 'id'], message: 'Bill is being changed concurrently; retry.', code: 'CONFLICT' }]);
    expect((await as('t1', () => Bill.findById(id).lean<BillDoc>()))!.paidMinor).toBe(0);
  });

  it("expectedVersion: a client's stale read is a CONFLICT on that field and writes nothing; the current one writes", async () => {
    const bill = await as('t1', () => insert<BillDoc>(Bill, { code: 'B-11' }));
    const id = bill._id.toString();
    await as('t1', () => update<BillDoc>(Bill, id, () => ({ $set: { paidMinor: 5 } }))); // someone else's edit: version 1
    const errors = await userErrorsOf(
      as('t1', () => update<BillDoc>(Bill, id, () => ({ $set: { paidMinor: 9 } }), { expectedVersion: 0 })),
    );
    expect(errors).toEqual([
      { field: ['input', 'expectedVersion'], message: expect.stringContaining('changed since version 0'), code: 'CONFLICT' },
    ]);
    expect(await as('t1', () => Bill.findById(id).lean<BillDoc>())).toMatchObject({ paidMinor: 5, version: 1 });
    const written = await as('t1', () => update<BillDoc>(Bill, id, () => ({ $set: { paidMinor: 9 } }), { expectedVersion: 1 }));
    expect(written).toMatchObject({ paidMinor: 9, version: 2 });
  });
});
