/**
 * The typed table of Subscription fields (which events feed each field, how its payload entity is
 * looked up, which arguments filter it), its check against the API schema at start, and the
 * scopes each field requires, read from the supergraph.
 */
import { Kind, getNamedType, parse, valueFromASTUntyped, type DirectiveNode, type GraphQLSchema } from 'graphql';

/** One Subscription field: which events feed it and how the payload entity is looked up. */
export interface SubscriptionField {
  /** The field under `type Subscription`. */
  field: string;
  /** Event types (lib/events/catalog.ts) that produce it. */
  eventTypes: string[];
  /** Root Query field taking `id: ID!` that returns the payload entity. */
  lookup: string;
  /** Payload field holding that id. */
  idFrom: string;
  /** Optional field arguments: argument name -> payload field it must equal. */
  filters: Record<string, string>;
}

/** Every Subscription field the API may declare; entries whose field the supergraph lacks are ignored. */
export const SUBSCRIPTION_FIELDS: SubscriptionField[] = [
  {
    field: 'dealStageChanged',
    eventTypes: ['sales.deal.stageChanged'],
    lookup: 'deal',
    idFrom: 'dealId',
    filters: { pipelineId: 'pipelineId' },
  },
  { field: 'dealWon', eventTypes: ['sales.deal.won'], lookup: 'deal', idFrom: 'dealId', filters: {} },
  {
    field: 'orderStatusChanged',
    eventTypes: ['sales.order.confirmed', 'sales.order.cancelled', 'sales.order.fulfilled'],
    lookup: 'order',
    idFrom: 'orderId',
    filters: { customerId: 'customerId' },
  },
  {
    field: 'invoiceStatusChanged',
    eventTypes: ['finance.invoice.statusChanged'],
    lookup: 'invoice',
    idFrom: 'invoiceId',
    filters: { customerId: 'customerId' },
  },
  { field: 'paymentReceived', eventTypes: ['finance.payment.received'], lookup: 'payment', idFrom: 'paymentId', filters: {} },
  {
    field: 'stockLow',
    eventTypes: ['inventory.stock.low'],
    lookup: 'stockLevel',
    idFrom: 'stockLevelId',
    filters: { warehouseId: 'warehouseId' },
  },
  {
    field: 'ticketAssigned',
    eventTypes: ['customers.ticket.assigned'],
    lookup: 'ticket',
    idFrom: 'ticketId',
    filters: { assigneeId: 'assigneeId' },
  },
  {
    field: 'taskDue',
    eventTypes: ['customers.task.due'],
    lookup: 'task',
    idFrom: 'taskId',
    filters: { assigneeId: 'assigneeId' },
  },
  {
    field: 'timesheetSubmitted',
    eventTypes: ['operations.timesheet.submitted'],
    lookup: 'timesheet',
    idFrom: 'timesheetId',
    filters: { projectId: 'projectId' },
  },
  {
    field: 'projectStatusChanged',
    eventTypes: ['operations.project.statusChanged'],
    lookup: 'project',
    idFrom: 'projectId',
    filters: { customerId: 'customerId' },
  },
  {
    field: 'businessHealthChanged',
    eventTypes: ['reporting.facts.changed'],
    lookup: 'businessHealthChange',
    idFrom: 'sourceEventId',
    filters: {},
  },
];

/** Checks the mapping table against the API schema; throws listing every problem. Returns the usable entries. */
export function checkSubscriptionFields(schema: GraphQLSchema, table = SUBSCRIPTION_FIELDS): Map<string, SubscriptionField> {
  const subscription = schema.getSubscriptionType();
  const query = schema.getQueryType();
  const active = new Map<string, SubscriptionField>();
  const problems: string[] = [];
  for (const field of Object.values(subscription?.getFields() ?? {})) {
    const entry = table.find((e) => e.field === field.name);
    if (!entry) {
      problems.push(`Subscription.${field.name} has no entry in SUBSCRIPTION_FIELDS (gateway/subscriptions/fields.ts)`);
      continue;
    }
    const lookup = query?.getFields()[entry.lookup];
    if (!lookup || !lookup.args.some((a) => a.name === 'id')) {
      problems.push(`Subscription.${field.name}: Query.${entry.lookup}(id:) does not exist`);
    } else if (getNamedType(lookup.type).name !== getNamedType(field.type).name) {
      problems.push(
        `Subscription.${field.name} returns ${getNamedType(field.type).name} but Query.${entry.lookup} returns ${getNamedType(lookup.type).name}`,
      );
    }
    for (const arg of field.args) {
      if (!entry.filters[arg.name]) problems.push(`Subscription.${field.name}(${arg.name}:) has no payload field in its filters`);
    }
    active.set(field.name, entry);
  }
  if (problems.length) throw new Error(`Subscriptions are misconfigured:\n  - ${problems.join('\n  - ')}`);
  return active;
}

export type Requirement = { authenticated: boolean; scopes: string[][] };

/** `@requiresScopes` of each Subscription field, combined with that of its return type (as lib/authorization.ts does). */
export function subscriptionRequirements(supergraphSdl: string): Map<string, Requirement> {
  const doc = parse(supergraphSdl);
  const of = (directives: readonly DirectiveNode[] | undefined): string[][] =>
    (directives ?? [])
      .filter((d) => d.name.value === 'requiresScopes')
      .flatMap((d) => valueFromASTUntyped(d.arguments!.find((a) => a.name.value === 'scopes')!.value) as string[][]);
  const types = new Map<string, string[][]>();
  const subscriptionFields: Array<{ name: string; type: string; scopes: string[][] }> = [];
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    types.set(def.name.value, [...(types.get(def.name.value) ?? []), ...of(def.directives)]);
    if (def.name.value !== 'Subscription') continue;
    for (const field of def.fields ?? []) {
      let type = field.type;
      while (type.kind !== Kind.NAMED_TYPE) type = type.type;
      subscriptionFields.push({ name: field.name.value, type: type.name.value, scopes: of(field.directives) });
    }
  }
  const result = new Map<string, Requirement>();
  for (const field of subscriptionFields) {
    const typeScopes = types.get(field.type) ?? [];
    const scopes =
      typeScopes.length && field.scopes.length
        ? typeScopes.flatMap((t) => field.scopes.map((f) => [...t, ...f]))
        : [...typeScopes, ...field.scopes];
    result.set(field.name, { authenticated: true, scopes });
  }
  return result;
}
