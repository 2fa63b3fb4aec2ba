/**
 * Relay global ids, without changing a single `id` the API already hands out.
 *
 * Every entity's `id` is a MongoDB ObjectId (24 hex characters) and stays one. What changes is
 * how new ones are minted: bytes 4 and 5 of the 12 (the driver's per-process random part) carry
 * a marker and the entity type's code, so any id minted since says which type it belongs to.
 * The 4-byte timestamp still leads (ids keep sorting by creation time, cursors keep working),
 * bytes 6..11 stay the driver's random and counter bytes (ids stay unique).
 *
 * The identity subgraph decodes the type (`nodeTypeOf`) to answer `Query.node`/`nodes` with a
 * `{ __typename, id }` reference; the gateway then fetches the entity from its owning subgraph,
 * whose tenant-scoped `__resolveReference` answers null for another tenant's id. Nothing is
 * trusted from the id but the routing: a forged type code routes to a lookup that finds nothing.
 *
 * The codes below are stored in ids forever: never renumber or reuse one. An id minted before
 * this scheme (or by hand) carries no code and answers null from `node`, while every other
 * lookup by id keeps working. See docs/api/identity.md#relay-node.
 */
import mongoose, { type Schema } from 'mongoose';
import type { SubgraphName } from './env';

const MARKER = 0x6e; // 'n'

/** Entity type -> its code in byte 5 of the id. Append only. */
export const NODE_TYPE_CODES = {
  Customer: 1,
  Task: 2,
  Ticket: 3,
  Invoice: 4,
  Payment: 5,
  Employee: 6,
  Department: 7,
  TimeOffType: 8,
  TimeOffRequest: 9,
  ReviewCycle: 10,
  Holiday: 11,
  PayrollRun: 12,
  User: 13,
  Product: 14,
  Warehouse: 15,
  StockLevel: 16,
  Project: 17,
  ProjectTask: 18,
  Timesheet: 19,
  ResourceAllocation: 20,
  Order: 21,
  Deal: 22,
  Quote: 23,
} as const;

export type NodeType = keyof typeof NODE_TYPE_CODES;

/** The subgraph that owns each type's records: the one whose reference resolver finds (or not) an id. */
export const NODE_TYPE_OWNERS: Record<NodeType, SubgraphName> = {
  Customer: 'customers',
  Task: 'customers',
  Ticket: 'customers',
  Invoice: 'finance',
  Payment: 'finance',
  Employee: 'hr',
  Department: 'hr',
  TimeOffType: 'hr',
  TimeOffRequest: 'hr',
  ReviewCycle: 'hr',
  Holiday: 'hr',
  PayrollRun: 'hr',
  User: 'identity',
  Product: 'inventory',
  Warehouse: 'inventory',
  StockLevel: 'inventory',
  Project: 'operations',
  ProjectTask: 'operations',
  Timesheet: 'operations',
  ResourceAllocation: 'operations',
  Order: 'sales',
  Deal: 'sales',
  Quote: 'sales',
};
export const NODE_TYPES = Object.keys(NODE_TYPE_CODES) as NodeType[];
const TYPE_OF_CODE = new Map<number, NodeType>(NODE_TYPES.map((t) => [NODE_TYPE_CODES[t], t]));

/** The same id with the type stamped in: for ids derived from something else (an event id, a hash). */
export function asNodeId(id: mongoose.Types.ObjectId | string, type: NodeType): mongoose.Types.ObjectId {
  const bytes = Buffer.from(new mongoose.Types.ObjectId(id).id);
  bytes[4] = MARKER;
  bytes[5] = NODE_TYPE_CODES[type];
  return new mongoose.Types.ObjectId(bytes);
}

/** A new id of an entity of this type. */
export const newNodeId = (type: NodeType): mongoose.Types.ObjectId => asNodeId(new mongoose.Types.ObjectId(), type);

/** The type an id was minted for, or null (malformed, minted before this scheme, unknown code). */
export function nodeTypeOf(id: unknown): NodeType | null {
  if (typeof id !== 'string' || !/^[0-9a-f]{24}$/i.test(id)) return null;
  if (parseInt(id.slice(8, 10), 16) !== MARKER) return null;
  return TYPE_OF_CODE.get(parseInt(id.slice(10, 12), 16)) ?? null;
}

/** Mongoose plugin: documents created without an explicit `_id` get a typed one. */
export function nodeIdPlugin(schema: Schema, options: { type: NodeType }): void {
  schema.path('_id').default(() => newNodeId(options.type));
}

/** The most ids one `nodes(ids:)` takes (lib/list-caps.ts prices it; more are refused as bad input). */
export const NODES_MAX = 100;
