export { dataOf, graphql, signedGraphql, type GraphQLResponse } from '../../lib/graphql-client';
