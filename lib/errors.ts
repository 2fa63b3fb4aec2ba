import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * The closed set of codes a thrown (exceptional) error carries in `extensions.code`.
 * Expected failures are returned as `userErrors` instead (see UserErrorCode in the SDL).
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** A malformed HTTP request Apollo Server refuses: CSRF guard, batch body, mutation over GET. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** Depth, aliases, root fields, tokens, directives or page size over its limit (`extensions.limit`, `extensions.max`). */
  OPERATION_LIMIT_EXCEEDED: 'OPERATION_LIMIT_EXCEEDED',
  /** A plain list holds more than its cap (lib/list-caps.ts): refused rather than answered beyond its price. */
  LIST_TOO_LONG: 'LIST_TOO_LONG',
  /** The operation's calculated cost is over the per-operation maximum. */
  MAX_COST_EXCEEDED: 'MAX_COST_EXCEEDED',
  /** The caller's cost budget is spent; retry after `extensions.retryAfterSeconds` (HTTP 429). */
  THROTTLED: 'THROTTLED',
  /** A subgraph did not answer within the gateway's timeout. */
  SUBGRAPH_TIMEOUT: 'SUBGRAPH_TIMEOUT',
  /** A subgraph could not be reached (connection refused or reset). */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** Automatic persisted queries: the hash is not known yet, send it again with the query (HTTP 200). */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  /** The query sent does not hash to the `sha256Hash` sent with it (HTTP 400). */
  PERSISTED_QUERY_HASH_MISMATCH: 'PERSISTED_QUERY_HASH_MISMATCH',
  /** Trusted documents enforced: the operation is not published for the app the request names (HTTP 400). */
  PERSISTED_QUERY_NOT_IN_LIST: 'PERSISTED_QUERY_NOT_IN_LIST',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * A coded error. `httpStatus` is for request-level refusals only (the whole response gets it);
 * errors raised while resolving fields keep 200 so partial data still reaches the client.
 */
export function graphQLError(code: ErrorCode, message: string, httpStatus?: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
}

/** The request as a whole has no valid credential: HTTP 401. */
export const unauthenticated = (message = 'Authentication required: send an x-api-key header.') =>
  graphQLError(ErrorCode.UNAUTHENTICATED, message, 401);
export const forbidden = (message = 'Not allowed.') => graphQLError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string, id: string) => graphQLError(ErrorCode.NOT_FOUND, `${what} ${id} not found.`);
export const badInput = (message: string) => graphQLError(ErrorCode.BAD_USER_INPUT, message);

/** An expected failure of a mutation, returned in its payload's `userErrors`. */
export interface UserError {
  field: string[] | null;
  message: string;
  code: UserErrorCode;
}
export type UserErrorCode =
  | 'INVALID'
  | 'REQUIRED'
  | 'NOT_FOUND'
  | 'TAKEN'
  | 'ILLEGAL_TRANSITION'
  | 'CURRENCY_MISMATCH'
  | 'OVERPAYMENT'
  | 'INSUFFICIENT_STOCK'
  | 'CONFLICT'
  | 'INVALID_CREDENTIALS'
  | 'THROTTLED'
  | 'OVERLAPPING'
  | 'INSUFFICIENT_BALANCE'
  | 'MATCH_MISMATCH'
  | 'PERIOD_CLOSED';

export function userError(field: string[] | null, message: string, code: UserErrorCode): UserError {
  return { field, message, code };
}

/** Thrown inside domain code to abort a mutation with userErrors; the mutation helper catches it. */
export class UserErrors extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * Masks anything that is not a deliberate, coded error: no stack traces, no internals.
 * Validation and parse errors keep their (safe) messages.
 */
export function maskError(formatted: GraphQLFormattedError, _error: unknown, expose = false): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  if (typeof code === 'string' && KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...formatted, extensions };
  }
  if (expose) return { ...formatted, extensions };
  return {
    message: 'Internal server error.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * A unique index refused the write: MongoDB's E11000 (code 11000). FerretDB 1.x answers an
 * *update* that breaks a unique index with an InternalError carrying SQLite's message instead.
 */
export function isDuplicateKeyError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, message } = err as { code?: number; message?: string };
  return code === 11000 || (code === 1 && typeof message === 'string' && message.includes('UNIQUE constraint failed'));
}
