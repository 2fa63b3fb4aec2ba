import { createCustomer, createInvoice, createOrder, createProduct } from '../helpers/fixtures';
import { ALL_SCOPES } from '../../lib/scopes';
import { signContext } from '../../lib/signed-context';
import { TEST_SECRET } from '../helpers/db';
import { graphql } from '../helpers/graphql';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';

const CUSTOMER_360 = /* GraphQL */ `
  query Customer360($id: ID!) {
    customer(id: $id) {
      id
      name
      contacts {
        name
        email
      }
      invoices(status: OPEN, first: 10) {
        totalCount
        edges {
          node {
            number
            status
            dueDate
            total {
              amount
              currency
            }
          }
        }
      }
      orders(first: 10) {
        totalCount
        edges {
          node {
            number
            status
            total {
              amount
              currency
            }
            lines {
              quantity
              product {
                sku
                name
              }
            }
          }
        }
      }
    }
  }
`;

describe('customer 360 through the gateway', () => {
  let platform: TestPlatform;
  let customerId: string;
  let openInvoice: { number: string };
  let order: { number: string };

  beforeAll(async () => {
    platform = await startTestPlatform();
    const a = platform.tenantA;
    customerId = await createCustomer(a, 'Acme Industries', { email: 'hello@acme.example' });
    await a.data(
      `mutation($id: ID!) { addContact(input: { customerId: $id, name: "Ada Buyer", email: "ada@acme.example" }) { userErrors { message } } }`,
      { id: customerId },
    );
    const bolt = await createProduct(a, 'BOLT-10', 'Hex bolt M10', '0.25');
    const drill = await createProduct(a, 'DRL-1', 'Cordless drill', '129.90');
    order = await createOrder(a, customerId, [
      { productId: bolt, quantity: 400, unitPrice: '0.25' },
      { productId: drill, quantity: 2, unitPrice: '119.90' },
    ]);
    openInvoice = await createInvoice(a, customerId, '339.80', { issue: true, dueDate: '2030-02-28' });
    await createInvoice(a, customerId, '50.00'); // stays DRAFT: must not be listed
  });

  afterAll(() => platform?.stop());

  it('returns the customer with only OPEN invoices and orders with product names from inventory', async () => {
    const { customer } = await platform.tenantA.data(CUSTOMER_360, { id: customerId });
    expect(customer).toEqual({
      id: customerId,
      name: 'Acme Industries',
      contacts: [{ name: 'Ada Buyer', email: 'ada@acme.example' }],
      invoices: {
        totalCount: 1,
        edges: [
          {
            node: {
              number: openInvoice.number,
              status: 'OPEN',
              dueDate: '2030-02-28',
              total: { amount: '339.80', currency: 'EUR' },
            },
          },
        ],
      },
      orders: {
        totalCount: 1,
        edges: [
          {
            node: {
              number: order.number,
              status: 'DRAFT',
              total: { amount: '339.80', currency: 'EUR' },
              lines: [
                { quantity: 400, product: { sku: 'BOLT-10', name: 'Hex bolt M10' } },
                { quantity: 2, product: { sku: 'DRL-1', name: 'Cordless drill' } },
              ],
            },
          },
        ],
      },
    });
  });

  it("hides the customer from another tenant's key", async () => {
    const response = await platform.tenantB.query(CUSTOMER_360, { id: customerId });
    expect(response.errors).toBeUndefined();
    expect(response.data.customer).toBeNull();
  });

  it('refuses a request without an API key, or with an unknown one, as UNAUTHENTICATED (401)', async () => {
    for (const headers of [{}, { 'x-api-key': 'crm_not-a-real-key' }] as Array<Record<string, string>>) {
      const response = await graphql(platform.gatewayUrl, CUSTOMER_360, { id: customerId }, headers);
      expect(response.status).toBe(401);
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.data ?? null).toBeNull();
    }
  });

  it('refuses a direct call to a subgraph without a valid, fresh gateway signature (401)', async () => {
    const principal = { tenantId: platform.tenantA.id, principal: 'attacker', scopes: ALL_SCOPES, requestId: 'r' };
    const body = JSON.stringify({ query: '{ __typename }', variables: {} });
    for (const [subgraph, url] of Object.entries(platform.subgraphUrls)) {
      const target = { subgraph, body };
      const attempts: Array<[string, Record<string, string>]> = [
        ['missing', {}],
        ['forged', signContext(principal, 'not-the-gateway-secret', target)],
        ['expired', signContext(principal, TEST_SECRET, target, Date.now() - 5 * 60_000)],
        [
          'tampered',
          {
            ...signContext(principal, TEST_SECRET, target),
            'x-gateway-context': signContext({ ...principal, tenantId: platform.tenantB.id }, 'x', target)['x-gateway-context'],
          },
        ],
      ];
      for (const [kind, headers] of attempts) {
        const response = await graphql(url, '{ __typename }', {}, headers);
        expect([kind, response.status, response.errors?.[0].extensions?.code]).toEqual([kind, 401, 'UNAUTHENTICATED']);
      }
    }
    const genuine = await graphql(
      platform.subgraphUrls.customers,
      '{ __typename }',
      {},
      signContext(principal, TEST_SECRET, { subgraph: 'customers', body }),
    );
    expect(genuine.status).toBe(200);
  });
});
