import { writeFileSync } from 'node:fs';
import { composeSupergraph } from '../lib/compose';
import { SUPERGRAPH_PATH } from '../lib/schema';

writeFileSync(SUPERGRAPH_PATH, composeSupergraph());
console.log(`Wrote ${SUPERGRAPH_PATH}`);
