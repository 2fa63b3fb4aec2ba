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

export interface Scenario {
  id: 'a' | 'b';
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
];
