import { readFileSync } from 'node:fs';
import { composeSupergraph } from '../../lib/compose';
import { SUPERGRAPH_PATH } from '../../lib/schema';

describe('schema/supergraph.graphql', () => {
  it('is what the subgraph SDLs compose to today (run `npm run compose` when this fails)', () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composeSupergraph());
  });
});
