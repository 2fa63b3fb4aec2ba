import { readFileSync } from 'node:fs';
import { buildSchema, getOperationAST, parse } from 'graphql';
import { requestedQueryCost } from './gateway/cost';
const schema = buildSchema(readFileSync('schema/supergraph.graphql', 'utf8'));
for (const q of process.argv.slice(2)) {
  const document = parse(q); const operation = getOperationAST(document)!;
  console.log(requestedQueryCost({ schema, document, operation, variables: { id: 'x', p: 'x', a: 'x', q: 1 } }).cost, q.slice(0, 80));
}
