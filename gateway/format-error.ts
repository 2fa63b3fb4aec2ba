/** How the gateway shapes every error it sends: coded and masked. */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, maskError } from '../lib/errors';
import { tokenLimitError } from './limits';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

export interface ErrorFormatterOptions {
  /** Called with each error that is masked as INTERNAL_SERVER_ERROR, to be logged. */
  onInternal: (error: unknown) => void;
}

export function createErrorFormatter(options: ErrorFormatterOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = maskError(tokenLimitError(ownCode(formatted, error)), error);
    if (result.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) options.onInternal(error);
    return result;
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
