/**
 * Relay cursor pagination, never `skip`. Top-level lists use `paginate` (newest first, keyed on
 * `_id`) or `paginateSorted` (a user's chosen sort: a keyset on (field, `_id`)); "children of many
 * parents" use `childConnectionLoader`, which answers a whole batch of parents in two queries
 * whatever their number.
 */
import DataLoader from 'dataloader';
import mongoose, { type Model, type FilterQuery } from 'mongoose';
import { badInput } from './errors';
import { findOneByIdInTenant } from './tenancy';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** A number, or a thunk GraphQL's default resolver calls only when the field is selected. */
  totalCount: number | (() => Promise<number>);
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}; got ${first}.`);
  }
  return first;
}

export function encodeCursor(id: string): string {
  return Buffer.from(`v1:${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = raw.startsWith('v1:') ? raw.slice(3) : '';
  if (!mongoose.isObjectIdOrHexString(id)) throw badInput('Invalid cursor: pass an endCursor from a previous page.');
  return id;
}

interface WithId {
  _id: { toString(): string };
}

/** Builds a connection from up to `first + 1` documents already in page order. */
export function connectionFromSlice<T extends WithId>(
  docs: T[],
  first: number,
  totalCount: Connection<T>['totalCount'],
  hasPreviousPage = false,
): Connection<T> {
  const page = docs.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(node._id.toString()), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: docs.length > first,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

/** One page of a (tenant-scoped) collection, newest first (or oldest first); keyed on `_id`, never `skip`. */
export async function paginate<T extends WithId>(
  model: Model<any>,
  filter: FilterQuery<any>,
  args: PageArgs,
  options: { oldestFirst?: boolean } = {},
): Promise<Connection<T>> {
  const first = pageSize(args.first);
  const direction = options.oldestFirst ? 1 : -1;
  const pageFilter = args.after
    ? {
        $and: [
          filter,
          { _id: mongoose.trusted({ [direction === 1 ? '$gt' : '$lt']: new mongoose.Types.ObjectId(decodeCursor(args.after)) }) },
        ],
      }
    : filter;
  const docs =
    first === 0
      ? []
      : ((await model
          .find(pageFilter)
          .sort({ _id: direction })
          .limit(first + 1)
          .lean()) as T[]);
  return connectionFromSlice(docs, first, () => model.countDocuments(filter).exec(), Boolean(args.after));
}

/** A sort a user may choose: a field and its direction; `_id` means creation order. */
export interface SortSpec {
  field: string;
  direction: 1 | -1;
}

/** The value of a sorted field in a keyset cursor: strings, numbers, dates, or none. */
type SortValue = string | number | Date | null;

/** A keyset cursor names its sort, so a cursor of another sort is refused rather than misread. */
function encodeSortCursor(value: unknown, id: string, sort: SortSpec): string {
  const typed =
    value === null || value === undefined
      ? ['z', null]
      : value instanceof Date
        ? ['d', value.toISOString()]
        : typeof value === 'number'
          ? ['n', value]
          : ['s', String(value)];
  return Buffer.from(JSON.stringify(['k3', sort.field, sort.direction, ...typed, id])).toString('base64url');
}

function decodeSortCursor(cursor: string, sort: SortSpec): [SortValue, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // `k2` cursors (before cursors named their sort) are still read as they were.
    const ofThisSort = parsed[0] === 'k3' && parsed[1] === sort.field && parsed[2] === sort.direction;
    const [tag, type, raw, id] = ofThisSort ? ['k2', ...parsed.slice(3)] : parsed;
    if (tag === 'k2' && mongoose.isObjectIdOrHexString(id)) {
      if (type === 'z' && raw === null) return [null, id];
      if (type === 's' && typeof raw === 'string') return [raw, id];
      if (type === 'n' && typeof raw === 'number') return [raw, id];
      if (type === 'd' && typeof raw === 'string' && !Number.isNaN(Date.parse(raw))) return [new Date(raw), id];
    }
  } catch {
    // fall through
  }
  throw badInput('Invalid cursor: pass an endCursor from a previous page of the same sort.');
}

/**
 * The documents after a keyset cursor (value, id) in the order (field, _id) both `direction`.
 * Documents without a value sort as MongoDB sorts them, before every value ascending and after
 * every value descending, so a list never loses the records whose sorted field is empty.
 */
function afterKeyset(field: string, direction: 1 | -1, value: SortValue, id: string): FilterQuery<any> {
  const cmp = direction === 1 ? '$gt' : '$lt';
  const sameValueLaterId = { [field]: value, _id: mongoose.trusted({ [cmp]: new mongoose.Types.ObjectId(id) }) };
  if (value === null) {
    return direction === 1 ? { $or: [sameValueLaterId, { [field]: mongoose.trusted({ $ne: null }) }] } : sameValueLaterId;
  }
  const laterValue = { [field]: mongoose.trusted({ [cmp]: value }) };
  return { $or: direction === 1 ? [laterValue, sameValueLaterId] : [laterValue, sameValueLaterId, { [field]: null }] };
}

