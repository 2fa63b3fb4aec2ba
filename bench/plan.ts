/** Prints @apollo/gateway's query plan for each benchmark scenario (what bench/direct.ts hand-writes). */
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner, prettyFormatQueryPlan } from '@apollo/query-planner';
import { supergraphForGateway } from '../gateway';
import { SCENARIOS } from './queries';
import { SUPERGRAPH_PATH } from '../lib/schema';
const sg = Supergraph.build(supergraphForGateway(readFileSync(SUPERGRAPH_PATH, 'utf8')));
const qp = new QueryPlanner(sg);
for (const s of SCENARIOS) {
  const op = operationFromDocument(sg.schema, parse(s.query), { validate: true });
  console.log('=== ' + s.id);
  console.log(prettyFormatQueryPlan(qp.buildQueryPlan(op)));
}
