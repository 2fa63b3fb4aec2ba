import { buildSchema } from 'graphql';
import { SUBSCRIPTION_FIELDS, checkSubscriptionFields } from '../../gateway/subscriptions';
import { EVENT_TYPE_PATTERN } from '../../lib/events';

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

  it('lists the eight contract fields with catalogued event types', () => {
    expect(SUBSCRIPTION_FIELDS.map((f) => f.field).sort()).toEqual([
      'dealStageChanged',
      'dealWon',
      'invoiceStatusChanged',
      'orderStatusChanged',
      'paymentReceived',
      'stockLow',
      'taskDue',
      'ticketAssigned',
    ]);
    for (const entry of SUBSCRIPTION_FIELDS) for (const type of entry.eventTypes) expect(type).toMatch(EVENT_TYPE_PATTERN);
  });
});
