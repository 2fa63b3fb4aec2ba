import { readFileSync } from 'node:fs';
import {
  GraphQLError,
  buildSchema,
  getIntrospectionQuery,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type FragmentDefinitionNode,
} from 'graphql';
import { createErrorFormatter, withoutSuggestions } from '../../gateway/format-error';
import { measureOperation, operationLimitsRule, tokenLimitError } from '../../gateway/limits';
import { DEFAULT_GATEWAY_LIMITS } from '../../lib/env';
import { SUPERGRAPH_PATH } from '../../lib/schema';

const schema = buildSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'));

function measure(query: string) {
  const document = parse(query);
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  );
  return measureOperation(getOperationAST(document)!, (name) => fragments.get(name));
}

describe('measureOperation', () => {
  it('counts depth from 1 at the root, through fragments, without introspection fields', () => {
    expect(measure(`{ customer(id: "1") { id } }`).depth).toBe(2);
    expect(measure(`{ customer(id: "1") { ...C } } fragment C on Customer { contacts { name } }`).depth).toBe(3);
    expect(measure(`{ __schema { types { fields { type { ofType { ofType { name } } } } } } }`).depth).toBe(0);
  });

  it('counts aliases, root fields and directives with fragments expanded', () => {
    const shape = measure(`
      query Q @deprecated { a: customer(id: "1") { ...C } b: customer(id: "2") { ...C } customers { totalCount } }
      fragment C on Customer { n: name @include(if: true) id @skip(if: false) }`);
    expect(shape.aliases).toBe(2 + 2 * 1);
    expect(shape.rootFields).toBe(3);
    expect(shape.directives).toBe(1 + 2 * 2);
  });

  it('measures each fragment once, so nested spreads stay cheap, and survives cycles', () => {
    const fragments = Array.from({ length: 200 }, (_, i) => `fragment F${i} on Customer { id ...F${i + 1} ...F${i + 1} }`);
    fragments.push('fragment F200 on Customer { id }');
    const started = Date.now();
    expect(measure(`{ customer(id: "1") { ...F0 } } ${fragments.join('\n')}`).depth).toBe(2);
    expect(Date.now() - started).toBeLessThan(200);
    expect(measure(`{ customer(id: "1") { ...A } } fragment A on Customer { ...B } fragment B on Customer { ...A }`).depth).toBe(
      1,
    );
  });
});

describe('operationLimitsRule', () => {
  const rule = operationLimitsRule(DEFAULT_GATEWAY_LIMITS);
  const errors = (query: string) => validate(schema, parse(query), [rule]);
  const nest = (levels: number) => {
    // customer { orders { edges { node { customer { orders ... } } } } }, 4 levels per round
    let inner = 'id';
    for (let i = 0; i < levels; i++) inner = `orders(first: 1) { edges { node { customer { ${inner} } } } }`;
    return `{ customer(id: "1") { ${inner} } }`;
  };

  it('accepts a realistic operation', () => {
    expect(errors(nest(2))).toEqual([]); // depth 10
  });

  it('refuses each limit with its name and maximum', () => {
    const [depth] = errors(nest(3)); // depth 14
    expect(depth.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'depth', max: 12 });
    const aliases = errors(`{ customer(id: "1") { ${Array.from({ length: 31 }, (_, i) => `a${i}: id`).join(' ')} } }`);
    expect(aliases.map((e) => e.extensions.limit)).toEqual(['aliases']);
    const root = errors(`{ ${Array.from({ length: 11 }, (_, i) => `c${i}: customer(id: "${i}") { id }`).join(' ')} }`);
    expect(root.map((e) => e.extensions.limit)).toEqual(['rootFields']);
    const directives = errors(`{ customer(id: "1") { ${'id @include(if: true) '.repeat(21)} } }`);
    expect(directives.map((e) => e.extensions.limit)).toEqual(['directives']);
  });

  it("lets the explorer's full introspection query through; graphql's own rule bounds deeper introspection", () => {
    const full = getIntrospectionQuery({
      descriptions: true,
      inputValueDeprecation: true,
      schemaDescription: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
    });
    expect(validate(schema, parse(full), [...specifiedRules, rule])).toEqual([]);
    const deep = `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`;
    expect(validate(schema, parse(deep), [...specifiedRules, rule]).map((e) => e.message)).toEqual([
      'Maximum introspection depth exceeded',
    ]);
    // Plain fields still count one by one.
    expect(errors(`{ customers(first: 1) { ${'totalCount '.repeat(201)} } }`).map((e) => e.extensions.limit)).toEqual(['height']);
  });
});

