/**
 * Input size limits, checked before any work: every String and ID value an operation passes
 * (inline or through variables, at any depth of an input object) has a maximum length, and every
 * list value a maximum number of items. A gateway-wide cap applies to every string; tighter caps
 * apply by the name of the argument or input field (names, emails, phones, notes, search...), so
 * a 200,000-character email never reaches a subgraph's validation. The walk is linear in the
 * size of the operation and its variables: each argument node is coerced once.
 */
import {
  GraphQLError,
  TypeInfo,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
} from 'graphql';
import { ErrorCode } from '../lib/errors';
import type { GatewayLimits } from '../lib/env';
import type { CostInput } from './cost';

/** Tighter caps by argument or input-field name (the gateway-wide `maxStringLength` applies to the rest). */
export const FIELD_LENGTH_CAPS: Record<string, number> = {
  ...Object.fromEntries(
    [
      'name',
      'title',
      'subject',
      'tenant',
      'slug',
      'companyName',
      'contactName',
      'supplierName',
      'taskTitle',
      'stage',
      'label',
      'tag',
      'reference',
      'unit',
      'sku',
      'line1',
      'line2',
      'city',
      'region',
      'postalCode',
      'country',
      'period',
      'idempotencyKey',
      'role',
    ].map((field) => [field, 200]),
  ),
  email: 254,
  phone: 40,
  search: 200,
  password: 1024,
  refreshToken: 256,
  ...Object.fromEntries(['description', 'reason', 'note', 'notes', 'body', 'comment', 'memo', 'message'].map((f) => [f, 5_000])),
};

/** Every ID is short: stored ids are 24 hex characters, caller-chosen external ids at most 64. */
export const ID_LENGTH_CAP = 128;

export type InputLimits = Pick<GatewayLimits, 'maxStringLength' | 'maxListLength'>;

function tooLarge(limit: 'stringLength' | 'listLength', max: number, path: string, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.OPERATION_LIMIT_EXCEEDED, limit, max, argument: path, http: { status: 400 } },
  });
}

/** The first input value over its cap, as the error to refuse the operation with; null when all fit. */
export function checkInputSizes(input: CostInput, limits: InputLimits): GraphQLError | null {
  const typeInfo = new TypeInfo(input.schema);
  let refused: GraphQLError | null = null;

  function check(value: unknown, type: GraphQLInputType, name: string, path: string): void {
    if (refused || value === null || value === undefined) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (!Array.isArray(value)) return check(value, nullable.ofType, name, path);
      if (value.length > limits.maxListLength) {
        refused = tooLarge(
          'listLength',
          limits.maxListLength,
          path,
          `${path} has ${value.length} items; at most ${limits.maxListLength} are accepted.`,
        );
        return;
      }
      value.forEach((item, i) => check(item, nullable.ofType, name, `${path}.${i}`));
      return;
    }
    const named = getNamedType(type);
    if (isInputObjectType(named) && typeof value === 'object') {
      const fields = named.getFields();
      for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
        if (fields[key]) check(inner, fields[key].type, key, `${path}.${key}`);
      }
      return;
    }
    if (isScalarType(named) && typeof value === 'string') {
      const max = Math.min(
        limits.maxStringLength,
        FIELD_LENGTH_CAPS[name] ?? Infinity,
        named.name === 'ID' ? ID_LENGTH_CAP : Infinity,
      );
      if (value.length > max) {
        refused = tooLarge('stringLength', max, path, `${path} is ${value.length} characters long; at most ${max} are accepted.`);
      }
    }
  }

  visit(
    input.document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (refused) return false;
        const definition = typeInfo.getFieldDef();
        if (!definition || !node.arguments?.length) return;
        let values: Record<string, unknown>;
        try {
          values = getArgumentValues(definition, node, input.variables);
        } catch {
          return; // invalid arguments: validation has refused them already
        }
        for (const arg of definition.args) check(values[arg.name], arg.type, arg.name, `${node.name.value}.${arg.name}`);
      },
      // Directive arguments (`@include(if:)`) are Booleans; nothing to measure.
      Directive: () => false,
    }),
  );
  // Variables the operation declares but no argument uses still had to be read: cap them too.
  for (const definition of input.operation.variableDefinitions ?? []) {
    const value = input.variables[definition.variable.name.value];
    if (typeof value === 'string' && value.length > limits.maxStringLength) {
      return tooLarge(
        'stringLength',
        limits.maxStringLength,
        `$${definition.variable.name.value}`,
        `$${definition.variable.name.value} is too long.`,
      );
    }
  }
  return refused;
}
