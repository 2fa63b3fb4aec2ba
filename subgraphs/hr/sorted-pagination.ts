/**
 * Relay pagination on a string field other than `_id` (name, start date, period): a keyset cursor
 * holding the last (value, _id) pair, so pages stay stable and no `skip` is used. The field must
 * be set on every document (hr guarantees it for the fields sorted on) and indexed with `_id`.
 */
import mongoose, { type FilterQuery, type Model } from 'mongoose';
import { badInput } from '../../lib/errors';
import { connectionFromSlice, paginate, pageSize, type Connection, type PageArgs } from '../../lib/pagination';

export interface SortSpec {
  /** `_id` means newest first (lib/pagination's default order). */
  field: string;
  direction: 1 | -1;
}

function encode(value: string, id: string): string {
  return Buffer.from(JSON.stringify(['k1', value, id])).toString('base64url');
}

function decode(cursor: string): [string, string] {
  try {
    const [tag, value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (tag === 'k1' && typeof value === 'string' && mongoose.isObjectIdOrHexString(id)) return [value, id];
  } catch {
    // fall through
  }
  throw badInput('Invalid cursor: pass an endCursor from a previous page of the same sort.');
}

export async function paginateSorted<T extends { _id: { toString(): string } }>(
  model: Model<any>,
  filter: FilterQuery<any>,
  args: PageArgs,
  sort: SortSpec,
): Promise<Connection<T>> {
  if (sort.field === '_id') return paginate<T>(model, filter, args);
  const first = pageSize(args.first);
  const cmp = sort.direction === 1 ? '$gt' : '$lt';
  let pageFilter: FilterQuery<any> = filter;
  if (args.after) {
    const [value, id] = decode(args.after);
    // sanitizeFilter: every operator object is marked trusted on its own.
    const after = {
      $or: [
        { [sort.field]: mongoose.trusted({ [cmp]: value }) },
        { [sort.field]: value, _id: mongoose.trusted({ [cmp]: new mongoose.Types.ObjectId(id) }) },
      ],
    };
    pageFilter = { $and: [filter, after] };
  }
  const docs =
    first === 0
      ? []
      : ((await model
          .find(pageFilter)
          .sort({ [sort.field]: sort.direction, _id: sort.direction })
          .limit(first + 1)
          .lean()) as T[]);
  const connection = connectionFromSlice(docs, first, () => model.countDocuments(filter).exec(), Boolean(args.after));
  for (const edge of connection.edges) {
    edge.cursor = encode(String((edge.node as Record<string, unknown>)[sort.field]), edge.node._id.toString());
  }
  connection.pageInfo.startCursor = connection.edges[0]?.cursor ?? null;
  connection.pageInfo.endCursor = connection.edges[connection.edges.length - 1]?.cursor ?? null;
  return connection;
}
