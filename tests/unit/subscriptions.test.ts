import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { buildSchema } from 'graphql';
import { SUBSCRIPTION_FIELDS, checkSubscriptionFields } from '../../gateway/subscriptions';
import { EVENT_TYPE_PATTERN } from '../../lib/events';
import { SUPERGRAPH_PATH } from '../../lib/schema';

const base = `
  type Query { order(id: ID!): Order invoice(id: ID!): Invoice }
  type Order { id: ID! }
  type Invoice { id: ID! }
`;

describe('the subscription mapping table', () => {
  it('accepts a supergraph whose Subscription fields all have an entry, and ignores entries not composed yet', () => {
    const schema = buildSchema(
      `${base} type Subscription { orderStatusChanged(customerId: ID): Order! invoiceStatusChanged(customerId: ID): Invoice! }`,
    );
    expect([...checkSubscriptionFields(schema).keys()].sort()).toEqual(['invoiceStatusChanged', 'orderStatusChanged']);
  });

  it('refuses to start when a Subscription field has no entry, a wrong lookup, or an unmapped argument', () => {
    const schema = buildSchema(
      `${base} type Subscription { somethingNew: Order! orderStatusChanged(customerId: ID, status: String): Order! invoiceStatusChanged: Order! }`,
    );
    expect(() => checkSubscriptionFields(schema)).toThrow(
      /somethingNew has no entry[\s\S]*orderStatusChanged\(status:\) has no payload field[\s\S]*invoiceStatusChanged returns Order but Query.invoice returns Invoice/,
    );
  });

  it('lists the eleven contract fields with catalogued event types', () => {
    expect(SUBSCRIPTION_FIELDS.map((f) => f.field).sort()).toEqual([
      'businessHealthChanged',
      'dealStageChanged',
      'dealWon',
      'invoiceStatusChanged',
      'orderStatusChanged',
      'paymentReceived',
      'projectStatusChanged',
      'stockLow',
      'taskDue',
      'ticketAssigned',
      'timesheetSubmitted',
    ]);
    for (const entry of SUBSCRIPTION_FIELDS) for (const type of entry.eventTypes) expect(type).toMatch(EVENT_TYPE_PATTERN);
  });

  it('matches the composed supergraph: all ten fields are there, each with its lookup, return type and filter arguments', () => {
    // The API schema the gateway hands to the subscription server at start (its startup check).
    const api = Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8'), { supportedFeatures: null })
      .apiSchema()
      .toGraphQLJSSchema();
    const active = checkSubscriptionFields(api);
    expect([...active.keys()].sort()).toEqual(SUBSCRIPTION_FIELDS.map((f) => f.field).sort());
    const fields = api.getSubscriptionType()!.getFields();
    for (const entry of SUBSCRIPTION_FIELDS) {
      // Every filter of the table is an argument of the field (and checkSubscriptionFields checked the converse).
      expect(fields[entry.field].args.map((a) => a.name).sort()).toEqual(Object.keys(entry.filters).sort());
    }
  });
});
