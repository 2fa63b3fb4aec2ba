/**
 * A typed client for the gateway: documents typed by GraphQL Code Generator's client preset
 * (`npm run codegen` writes examples/__generated__/ from the supergraph's API schema).
 *
 *   GATEWAY_URL=http://localhost:4000/graphql API_KEY=crm_demo_acme_... npx tsx examples/typed-client.ts [customerId]
 *
 * Without a customer id it takes the first customer. Plain `fetch`: no client library needed.
 *
 * It speaks trusted documents: each operation is sent by its hash alone, as the app
 * `example-client` (`npm start` publishes this client's documents; `npm run documents:publish`
 * does it for a release), and again with its published text if the gateway has not seen it yet
 * (PERSISTED_QUERY_NOT_FOUND). A gateway with TRUSTED_DOCUMENTS=enforce serves it all the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
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

/** The app name this client publishes its documents under and sends with every request. */
export const APP_NAME = 'example-client';
export const APP_VERSION = '1.0.0';

/** hash -> text of every operation above, as codegen wrote it (what `documents:publish` publishes). */
export const PERSISTED_DOCUMENTS: Record<string, string> = JSON.parse(
  readFileSync(join(__dirname, '__generated__', 'persisted-documents.json'), 'utf8'),
);

/** A typed document's published hash (bare hex) and text. */
export function persisted(document: TypedDocumentNode<any, any>): { hash: string; text: string } {
  const key = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  const text = key ? PERSISTED_DOCUMENTS[key] : undefined;
  if (!key || !text) throw new Error('Not a persisted document: run npm run codegen.');
  return { hash: key.replace(/^sha256:/, ''), text };
}

/** Runs one typed operation: the result and variables are typed by the document. */
export async function execute<TResult, TVariables>(
  url: string,
  apiKey: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const { hash, text } = persisted(document);
  const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
  const send = async (query?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        'x-api-key': apiKey,
        'apollographql-client-name': APP_NAME,
        'apollographql-client-version': APP_VERSION,
      },
      body: JSON.stringify({ query, variables, extensions }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: TResult; errors?: GraphQLRequestError['errors'] },
    };
  };
  let { status, body } = await send();
  if (body.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') ({ status, body } = await send(text));
  if (status !== 200 || body.errors?.length || !body.data) throw new GraphQLRequestError(status, body.errors ?? []);
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