/**
 * One page in a chosen order: a keyset on (field, `_id`), stable under inserts and without `skip`.
 * The field should be indexed after `tenantId` (with the list's filter fields) and hold one type.
 */
export async function paginateSorted<T extends WithId>(
  model: Model<any>,
  filter: FilterQuery<any>,
  args: PageArgs,
  sort: SortSpec,
): Promise<Connection<T>> {
  if (sort.field === '_id') return paginate<T>(model, filter, args, { oldestFirst: sort.direction === 1 });
  const first = pageSize(args.first);
  const after = args.after ? decodeSortCursor(args.after, sort) : undefined;
  const pageFilter = after ? { $and: [filter, afterKeyset(sort.field, sort.direction, ...after)] } : filter;
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
    edge.cursor = encodeSortCursor(valueAt(edge.node, sort.field), edge.node._id.toString(), sort);
  }
  connection.pageInfo.startCursor = connection.edges[0]?.cursor ?? null;
  connection.pageInfo.endCursor = connection.edges[connection.edges.length - 1]?.cursor ?? null;
  return connection;
}

/** A (possibly dotted) field of a lean document. */
function valueAt(doc: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v === null || v === undefined ? v : (v as Record<string, unknown>)[key]), doc);
}

/** A request for one parent's page of children; `filter` must serialize stably (it groups the batch). */
export interface ChildPageKey extends PageArgs {
  parentId: string;
  filter?: Record<string, string | number | boolean>;
}

/**
 * A per-request DataLoader of child connections for many parents: one index-only query for the
 * ids of every parent's matching children, then one query for the documents on the requested
 * pages. Round trips stay at two per distinct filter, however many parents or items.
 */
export function childConnectionLoader<T extends WithId>(model: Model<any>, parentField: string) {
  return new DataLoader<ChildPageKey, Connection<T>, string>(
    async (keys) => {
      const groups = new Map<string, ChildPageKey[]>();
      for (const key of keys) {
        const group = JSON.stringify(key.filter ?? {});
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const idsByKey = new Map<ChildPageKey, { page: string[]; total: number; hasNext: boolean }>();
      for (const group of groups.values()) {
        const parentIds = [...new Set(group.map((k) => k.parentId))];
        const refs = (await model
          .find({ ...(group[0].filter ?? {}), [parentField]: mongoose.trusted({ $in: parentIds }) })
          .select({ _id: 1, [parentField]: 1 })
          .sort({ _id: -1 })
          .lean()) as Array<Record<string, unknown> & WithId>;
        const byParent = new Map<string, string[]>();
        for (const ref of refs) {
          const parent = String(ref[parentField]);
          byParent.set(parent, [...(byParent.get(parent) ?? []), ref._id.toString()]);
        }
        for (const key of group) {
          const all = byParent.get(key.parentId) ?? [];
          const first = pageSize(key.first);
          const after = key.after ? decodeCursor(key.after) : null;
          const remaining = after ? all.filter((id) => id < after) : all;
          idsByKey.set(key, { page: remaining.slice(0, first), total: all.length, hasNext: remaining.length > first });
        }
      }
      const wanted = [...new Set([...idsByKey.values()].flatMap((v) => v.page))];
      const docs = await findByIds<T>(model, wanted);
      const byId = new Map(docs.map((d) => [d._id.toString(), d]));
      return keys.map((key) => {
        const { page, total, hasNext } = idsByKey.get(key)!;
        const nodes = page.map((id) => byId.get(id)).filter((d): d is T => Boolean(d));
        const connection = connectionFromSlice(nodes, nodes.length, total, Boolean(key.after));
        connection.pageInfo.hasNextPage = hasNext;
        return connection;
      });
    },
    { cacheKeyFn: (key) => JSON.stringify([key.parentId, key.filter ?? {}, key.first ?? null, key.after ?? null]) },
  );
}

/** The tenant's documents with these ids, in one command: a primary-key lookup when there is one id. */
async function findByIds<T>(model: Model<any>, ids: string[]): Promise<T[]> {
  if (ids.length === 1) {
    const doc = await findOneByIdInTenant<T>(model, ids[0]);
    return doc ? [doc] : [];
  }
  return ids.length ? ((await model.find({ _id: mongoose.trusted({ $in: ids }) }).lean()) as T[]) : [];
}

/** A per-request DataLoader of documents by id, re-ordered to the keys (null when absent). */
export function byIdLoader<T extends WithId>(model: Model<any>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const valid = ids.filter((id) => mongoose.isObjectIdOrHexString(id));
    const docs = await findByIds<T>(model, valid);
    const byId = new Map(docs.map((d) => [d._id.toString(), d]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A per-request DataLoader of all documents whose `field` equals each key (small, bounded child lists). */
export function groupLoader<T>(model: Model<any>, field: string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const docs = (await model
      .find({ [field]: mongoose.trusted({ $in: [...keys] }) })
      .sort({ _id: 1 })
      .lean()) as T[];
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const doc of docs) groups.get(String((doc as Record<string, unknown>)[field]))?.push(doc);
    return keys.map((k) => groups.get(k)!);
  });
}
