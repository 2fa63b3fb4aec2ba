/**
 * A typed client for the gateway: documents typed by GraphQL Code Generator's client preset
 * (`npm run codegen` writes examples/__generated__/ from the supergraph's API schema).
 *
 *   GATEWAY_URL=http://localhost:4000/graphql API_KEY=crm_demo_acme_... npx tsx examples/typed-client.ts [customerId]
 *
 * Without a customer id it takes the first customer. Plain `fetch`: no client library needed.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { graphql } from './__generated__/gql';
import type { Customer360Query } from './__generated__/graphql';

export const FirstCustomersDocument = graphql(`
  query FirstCustomers($first: Int!) {
    customers(first: $first) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const Customer360Document = graphql(`
  query Customer360($id: ID!) {
    customer(id: $id) {
      id
      name
      status
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
`);

export class GraphQLRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: Array<{ message: string; extensions?: { code?: string } }>,
  ) {
    super(`GraphQL request failed (${status}): ${errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ')}`);
  }
}

/** Runs one typed operation: the result and variables are typed by the document. */
export async function execute<TResult, TVariables>(
  url: string,
  apiKey: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-api-key': apiKey },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: GraphQLRequestError['errors'] };
  if (!response.ok || body.errors?.length || !body.data) throw new GraphQLRequestError(response.status, body.errors ?? []);
  return body.data;
}

/** The customer-360 view of one customer (the first one when no id is given); null when not found. */
export async function customer360(url: string, apiKey: string, customerId?: string): Promise<Customer360Query['customer']> {
  let id = customerId;
  if (!id) {
    const { customers } = await execute(url, apiKey, FirstCustomersDocument, { first: 1 });
    id = customers.edges[0]?.node.id;
    if (!id) return null;
  }
  const { customer } = await execute(url, apiKey, Customer360Document, { id });
  return customer;
}

export async function main(env = process.env, argv = process.argv.slice(2)): Promise<Customer360Query['customer']> {
  const url = env.GATEWAY_URL ?? 'http://localhost:4000/graphql';
  const apiKey = env.API_KEY;
  if (!apiKey) throw new Error('Set API_KEY (npm start prints a demo key).');
  const customer = await customer360(url, apiKey, argv[0]);
  if (!customer) {
    console.log('No such customer.');
    return null;
  }
  console.log(`${customer.name} (${customer.status})`);
  for (const contact of customer.contacts) console.log(`  contact  ${contact.name} <${contact.email ?? '-'}>`);
  console.log(`  open invoices: ${customer.invoices.totalCount}`);
  for (const { node } of customer.invoices.edges)
    console.log(`    ${node.number}  due ${node.dueDate}  ${node.total.amount} ${node.total.currency}`);
  console.log(`  orders: ${customer.orders.totalCount}`);
  for (const { node } of customer.orders.edges) {
    const lines = node.lines.map((l) => `${l.quantity} x ${l.product.sku}`).join(', ');
    console.log(`    ${node.number}  ${node.status}  ${node.total.amount} ${node.total.currency}  ${lines}`);
  }
  return customer;
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
