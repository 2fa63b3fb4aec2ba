import mongoose, { type FilterQuery, type Model } from 'mongoose';
import { connectionFromSlice, decodeCursor, pageSize, paginate, type Connection, type PageArgs } from '../../lib/pagination';

export type SortOrder = 'NEWEST_FIRST' | 'OLDEST_FIRST';

/** `paginate` (newest first) or its mirror image, oldest first; both keyed on `_id`, never `skip`. */
export async function paginateSorted<T extends { _id: { toString(): string } }>(
  model: Model<any>,
  filter: FilterQuery<any>,
  args: PageArgs,
  sort: SortOrder | null | undefined,
): Promise<Connection<T>> {
  if (sort !== 'OLDEST_FIRST') return paginate<T>(model, filter, args);
  const first = pageSize(args.first);
  const pageFilter = args.after
    ? { $and: [filter, { _id: mongoose.trusted({ $gt: new mongoose.Types.ObjectId(decodeCursor(args.after)) }) }] }
    : filter;
  const docs =
    first === 0
      ? []
      : ((await model
          .find(pageFilter)
          .sort({ _id: 1 })
          .limit(first + 1)
          .lean()) as T[]);
  return connectionFromSlice(docs, first, () => model.countDocuments(filter).exec(), Boolean(args.after));
}
