/**
 * lib/pagination's `paginateSorted` against the real server: every document exactly once, in the
 * chosen order, whatever the page size, with repeated values and documents that have no value.
 */
import mongoose, { type Model } from 'mongoose';
import { openDatabase, syncModels, type Database } from '../../lib/mongo/connection';
import { paginateSorted, type SortSpec } from '../../lib/pagination';
import { runWithTenant, tenantScopePlugin } from '../../lib/tenancy';
import { testMongoUri, uniquePrefix } from '../helpers/db';

interface RowDoc {
  _id: mongoose.Types.ObjectId;
  name: string;
  amountMinor: number | null;
  closeAt: Date | null;
}

let db: Database;
let Row: Model<any>;
const rows: RowDoc[] = [];

beforeAll(async () => {
  db = await openDatabase(testMongoUri(), `${uniquePrefix()}_sorted`);
  const schema = new mongoose.Schema({ name: String, amountMinor: Number, closeAt: Date }, { versionKey: false });
  schema.plugin(tenantScopePlugin);
  Row = db.connection.model('Row', schema);
  await syncModels(db.connection);
  const names = [
    'delta',
    'alpha',
    'charlie',
    'alpha',
    'bravo',
    'echo',
    'alpha',
    'foxtrot',
    'bravo',
    'golf',
    'hotel',
    'india',
    'juliet',
  ];
  for (const [i, name] of names.entries()) {
    const doc = {
      _id: new mongoose.Types.ObjectId(),
      name,
      // Repeats and gaps: several documents share a value, some have none.
      amountMinor: i % 4 === 0 ? null : (i % 3) * 1000,
      closeAt: i % 5 === 0 ? null : new Date(Date.UTC(2026, 0, 1 + (i % 4))),
    };
    rows.push(doc);
    await runWithTenant('t1', () => Row.create(doc));
  }
  await runWithTenant('t2', () => Row.create({ name: 'aaa other tenant', amountMinor: 1, closeAt: new Date() }));
});

afterAll(async () => {
  await db.connection.dropDatabase();
  await db.close();
});

/** MongoDB's order: no value first ascending (last descending), ties by _id in the same direction. */
function expected(sort: SortSpec): string[] {
  const key = (r: RowDoc) => {
    const v = (r as unknown as Record<string, unknown>)[sort.field];
    return v === null ? null : v instanceof Date ? v.getTime() : (v as string | number);
  };
  return [...rows]
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      if (x !== y) {
        if (x === null) return -sort.direction;
        if (y === null) return sort.direction;
        return (x < y ? -1 : 1) * sort.direction;
      }
      return (a._id.toHexString() < b._id.toHexString() ? -1 : 1) * sort.direction;
    })
    .map((r) => r._id.toHexString());
}

async function walk(sort: SortSpec, first: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const connection = await runWithTenant('t1', () => paginateSorted<RowDoc>(Row, {}, { first, after }, sort));
    seen.push(...connection.edges.map((e) => e.node._id.toHexString()));
    if (!connection.pageInfo.hasNextPage) return seen;
    after = connection.pageInfo.endCursor;
  }
  throw new Error('did not end');
}

describe('sorted keyset pagination', () => {
  const sorts: SortSpec[] = [
    { field: 'name', direction: 1 },
    { field: 'name', direction: -1 },
    { field: 'amountMinor', direction: 1 },
    { field: 'amountMinor', direction: -1 },
    { field: 'closeAt', direction: 1 },
    { field: 'closeAt', direction: -1 },
    { field: '_id', direction: -1 },
    { field: '_id', direction: 1 },
  ];
  it.each(sorts.flatMap((s) => [1, 2, 5].map((first) => [s.field, s.direction, first] as const)))(
    "by %s %i, %i a page: each of the tenant's documents once, in order",
    async (field, direction, first) => {
      const sort = { field, direction } as SortSpec;
      expect(await walk(sort, first)).toEqual(expected(sort));
    },
  );

  it('refuses a cursor of another sort, by field or by direction', async () => {
    const byName = { field: 'name', direction: 1 } as const;
    const { endCursor } = (await runWithTenant('t1', () => paginateSorted(Row, {}, { first: 2 }, byName))).pageInfo;
    for (const other of [
      { field: 'name', direction: -1 },
      { field: 'amountMinor', direction: 1 },
      { field: '_id', direction: 1 },
    ] as SortSpec[]) {
      await expect(runWithTenant('t1', () => paginateSorted(Row, {}, { first: 2, after: endCursor }, other))).rejects.toThrow(
        'Invalid cursor: pass an endCursor from a previous page',
      );
    }
    expect((await runWithTenant('t1', () => paginateSorted(Row, {}, { first: 2, after: endCursor }, byName))).edges).toHaveLength(
      2,
    );
  });

  it('refuses a cursor that is not one of its own', async () => {
    await expect(
      runWithTenant('t1', () => paginateSorted(Row, {}, { first: 2, after: 'bm9wZQ' }, { field: 'name', direction: 1 })),
    ).rejects.toThrow('Invalid cursor: pass an endCursor from a previous page of the same sort.');
  });

  it("refuses another sort's cursor, also one over the same field in the other direction", async () => {
    const page = (sort: SortSpec, after?: string | null) =>
      runWithTenant('t1', () => paginateSorted<RowDoc>(Row, {}, { first: 2, after }, sort));
    const byName = (await page({ field: 'name', direction: 1 })).pageInfo.endCursor;
    for (const other of [
      { field: 'closeAt', direction: 1 },
      { field: 'name', direction: -1 },
    ] as SortSpec[]) {
      await expect(page(other, byName)).rejects.toThrow('Invalid cursor');
    }
    expect((await page({ field: 'name', direction: 1 }, byName)).edges).toHaveLength(2);
  });
});
