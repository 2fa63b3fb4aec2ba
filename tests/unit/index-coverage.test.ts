/** The rules of the index-coverage check (tests/helpers/index-coverage.js), on commands as the driver sends them. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { servingIndex, shapesOfCommand } = require('../helpers/index-coverage.js');

const find = (filter: Record<string, unknown>, sort?: Record<string, number>, limit?: number) =>
  shapesOfCommand({
    databaseName: 't1abc_sales',
    commandName: 'find',
    command: { find: 'deals', filter, sort: sort && new Map(Object.entries(sort)), limit },
  });
const served = (shapes: Array<{ shape: unknown }>, indexes: Array<Record<string, number>>) =>
  shapes.map(({ shape }) => servingIndex(shape, indexes));

describe('index coverage rules', () => {
  const indexes: Array<Record<string, number>> = [
    { tenantId: 1, _id: -1 },
    { tenantId: 1, status: 1, _id: -1 },
    { tenantId: 1, customerId: 1, status: 1 },
    { tenantId: 1, amountMinor: 1, _id: 1 },
    { publishedAt: 1 },
  ];

  it('names the database by its role, not its test prefix', () => {
    expect(find({ tenantId: 't' })[0].shape).toMatchObject({
      database: 'sales',
      collection: 'deals',
      fields: { tenantId: 'eq' },
    });
  });

  it('an `_id` lookup is the primary key', () => {
    expect(served(find({ _id: 'x', tenantId: 't', version: 3 }), indexes)).toEqual(['_id (primary key)']);
  });

  it('without a sort, every equality field must lead the index after tenantId', () => {
    expect(served(find({ tenantId: 't', customerId: 'c', status: { $in: ['OPEN'] } }), indexes)).toEqual([
      'tenantId_1_customerId_1_status_1',
    ]);
    expect(served(find({ tenantId: 't', status: 'OPEN', ownerId: 'o' }), indexes)).toEqual([null]);
    // A range must be on the key after the equality fields, else every document of the tenant is read.
    const overdue = find({ tenantId: 't', status: 'OPEN', dueDate: { $lt: '2030-01-01' } });
    expect(served(overdue, indexes)).toEqual([null]);
    expect(served(overdue, [...indexes, { tenantId: 1, status: 1, dueDate: 1 }])).toEqual(['tenantId_1_status_1_dueDate_1']);
  });

  it('with a sort, the index must deliver the sort after an equality prefix, in either direction', () => {
    expect(served(find({ tenantId: 't', status: 'OPEN', ownerId: 'o' }, { _id: -1 }, 21), indexes)).toEqual([
      'tenantId_1_status_1__id_-1',
    ]);
    expect(served(find({ tenantId: 't' }, { amountMinor: -1, _id: -1 }, 21), indexes)).toEqual([
      'tenantId_1_amountMinor_1__id_1',
    ]);
    expect(served(find({ tenantId: 't' }, { amountMinor: -1, _id: 1 }, 21), indexes)).toEqual([null]); // mixed directions
    expect(served(find({ tenantId: 't' }, { createdAt: 1 }, 21), indexes)).toEqual([null]);
  });

  it('checks each $or branch (a keyset page) on its own, dropping equality fields from the sort', () => {
    const keyset = find(
      { $and: [{ tenantId: 't' }, { $or: [{ amountMinor: { $lt: 500 } }, { amountMinor: 500, _id: { $lt: 'x' } }] }] },
      { amountMinor: -1, _id: -1 },
      21,
    );
    expect(keyset.map((s: { shape: { fields: unknown } }) => s.shape.fields)).toEqual([
      { amountMinor: 'range', tenantId: 'eq' },
      { _id: 'range', amountMinor: 'eq', tenantId: 'eq' },
    ]);
    expect(served(keyset, indexes)).toEqual(['tenantId_1_amountMinor_1__id_1', 'tenantId_1_amountMinor_1__id_1']);
  });

  it('a negation is not an index prefix; a query across tenants needs an index on one of its fields', () => {
    expect(served(find({ tenantId: 't', ownerId: { $ne: 'o' } }), indexes)).toEqual([null]);
    expect(served(find({ tenantId: 't', status: { $ne: 'VOID' } }), indexes)).toEqual(['tenantId_1_status_1__id_-1']); // read on the index's keys
    expect(served(find({ publishedAt: { $lt: new Date() } }), indexes)).toEqual(['publishedAt_1']);
    expect(served(find({ status: 'PENDING', updatedAt: { $lte: new Date() } }), indexes)).toEqual([null]);
    expect(served(find({}, { _id: -1 }, 1), indexes)).toEqual(['_id_1']); // the newest entry: a walk of the primary key
  });

  it('reads the filter of counts (aggregate $match) and of updates and deletes', () => {
    const count = shapesOfCommand({
      databaseName: 'p_sales',
      commandName: 'aggregate',
      command: {
        aggregate: 'deals',
        pipeline: [{ $match: { tenantId: 't', stage: 'Won' } }, { $group: { _id: 1, n: { $sum: 1 } } }],
      },
    });
    expect(served(count, indexes)).toEqual([null]);
    const update = shapesOfCommand({
      databaseName: 'p_sales',
      commandName: 'update',
      command: { update: 'deals', updates: [{ q: { _id: 'x', tenantId: 't' }, u: {} }] },
    });
    expect(served(update, indexes)).toEqual(['_id (primary key)']);
  });
});
