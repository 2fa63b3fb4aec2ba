/**
 * Operation limits, checked while Apollo Server validates the document, so an operation over a
 * limit is refused before the gateway plans it or calls any subgraph. Tokens are capped by the
 * parser itself (`parseOptions.maxTokens`); page sizes need the variables, so the cost admission
 * checks them (gateway/cost-admission.ts).
 */
import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { ErrorCode } from '../lib/errors';
import type { GatewayLimits } from '../lib/env';

export type LimitName =
  'depth' | 'aliases' | 'rootFields' | 'tokens' | 'directives' | 'height' | 'pageSize' | 'stringLength' | 'listLength';

export function limitExceeded(limit: LimitName, max: number, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.OPERATION_LIMIT_EXCEEDED, limit, max, http: { status: 400 } },
  });
}

/** The shape of one operation, fragments expanded. */
export interface OperationShape {
  depth: number;
  aliases: number;
  rootFields: number;
  directives: number;
  /** Field selections, fragments expanded (each spread counts its fragment's fields again). */
  height: number;
}

interface Measure {
  depth: number;
  aliases: number;
  fields: number;
  directives: number;
  height: number;
}

const ZERO: Measure = { depth: 0, aliases: 0, fields: 0, directives: 0, height: 0 };

/**
 * Measures an operation. Each fragment is measured once (memoised), so a document that spreads
 * fragments into each other cannot make this walk exponential; a fragment cycle (refused by
 * graphql's own rules in the same validation pass) counts as empty.
 */
export function measureOperation(
  operation: OperationDefinitionNode,
  fragment: (name: string) => FragmentDefinitionNode | undefined | null,
): OperationShape {
  const memo = new Map<string, Measure>();

  function spread(name: string): Measure {
    const known = memo.get(name);
    if (known) return known;
    memo.set(name, ZERO); // in progress: a cycle stops here
    const definition = fragment(name);
    const measured = definition ? add(selections(definition.selectionSet), directivesOf(definition)) : ZERO;
    memo.set(name, measured);
    return measured;
  }

  function selections(set: SelectionSetNode): Measure {
    let m = ZERO;
    for (const selection of set.selections) {
      const own = selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        const child = selection.selectionSet ? selections(selection.selectionSet) : ZERO;
        // `__schema` and `__type` answer from the gateway's own schema, and graphql's
        // MaxIntrospectionDepthRule (in the specified rules) bounds how far they nest; their
        // subtree counts as one selection, so the explorer's full introspection query fits.
        const introspection = selection.name.value.startsWith('__');
        m = merge(m, {
          depth: introspection ? 0 : 1 + child.depth,
          aliases: (selection.alias ? 1 : 0) + child.aliases,
          fields: 1,
          directives: own + child.directives,
          height: 1 + (introspection ? 0 : child.height),
        });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        m = merge(m, add(selections(selection.selectionSet), own));
      } else {
        m = merge(m, add(spread(selection.name.value), own));
      }
    }
    return m;
  }

  const root = selections(operation.selectionSet);
  const variableDirectives = (operation.variableDefinitions ?? []).reduce((n, v) => n + (v.directives?.length ?? 0), 0);
  return {
    depth: root.depth,
    aliases: root.aliases,
    rootFields: root.fields,
    directives: root.directives + (operation.directives?.length ?? 0) + variableDirectives,
    height: root.height,
  };
}

/** Siblings: the deepest wins, counts add up. */
function merge(a: Measure, b: Measure): Measure {
  return {
    depth: Math.max(a.depth, b.depth),
    aliases: a.aliases + b.aliases,
    fields: a.fields + b.fields,
    directives: a.directives + b.directives,
    height: a.height + b.height,
  };
}

function add(m: Measure, directives: number): Measure {
  return { ...m, directives: m.directives + directives };
}

function directivesOf(node: { directives?: readonly unknown[] }): number {
  return node.directives?.length ?? 0;
}

/** One validation rule for depth, aliases, root fields, directives and height. */
export function operationLimitsRule(
  limits: Pick<GatewayLimits, 'maxDepth' | 'maxAliases' | 'maxRootFields' | 'maxDirectives' | 'maxHeight'>,
): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const shape = measureOperation(operation, (name) => context.getFragment(name));
      const checks: Array<[LimitName, number, number, string]> = [
        ['depth', shape.depth, limits.maxDepth, 'Operation depth'],
        ['aliases', shape.aliases, limits.maxAliases, 'Number of aliases'],
        ['rootFields', shape.rootFields, limits.maxRootFields, 'Number of root fields'],
        ['directives', shape.directives, limits.maxDirectives, 'Number of directives'],
        ['height', shape.height, limits.maxHeight, 'Number of field selections'],
      ];
      for (const [limit, actual, max, what] of checks) {
        if (actual > max) context.reportError(limitExceeded(limit, max, `${what} ${actual} exceeds the maximum of ${max}.`));
      }
      return false; // fragments are reached through the operation
    },
  });
}

const TOKEN_LIMIT = /Document contains more th(?:at|an) (\d+) tokens/; // graphql 16 says "more that"

/**
 * graphql's parser aborts at `maxTokens` with a plain syntax error; this turns it into the
 * limit error clients can act on. Other errors are returned unchanged.
 */
export function tokenLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const match = formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.exec(formatted.message);
  if (!match) return formatted;
  const max = Number(match[1]);
  return {
    message: `Document has more than ${max} tokens.`,
    extensions: { ...formatted.extensions, code: ErrorCode.OPERATION_LIMIT_EXCEEDED, limit: 'tokens', max },
  };
}
