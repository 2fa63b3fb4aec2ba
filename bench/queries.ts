/** The benchmark scenarios: one GraphQL operation each, and how to pick its variables. */
export const CUSTOMER_360 = `query Customer360($id: ID!) {
  customer(id: $id) {
    id name
    contacts { name email }
    invoices(status: OPEN, first: 10) { totalCount edges { node { number status dueDate total { amount currency } } } }
    orders(first: 10) { totalCount edges { node { number status total { amount currency } lines { quantity product { sku name } } } } }
  }
}`;

/** Scenario b's query for a page of `first` customers (the scenario itself asks for 50). */
export const customersPage = (first: number) => `query CustomersPage {
  customers(first: ${first}) {
    totalCount
    edges { node {
      id name
      invoices(status: OPEN, first: 10) { totalCount edges { node { number status dueDate total { amount currency } } } }
      orders(first: 10) { totalCount edges { node { number status total { amount currency } } } }
    } }
  }
}`;

export const CUSTOMERS_PAGE = customersPage(50);

export const CREATE_ORDER = `mutation CreateOrder($input: CreateOrderInput!) {
  createOrder(input: $input) { order { id number status } userErrors { message } }
}`;
export const CONFIRM_ORDER = `mutation ConfirmOrder($input: OrderTransitionInput!) {
  confirmOrder(input: $input) { order { id status } userErrors { message } }
}`;
export const CANCEL_ORDER = `mutation CancelOrder($input: OrderTransitionInput!) {
  cancelOrder(input: $input) { order { id status } userErrors { message } }
}`;

/** Scenario c's share of writes: half creates (a DRAFT order), half transitions (confirm or cancel one of them). */
export const WRITE_SHARE = 0.1;

export type ScenarioId = 'a' | 'b' | 'c';

export interface Scenario {
  id: ScenarioId;
  name: string;
  query: string;
  operationName: string;
  /** Variables for one request; `customerIds` is the tenant's customers. */
  variables(customerIds: string[]): Record<string, unknown>;
}

export const SCENARIOS: Scenario[] = [
  {
    id: 'a',
    name: 'customer-360, random customer',
    query: CUSTOMER_360,
    operationName: 'Customer360',
    variables: (ids) => ({ id: ids[Math.floor(Math.random() * ids.length)] }),
  },
  {
    id: 'b',
    name: 'customers first:50 + open invoices + orders',
    query: CUSTOMERS_PAGE,
    operationName: 'CustomersPage',
    variables: () => ({}),
  },
  {
    id: 'c',
    name: `mixed: customer-360 reads, ${WRITE_SHARE * 100}% writes (createOrder, confirm/cancel)`,
    // The read; the load generator swaps in the writes (bench/load.ts).
    query: CUSTOMER_360,
    operationName: 'Customer360',
    variables: (ids) => ({ id: ids[Math.floor(Math.random() * ids.length)] }),
  },
];
