/** `tsx bench/seed.ts --customers N`: seeds (or reuses) the benchmark tenant, then stops. */
import { parseArgs } from 'node:util';
import { prepareDataset } from './platform';

const { values } = parseArgs({
  options: { customers: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } },
});
prepareDataset({ customers: Number(values.customers), seed: Number(values.seed), log: console.log }).then(
  async (bench) => {
    console.log(`${bench.customerIds.length} customers ready`);
    await bench.stop();
    process.exit(0);
  },
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
