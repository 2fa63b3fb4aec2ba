/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query FirstCustomers($first: Int!) {\n    customers(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FirstCustomersDocument,
    "\n  query Customer360($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      status\n      contacts {\n        name\n        email\n      }\n      invoices(status: OPEN, first: 10) {\n        totalCount\n        edges {\n          node {\n            number\n            status\n            dueDate\n            total {\n              amount\n              currency\n            }\n          }\n        }\n      }\n      orders(first: 10) {\n        totalCount\n        edges {\n          node {\n            number\n            status\n            total {\n              amount\n              currency\n            }\n            lines {\n              quantity\n              product {\n                sku\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.Customer360Document,
};
const documents: Documents = {
    "\n  query FirstCustomers($first: Int!) {\n    customers(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FirstCustomersDocument,
    "\n  query Customer360($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      status\n      contacts {\n        name\n        email\n      }\n      invoices(status: OPEN, first: 10) {\n        totalCount\n        edges {\n          node {\n            number\n            status\n            dueDate\n            total {\n              amount\n              currency\n            }\n          }\n        }\n      }\n      orders(first: 10) {\n        totalCount\n        edges {\n          node {\n            number\n            status\n            total {\n              amount\n              currency\n            }\n            lines {\n              quantity\n              product {\n                sku\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.Customer360Document,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstCustomers($first: Int!) {\n    customers(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirstCustomers($first: Int!) {\n    customers(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customer360($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      status\n      contacts {\n        name\n        email\n      }\n      invoices(status: OPEN, first: 10) {\n        totalCount\n        edges {\n          node {\n            number\n            status\n            dueDate\n            total {\n              amount\n              currency\n            }\n          }\n        }\n      }\n      orders(first: 10) {\n        totalCount\n        edges {\n          node {\n            number\n            status\n            total {\n              amount\n              currency\n            }\n            lines {\n              quantity\n              product {\n                sku\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Customer360($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      status\n      contacts {\n        name\n        email\n      }\n      invoices(status: OPEN, first: 10) {\n        totalCount\n        edges {\n          node {\n            number\n            status\n            dueDate\n            total {\n              amount\n              currency\n            }\n          }\n        }\n      }\n      orders(first: 10) {\n        totalCount\n        edges {\n          node {\n            number\n            status\n            total {\n              amount\n              currency\n            }\n            lines {\n              quantity\n              product {\n                sku\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;