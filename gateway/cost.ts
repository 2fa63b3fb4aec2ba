/**
 * Calculated query cost, Shopify-style, over the API schema. Pure functions: no I/O, no clock.
 *
 * - a leaf field (scalar, enum, `__typename`) costs `leaf` (0);
 * - an object field costs `object` (1) plus its selection; a plain list of objects is priced at
 *   its cap (lib/list-caps.ts: the most items it can hold, or its slicing argument `first`/`last`),
 *   and per returned object in the actual cost;
 * - a connection field (its type has `edges`) costs `connection` (2) plus its page size
 *   (`first`/`last`, else the argument default, else `defaultPageSize`) times the selection under
 *   `edges`/`nodes`, plus its other fields (`pageInfo` 1, `totalCount` 0);
 * - a root mutation field costs `mutation` (10) plus its selection;
 * - `__schema` and `__type` cost `object` (1), whatever they select.
 *
 * The requested cost is computed from the operation alone, before anything runs; the actual cost
 * walks the same operation over the response data, counting only what was returned.
 */
import {
  GraphQLSkipDirective,
  getNullableType,
  isListType,
  GraphQLIncludeDirective,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isLeafType,
  isObjectType,
  isInterfaceType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { listCap, listSize, type ListCap } from '../lib/list-caps';

/** Every cost weight, in one place. */
export const COST_WEIGHTS = {
  leaf: 0,
  object: 1,
  connection: 2,
  mutation: 10,
  defaultPageSize: 20,
  /** The size of a plain list missing from lib/list-caps.ts (a unit test keeps that list empty). */
  unknownListSize: 100,
};
export type CostWeights = typeof COST_WEIGHTS;

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** Coerced variable values (graphql `getVariableValues`). */
  variables: Record<string, unknown>;
}

export interface RequestedCost {
  cost: number;
  /** The largest `first`/`last` asked of any connection field (0 when there is none). */
  largestPageSize: number;
}

type Data = Record<string, unknown>;

export function requestedQueryCost(input: CostInput, weights: CostWeights = COST_WEIGHTS): RequestedCost {
  const walker = new CostWalker(input, weights, false);
  const cost = walker.operationCost(undefined);
  return { cost, largestPageSize: walker.largestPageSize };
}

/** The cost of what the response actually holds; `data` is the response's `data` (null when nothing ran). */
export function actualQueryCost(input: CostInput, data: Data | null | undefined, weights: CostWeights = COST_WEIGHTS): number {
  if (!data) return 0;
  return new CostWalker(input, weights, true).operationCost(data);
}

const NO_DATA = {};

class CostWalker {
  largestPageSize = 0;
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  /** Fragment costs per data object, so fragments spread into each other stay linear. */
  private readonly memo = new WeakMap<object, Map<string, number>>();

  constructor(
    private readonly input: CostInput,
    private readonly weights: CostWeights,
    private readonly actual: boolean,
  ) {
    for (const definition of input.document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
  }

  operationCost(data: Data | undefined): number {
    const root = this.input.schema.getRootType(this.input.operation.operation);
    if (!root) return 0;
    return this.selectionSet(root, this.input.operation.selectionSet, data, undefined);
  }

  /** `pageSize` is set when `type` is a connection: its `edges`/`nodes` are multiplied by it. */
  private selectionSet(
    type: GraphQLNamedType,
    set: SelectionSetNode,
    data: Data | undefined,
    pageSize: number | undefined,
  ): number {
    let total = 0;
    for (const selection of set.selections) {
      if (!this.included(selection)) continue;
      if (selection.kind === Kind.FIELD) total += this.field(type, selection, data, pageSize);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? this.input.schema.getType(selection.typeCondition.name.value) : type;
        if (on) total += this.selectionSet(on, selection.selectionSet, data, pageSize);
      } else total += this.spread(selection.name.value, data, pageSize);
    }
    return total;
  }

