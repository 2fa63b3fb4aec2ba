import { SUBGRAPHS, type SubgraphName } from '../../lib/env';
import { createCustomer, createInvoice, createOrder, createProduct } from '../helpers/fixtures';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';

/** Nested lists from three subgraphs: the classic N+1 shape. */
const PAGE = /* GraphQL */ `
  query Page($first: Int!) {
    customers(first: $first) {
      edges {
        node {
          name
          attachments {
            filename
          }
          invoices(status: OPEN) {
            totalCount
            edges {
              node {
                number
                total {
                  amount
                }
              }
            }
          }
          orders(first: 5) {
            edges {
              node {
                number
                lines {
                  quantity
                  product {
                    name
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

describe('DataLoader batching across subgraphs', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    // 150 writes in a few seconds and a 50-customer page (priced 12,502: each order's lines at 20)
    // are over the default budget and maximum cost (1000); this suite measures batching, so it gets room for them.
    platform = await startTestPlatform({ gatewayLimits: { maxCost: 20_000, costBucketSize: 100_000 } });
    const a = platform.tenantA;
    const products = await Promise.all(['A', 'B', 'C'].map((sku) => createProduct(a, `SKU-${sku}`, `Product ${sku}`)));
    const customers = [];
    for (let batch = 0; batch < 5; batch++) {
      customers.push(
        ...(await Promise.all(Array.from({ length: 10 }, (_, i) => createCustomer(a, `Customer ${batch * 10 + i}`)))),
      );
    }
    // In tens, like the customers: fifty order-and-invoice chains at once queue past the gateway's
    // subgraph timeout on a slow database (FerretDB on two cores), and the setup is not what is measured.
    for (let batch = 0; batch < 5; batch++) {
      await Promise.all(
        customers.slice(batch * 10, batch * 10 + 10).map(async (customerId, j) => {
          const i = batch * 10 + j;
          await createOrder(a, customerId, [
            { productId: products[i % 3], quantity: 1, unitPrice: '10.00' },
            { productId: products[(i + 1) % 3], quantity: 2, unitPrice: '10.00' },
          ]);
          await createInvoice(a, customerId, '30.00', { issue: true });
        }),
      );
    }
  });

  afterAll(() => platform?.stop());

  async function commandsFor(first: number): Promise<Record<SubgraphName, number>> {
    // Count request work only: event relays, consumers and every subgraph's jobs run in the background.
    await Promise.all(
      SUBGRAPHS.flatMap((name) => {
        const {
          events: { relay, consumers },
          jobs,
        } = platform.subgraphs[name];
        return [relay?.stop(), ...consumers.map((c) => c.stop()), ...Object.values(jobs).map((job) => job.stop())];
      }),
    );
    const before = Object.fromEntries(SUBGRAPHS.map((name) => [name, platform.subgraphs[name].database.commandCount()]));
    const data = await platform.tenantA.data(PAGE, { first });
    expect(data.customers.edges).toHaveLength(first);
    for (const { node } of data.customers.edges) {
      expect(node.invoices.totalCount).toBe(1);
      expect(node.orders.edges[0].node.lines.map((l: any) => l.product.name)).toHaveLength(2);
    }
    return Object.fromEntries(
      SUBGRAPHS.map((name) => [name, platform.subgraphs[name].database.commandCount() - before[name]]),
    ) as Record<SubgraphName, number>;
  }

  it('sends the same number of database commands per subgraph for 5 customers as for 50', async () => {
    await commandsFor(5); // warm-up: connection pools, first-use metadata
    const five = await commandsFor(5);
    const fifty = await commandsFor(50);
    expect(fifty).toEqual(five);
    // customers: one page query and one batch of the page's attachments; sales and finance: ids then
    // documents; inventory: one product batch.
    expect(five).toEqual({ customers: 2, sales: 2, finance: 2, inventory: 1, hr: 0, identity: 0, operations: 0, reporting: 0 });
  });
});
