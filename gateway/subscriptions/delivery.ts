/**
 * A subscription rewritten into the query that delivers its events. The subscriber's selection
 * runs as a QUERY through the gateway's own Apollo Server, so the query plan's entity fetches, the
 * operation limits and the subgraphs' own authorization apply as over HTTP:
 * `subscription { invoiceStatusChanged(customerId: $c) { ...sel } }` becomes
 * `query { e0: invoice(id: $_sub_id0) { ..._SubscriptionPayload } }`. Events of one poll for the
 * same subscription go out as one aliased query (`e0`, `e1`...), so the subgraphs' DataLoaders
 * batch their entity lookups; each alias's answer is then one event's result.
 */
import {
  Kind,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';
import type { SubscriptionField } from './fields';
import type { Result } from './stream';

const EVENT_ALIAS = 'e';
const ID_VARIABLE = '_sub_id';
const PAYLOAD_FRAGMENT = '_SubscriptionPayload';

/** The delivery query's text for `n` events. */
export type DeliveryQuery = (n: number) => string;

/**
 * The subscription operation as a query for `n` events: the root field becomes `n` aliased
 * lookups of the entity, each spreading one fragment that holds the subscriber's selection (so
 * the document grows by one line per event). The operation's name, variables and fragments stay.
 */
export function rewriteForEvents(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  root: FieldNode,
  entry: SubscriptionField,
  typeName: string,
): DeliveryQuery {
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const payload = {
    kind: Kind.FRAGMENT_DEFINITION,
    name: { kind: Kind.NAME, value: PAYLOAD_FRAGMENT },
    typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: typeName } },
    directives: [],
    selectionSet: root.selectionSet!,
  } as const;
  // Variables only the subscription's filter arguments used would be unused (invalid) in the query.
  const used = new Set<string>();
  const collect = { Variable: (node: { name: { value: string } }) => void used.add(node.name.value) };
  visit(root.selectionSet!, collect);
  for (const directive of [...(root.directives ?? []), ...(operation.directives ?? [])]) visit(directive, collect);
  for (const fragment of fragments) visit(fragment, collect);
  const kept = (operation.variableDefinitions ?? []).filter((v) => used.has(v.variable.name.value));
  const cache = new Map<number, string>();
  return (n: number): string => {
    const known = cache.get(n);
    if (known) return known;
    const variableDefinitions: VariableDefinitionNode[] = [...kept];
    const selections: FieldNode[] = [];
    for (let i = 0; i < n; i++) {
      variableDefinitions.push({
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: `${ID_VARIABLE}${i}` } },
        type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } } },
      });
      selections.push({
        kind: Kind.FIELD,
        alias: { kind: Kind.NAME, value: `${EVENT_ALIAS}${i}` },
        name: { kind: Kind.NAME, value: entry.lookup },
        arguments: [
          {
            kind: Kind.ARGUMENT,
            name: { kind: Kind.NAME, value: 'id' },
            value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: `${ID_VARIABLE}${i}` } },
          },
        ],
        directives: root.directives,
        selectionSet: {
          kind: Kind.SELECTION_SET,
          selections: [{ kind: Kind.FRAGMENT_SPREAD, name: { kind: Kind.NAME, value: PAYLOAD_FRAGMENT }, directives: [] }],
        },
      });
    }
    const query: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [
        {
          ...operation,
          operation: 'query' as OperationDefinitionNode['operation'],
          variableDefinitions,
          selectionSet: { kind: Kind.SELECTION_SET, selections },
        },
        payload,
        ...fragments,
      ],
    };
    const text = print(query);
    cache.set(n, text);
    return text;
  };
}

/** The delivery query's variables: the subscription's own, plus one entity id per event. */
export function deliveryVariables(variables: Record<string, unknown>, ids: unknown[]): Record<string, unknown> {
  const all: Record<string, unknown> = { ...variables };
  ids.forEach((id, i) => (all[`${ID_VARIABLE}${i}`] = id));
  return all;
}

/**
 * One result per event from the delivery query's result, as the subscriber selected it (under
 * `responseKey`, errors' paths rewritten to match); null for an event with nothing to deliver.
 */
export function eventResults(result: Result, events: number, responseKey: string): Array<Result | null> {
  const data = (result.data ?? {}) as Record<string, unknown>;
  return Array.from({ length: events }, (_event, i) => {
    const alias = `${EVENT_ALIAS}${i}`;
    const errors = (result.errors ?? [])
      .filter((e) => !e.path || e.path[0] === alias)
      .map((e) => (e.path ? { ...e, path: [responseKey, ...e.path.slice(1)] } : e));
    const entity = data[alias];
    // Not visible to this subscriber (deleted, or filtered by a subgraph): nothing to deliver.
    if ((entity === null || entity === undefined) && !errors.length) return null;
    return {
      data: entity === null || entity === undefined ? null : { [responseKey]: entity },
      ...(errors.length ? { errors } : {}),
    };
  });
}