  private spread(name: string, data: Data | undefined, pageSize: number | undefined): number {
    const key = `${name}:${pageSize ?? ''}`;
    const holder = data ?? NO_DATA;
    let costs = this.memo.get(holder);
    if (!costs) this.memo.set(holder, (costs = new Map()));
    const known = costs.get(key);
    if (known !== undefined) return known;
    costs.set(key, 0); // a cycle (refused by validation anyway) adds nothing
    const fragment = this.fragments.get(name);
    const on = fragment && this.input.schema.getType(fragment.typeCondition.name.value);
    const cost = fragment && on ? this.selectionSet(on, fragment.selectionSet, data, pageSize) : 0;
    costs.set(key, cost);
    return cost;
  }

  private field(parent: GraphQLNamedType, node: FieldNode, data: Data | undefined, pageSize: number | undefined): number {
    const definition = fieldDefinition(this.input.schema, parent, node.name.value);
    if (!definition) return 0;
    const type = getNamedType(definition.type);
    if (isLeafType(type)) return this.weights.leaf;
    // `__schema` / `__type` answer from the gateway's own schema, no subgraph, and graphql's
    // MaxIntrospectionDepthRule bounds them: one object, requested and actual alike (else the
    // explorer's introspection would be charged every type of the schema as an overrun).
    if (definition === SchemaMetaFieldDef || definition === TypeMetaFieldDef) return this.weights.object;
    const value = this.actual ? data?.[node.alias?.value ?? node.name.value] : undefined;
    const children = node.selectionSet!;

    // `edges`/`nodes` of a connection: the item selection, once per item.
    if (pageSize !== undefined && (node.name.value === 'edges' || node.name.value === 'nodes')) {
      if (!this.actual) return pageSize * this.selectionSet(type, children, undefined, undefined);
      return items(value).reduce<number>((sum, item) => sum + this.selectionSet(type, children, item, undefined), 0);
    }

    const mutationRoot = parent === this.input.schema.getMutationType();
    const connection = isConnection(type);
    const weight = mutationRoot ? this.weights.mutation : connection ? this.weights.connection : this.weights.object;
    const ownPageSize = connection ? this.pageSize(definition, node) : undefined;

    if (!this.actual) {
      const one = weight + this.selectionSet(type, children, undefined, ownPageSize);
      if (connection || !isListType(getNullableType(definition.type))) return one;
      return one * this.listSize(parent, definition, node);
    }
    if (mutationRoot && value == null) return weight; // it ran, even if it returned nothing
    return items(value).reduce<number>((sum, item) => sum + weight + this.selectionSet(type, children, item, ownPageSize), 0);
  }

  /** A plain list's price multiplier: its cap, or its slicing argument's value. */
  private listSize(parent: GraphQLNamedType, definition: GraphQLField<unknown, unknown>, node: FieldNode): number {
    const cap: ListCap = listCap(parent.name, definition.name) ?? { max: this.weights.unknownListSize };
    return listSize(cap, cap.slicing ? getArgumentValues(definition, node, this.input.variables) : {});
  }

  private pageSize(definition: GraphQLField<unknown, unknown>, node: FieldNode): number {
    const args = getArgumentValues(definition, node, this.input.variables);
    const asked = [args.first, args.last].filter((n): n is number => typeof n === 'number');
    const size = asked.length ? Math.max(0, ...asked) : this.weights.defaultPageSize;
    this.largestPageSize = Math.max(this.largestPageSize, size);
    return size;
  }

  private included(selection: SelectionNode): boolean {
    const skip = getDirectiveValues(GraphQLSkipDirective, selection, this.input.variables);
    if (skip?.if === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, selection, this.input.variables);
    return include?.if !== false;
  }
}

/** A response value as the objects it holds: null -> none, an object -> one, a list -> each (flattened). */
function items(value: unknown): Data[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value.flatMap(items);
  return typeof value === 'object' ? [value as Data] : [];
}

function isConnection(type: GraphQLNamedType): boolean {
  return isObjectType(type) && 'edges' in type.getFields();
}

function fieldDefinition(
  schema: GraphQLSchema,
  parent: GraphQLNamedType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (parent === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  if (isObjectType(parent) || isInterfaceType(parent)) return parent.getFields()[name];
  return undefined; // __typename on a union, or an unknown field (refused by validation)
}
