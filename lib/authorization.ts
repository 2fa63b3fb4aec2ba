/**
 * Enforces the authorization a subgraph's SDL declares with Federation's own directives:
 * `@authenticated` (no anonymous caller) and `@requiresScopes(scopes: [[...]])` (any one list of
 * scopes, all of it), on fields or on whole types. The same SDL is what Apollo Router would
 * enforce; here each subgraph enforces it itself, so no path (root field, nested field, entity
 * reference) goes unchecked. Resolvers stay free of ad-hoc checks.
 */
import { defaultFieldResolver, isObjectType, valueFromASTUntyped, type DirectiveNode, type GraphQLSchema } from 'graphql';
import { graphQLError, ErrorCode } from './errors';
import { satisfies } from './scopes';
import type { RequestPrincipal } from './signed-context';

interface Requirement {
  authenticated: boolean;
  scopes: string[][];
}

const directiveName = (node: DirectiveNode) => node.name.value.replace(/^federation__/, '');

function requirementOf(directives: readonly DirectiveNode[] | undefined): Requirement {
  const requirement: Requirement = { authenticated: false, scopes: [] };
  for (const directive of directives ?? []) {
    const name = directiveName(directive);
    if (name === 'authenticated') requirement.authenticated = true;
    if (name === 'requiresScopes') {
      const arg = directive.arguments?.find((a) => a.name.value === 'scopes');
      if (arg) requirement.scopes.push(...(valueFromASTUntyped(arg.value) as string[][]));
    }
  }
  return requirement;
}

export const ANONYMOUS = 'anonymous';

/** Checks one requirement against the caller; throws UNAUTHENTICATED or FORBIDDEN. */
export function authorize(principal: Pick<RequestPrincipal, 'principal' | 'scopes'>, need: Requirement, what: string): void {
  const anonymous = principal.principal === ANONYMOUS;
  if ((need.authenticated || need.scopes.length) && anonymous) {
    throw graphQLError(ErrorCode.UNAUTHENTICATED, `${what} requires authentication.`);
  }
  if (need.scopes.length && !satisfies(principal.scopes, need.scopes)) {
    const error = graphQLError(
      ErrorCode.FORBIDDEN,
      `${what} requires scope ${need.scopes.map((s) => s.join(' + ')).join(' or ')}.`,
    );
    error.extensions.requiredScopes = need.scopes;
    throw error;
  }
}

/**
 * For what the SDL cannot declare: Federation's `@requiresScopes` does not apply to input fields,
 * so a service that takes a sensitive input (compensation) checks the caller here, with the same
 * FORBIDDEN error (and `requiredScopes`) a guarded field raises.
 */
export function requireScopes(principal: Pick<RequestPrincipal, 'principal' | 'scopes'>, scopes: string[], what: string): void {
  authorize(principal, { authenticated: true, scopes: [scopes] }, what);
}

/** Wraps every field that (or whose type) carries a requirement. Returns how many fields are guarded. */
export function enforceAuthorization(schema: GraphQLSchema): number {
  let guarded = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeNeed = requirementOf([
      ...(type.astNode?.directives ?? []),
      ...(type.extensionASTNodes ?? []).flatMap((n) => n.directives ?? []),
    ]);
    for (const field of Object.values(type.getFields())) {
      const fieldNeed = requirementOf(field.astNode?.directives);
      const need: Requirement = {
        authenticated: typeNeed.authenticated || fieldNeed.authenticated,
        scopes:
          [typeNeed.scopes, fieldNeed.scopes].filter((s) => s.length).length === 2
            ? typeNeed.scopes.flatMap((t) => fieldNeed.scopes.map((f) => [...t, ...f]))
            : [...typeNeed.scopes, ...fieldNeed.scopes],
      };
      if (!need.authenticated && !need.scopes.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const what = `${type.name}.${field.name}`;
      field.resolve = (source, args, context, info) => {
        authorize(context as RequestPrincipal, need, what);
        return resolve(source, args, context, info);
      };
      guarded += 1;
    }
  }
  return guarded;
}