describe('token limit', () => {
  it("turns graphql's maxTokens parse error into OPERATION_LIMIT_EXCEEDED", () => {
    let message = '';
    try {
      parse(`{ ${'a '.repeat(100)} }`, { maxTokens: 50 });
    } catch (err) {
      message = (err as GraphQLError).message; // the real wording of the installed graphql version
    }
    expect(tokenLimitError({ message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } })).toEqual({
      message: 'Document has more than 50 tokens.',
      extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'tokens', max: 50 },
    });
    const other = { message: 'Syntax Error: Unexpected "}".', extensions: { code: 'GRAPHQL_PARSE_FAILED' } };
    expect(tokenLimitError(other)).toBe(other);
  });
});

describe('gateway error formatter', () => {
  const format = (production: boolean) =>
    createErrorFormatter({ production, requestId: () => 'req-1', onInternal: () => undefined });

  it('strips suggestions in production only', () => {
    const message = 'Cannot query field "nme" on type "Customer". Did you mean "name"?';
    expect(withoutSuggestions(message)).toBe('Cannot query field "nme" on type "Customer".');
    const formatted = { message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(format(true)(formatted, new GraphQLError(message)).message).toBe('Cannot query field "nme" on type "Customer".');
    expect(format(false)(formatted, new GraphQLError(message)).message).toBe(message);
  });

  it("answers a subgraph's refusal of a variable (a Date that is no calendar day) as BAD_USER_INPUT, without its URL", () => {
    const message = 'Variable "$y" got invalid value "2024-02-30"; Date must be a calendar date, YYYY-MM-DD; got "2024-02-30".';
    const fromSubgraph = (status: number, code: string) => ({
      message: `${status}: Bad Request`,
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        response: { url: 'http://10.0.0.7:4003/graphql', status, body: { errors: [{ message, extensions: { code } }] } },
      },
    });
    expect(format(true)(fromSubgraph(400, 'BAD_USER_INPUT'), new Error('400'))).toEqual({
      message,
      extensions: { code: 'BAD_USER_INPUT', requestId: 'req-1' },
    });
    // Anything else a subgraph answers stays masked.
    expect(format(true)(fromSubgraph(400, 'INTERNAL_SERVER_ERROR'), new Error('400')).message).toBe('Internal server error.');
    expect(format(true)(fromSubgraph(500, 'BAD_USER_INPUT'), new Error('500')).message).toBe('Internal server error.');
  });

  it('masks unknown errors and adds the request id', () => {
    const formatted = format(true)({ message: 'E11000 duplicate key in tenants', extensions: {} }, new Error('boom'));
    expect(formatted).toEqual({
      message: 'Internal server error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' },
    });
  });
});

describe('error formatting keeps internals out', () => {
  const { withoutInternals } = jest.requireActual('../../gateway/format-error') as typeof import('../../gateway/format-error');
  const subgraphFailure = {
    message: 'The hr service did not answer within 500 ms.',
    extensions: {
      code: 'SUBGRAPH_TIMEOUT',
      serviceName: 'hr',
      response: { url: 'http://10.0.0.7:4005/graphql', status: 500, body: 'boom' },
    },
  };

  it('never forwards the failed subgraph response (its URL and body)', () => {
    expect(withoutInternals(subgraphFailure, false)).toEqual({
      message: 'The hr service did not answer within 500 ms.',
      extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'hr' },
    });
  });

  it('names no subgraph in production', () => {
    expect(withoutInternals(subgraphFailure, true)).toEqual({
      message: 'A service did not answer within 500 ms.',
      extensions: { code: 'SUBGRAPH_TIMEOUT' },
    });
  });
});
