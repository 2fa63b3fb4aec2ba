import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from './errors';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) {
    throw badInput(
      `DateTime must be an ISO-8601 string with a time zone, e.g. 2026-01-31T09:00:00Z; got ${JSON.stringify(value)}.`,
    );
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(`Invalid DateTime ${JSON.stringify(value)}.`);
  return date;
}

/** An instant, ISO-8601, always serialized in UTC (`2026-01-31T09:00:00.000Z`). */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in time, ISO-8601, serialized in UTC.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new TypeError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    return parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});

function parseDate(value: unknown): string {
  if (
    typeof value !== 'string' ||
    !ISO_DATE.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  ) {
    throw badInput(`Date must be a calendar date, YYYY-MM-DD; got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** A calendar date without time (`2026-01-31`), kept as the string itself. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO-8601 YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral(ast) {
    return parseDate(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});

export const scalarResolvers = { DateTime: DateTimeScalar, Date: DateScalar };
