/** How the gateway shapes every error it sends: coded, masked, correlated, and quiet about the schema in production. */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, maskError } from '../lib/errors';
import { tokenLimitError } from './limits';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

export interface ErrorFormatterOptions {
  production: boolean;
  /** The id of the request being answered, returned as `extensions.requestId`. */
  requestId: () => string | undefined;
  /** Called with each error that is masked as INTERNAL_SERVER_ERROR, to be logged. */
  onInternal: (error: unknown, requestId: string | undefined) => void;
}

export function createErrorFormatter(options: ErrorFormatterOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let result = tokenLimitError(persistedQueryError(subgraphBadInput(ownCode(formatted, error))));
    result = maskError(result, error);
    result = withoutInternals(result, options.production);
    // No "Did you mean ...?" in production: suggestions reveal field, type and enum names.
    if (options.production) result = { ...result, message: withoutSuggestions(result.message) };
    const requestId = options.requestId();
    if (result.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) options.onInternal(error, requestId);
    return requestId ? { ...result, extensions: { ...result.extensions, requestId } } : result;
  };
}

/** Apollo Server stamps GRAPHQL_VALIDATION_FAILED on every validation error; a limit error keeps its own code. */
function ownCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  const code = original instanceof GraphQLError ? original.extensions.code : undefined;
  if (formatted.extensions?.code !== ErrorCode.GRAPHQL_VALIDATION_FAILED || typeof code !== 'string' || !KNOWN_CODES.has(code)) {
    return formatted;
  }
  return { ...formatted, extensions: { ...formatted.extensions, code } };
}

/**
 * The gateway passes custom scalars (Date, DateTime...) through unparsed: the subgraph that owns the
 * field parses the variable and answers 400 with a BAD_USER_INPUT naming what is wrong. That is the
 * caller's own mistake, not a failure: send its message and code rather than a masked internal error.
 */
function subgraphBadInput(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const response = formatted.extensions?.response as { status?: number; body?: { errors?: GraphQLFormattedError[] } } | undefined;
  const first = response?.status === 400 ? response.body?.errors?.[0] : undefined;
  if (first?.extensions?.code !== ErrorCode.BAD_USER_INPUT || typeof first.message !== 'string') return formatted;
  return { message: first.message, locations: first.locations, extensions: { code: ErrorCode.BAD_USER_INPUT } };
}

/**
 * Apollo Server answers an APQ whose query does not hash to the hash sent, or an unknown APQ
 * version, with an uncoded 400 error; give them codes clients can act on instead of masking them.
 */
function persistedQueryError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  // Apollo Server has already stamped its uncoded errors INTERNAL_SERVER_ERROR.
  const uncoded = !formatted.extensions?.code || formatted.extensions.code === ErrorCode.INTERNAL_SERVER_ERROR;
  if (!uncoded) return formatted;
  const code =
    formatted.message === 'provided sha does not match query'
      ? ErrorCode.PERSISTED_QUERY_HASH_MISMATCH
      : formatted.message === 'Unsupported persisted query version'
        ? ErrorCode.BAD_REQUEST
        : undefined;
  return code ? { ...formatted, extensions: { ...formatted.extensions, code } } : formatted;
}

/** The same pattern Apollo Server's DisableSuggestions plugin strips, applied to every message. */
export function withoutSuggestions(message: string): string {
  // By position, not by a pattern: a message echoes caller-chosen names, and `(.+?)\?$` backtracks on them.
  const at = message.indexOf('Did you mean');
  if (at < 0 || !message.endsWith('?')) return message;
  return message.slice(0, at > 0 && message[at - 1] === ' ' ? at - 1 : at);
}

/**
 * @apollo/gateway attaches a failed subgraph response to the error (`extensions.response`: the
 * subgraph's URL, status and body). Never send that out; in production also drop which subgraph
 * it was (`serviceName`, and its name in our own timeout messages).
 */
export function withoutInternals(error: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  if (!error.extensions) return error;
  const { response: _response, ...extensions } = error.extensions;
  if (!production) return { ...error, extensions };
  const { serviceName: _serviceName, ...rest } = extensions;
  return { ...error, message: error.message.replace(/^The \w+ service /, 'A service '), extensions: rest };
}
