export { dataOf, graphql, type GraphQLResponse } from '../../lib/graphql-client';
