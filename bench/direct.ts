/**
 * The lower bound: a "gateway" that does no parsing, validation or planning, only the subgraph
 * fetches @apollo/gateway's query plan makes for the two scenarios, hand-written from that plan
 * (print it with `tsx bench/plan.ts`), in the same order (sequence, then parallel), signed, and
 * merged into the response. Anything a real gateway adds on top is what the ratios show.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { signedHeaders, subgraphOf, type TargetConfig } from './target';

const MONEY = 'total { amount currency }';
const INVOICES = `invoices(status: OPEN, first: 10) { totalCount edges { node { number status dueDate ${MONEY} } } }`;

// Scenario a, Customer360: customers, then (sales, then inventory) in parallel with finance.
const A_CUSTOMER = `query Customer360__customers__0($id: ID!) { customer(id: $id) { __typename id name contacts { name email } } }`;
const A_ORDERS = `query Customer360__sales__1($representations: [_Any!]!) { _entities(representations: $representations) { ... on Customer { orders(first: 10) { totalCount edges { node { number status ${MONEY} lines { quantity product { __typename id } } } } } } } }`;
const A_PRODUCTS = `query Customer360__inventory__2($representations: [_Any!]!) { _entities(representations: $representations) { ... on Product { sku name } } }`;
const A_INVOICES = `query Customer360__finance__3($representations: [_Any!]!) { _entities(representations: $representations) { ... on Customer { ${INVOICES} } } }`;

// Scenario b, CustomersPage: customers, then sales and finance in parallel.
const B_PAGE = `query CustomersPage__customers__0 { customers(first: 50) { totalCount edges { node { __typename id name } } } }`;
const B_ORDERS = `query CustomersPage__sales__1($representations: [_Any!]!) { _entities(representations: $representations) { ... on Customer { orders(first: 10) { totalCount edges { node { number status ${MONEY} } } } } } }`;
const B_INVOICES = `query CustomersPage__finance__2($representations: [_Any!]!) { _entities(representations: $representations) { ... on Customer { ${INVOICES} } } }`;

type Json = any;

export function createDirectHandler(config: TargetConfig) {
  const urls = config.subgraphUrls;
  async function fetchSubgraph(errors: Json[], url: string, query: string, variables: Json): Promise<Json> {
    const body = JSON.stringify({ query, variables });
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(config, subgraphOf(config, url), body) },
      body,
    });
    const answer = (await res.json()) as { data?: Json; errors?: Json[] };
    if (!res.ok || answer.errors?.length) errors.push(...(answer.errors ?? [{ message: `HTTP ${res.status}` }]));
    return answer.data ?? {};
  }

  async function customer360(errors: Json[], variables: Json) {
    const { customer } = await fetchSubgraph(errors, urls.customers, A_CUSTOMER, { id: variables.id });
    if (!customer) return { customer: null };
    delete customer.__typename; // fetched for the representations, not asked for by the client
    const reps = [{ __typename: 'Customer', id: customer.id }];
    const sales = async () => {
      const [withOrders] = (await fetchSubgraph(errors, urls.sales, A_ORDERS, { representations: reps }))._entities ?? [];
      customer.orders = withOrders?.orders;
      const lines = (customer.orders?.edges ?? []).flatMap((e: Json) => e.node.lines);
      const ids = [...new Set<string>(lines.map((l: Json) => l.product.id))];
      if (!ids.length) return;
      const products = (
        await fetchSubgraph(errors, urls.inventory, A_PRODUCTS, {
          representations: ids.map((id) => ({ __typename: 'Product', id })),
        })
      )._entities as Json[];
      const byId = new Map(ids.map((id, i) => [id, products?.[i]]));
      for (const line of lines) line.product = byId.get(line.product.id);
    };
    const finance = async () => {
      const [withInvoices] = (await fetchSubgraph(errors, urls.finance, A_INVOICES, { representations: reps }))._entities ?? [];
      customer.invoices = withInvoices?.invoices;
    };
    await Promise.all([sales(), finance()]);
    return { customer };
  }

  async function customersPage(errors: Json[]) {
    const { customers } = await fetchSubgraph(errors, urls.customers, B_PAGE, {});
    const nodes: Json[] = (customers?.edges ?? []).map((e: Json) => e.node);
    const reps = nodes.map((n) => ({ __typename: 'Customer', id: n.id }));
    const [orders, invoices] = await Promise.all([
      fetchSubgraph(errors, urls.sales, B_ORDERS, { representations: reps }),
      fetchSubgraph(errors, urls.finance, B_INVOICES, { representations: reps }),
    ]);
    nodes.forEach((n, i) => {
      delete n.__typename;
      Object.assign(n, orders._entities?.[i], invoices._entities?.[i]);
    });
    return { customers };
  }

  return (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const errors: Json[] = [];
      let body: Json;
      try {
        const request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const data =
          request.operationName === 'CreateOrder' ||
          request.operationName === 'ConfirmOrder' ||
          request.operationName === 'CancelOrder'
            ? // Scenario c's writes: one fetch to sales, the operation as the client sent it (what the plan is).
              await fetchSubgraph(errors, urls.sales, request.query, request.variables ?? {})
            : request.operationName === 'Customer360'
              ? await customer360(errors, request.variables ?? {})
              : request.operationName === 'CustomersPage'
                ? await customersPage(errors)
                : null;
        if (!data) errors.push({ message: `direct target: unknown operation ${request.operationName}` });
        body = errors.length ? { data, errors } : { data };
      } catch (err) {
        body = { errors: [{ message: String(err) }] };
      }
      const text = JSON.stringify(body);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
  };
}
