import type { Database } from '../lib/mongo/connection';

/**
 * `--db-profile`: where the subgraphs' database time goes, per command shape
 * (`<db>.<collection> <command> {filter keys}`), summed over a measured run.
 */
export function commandProfiler(subgraphs: Record<string, { database: Database }>, say: (msg: string) => void) {
  const started = new Map<number, { key: string; at: number }>();
  let totals = new Map<string, { count: number; ms: number }>();
  const shape = (c: Record<string, any>) => {
    const filter = c.filter ?? c.query ?? c.q ?? c.updates?.[0]?.q ?? c.deletes?.[0]?.q;
    return filter ? `{${Object.keys(filter).join(',')}}` : '';
  };
  for (const s of Object.values(subgraphs)) {
    const client = s.database.connection.getClient();
    client.on('commandStarted', (e) => {
      const collection = e.command[e.commandName];
      started.set(e.requestId, {
        key: `${e.databaseName.replace(/^.*_/, '')}.${typeof collection === 'string' ? collection : ''} ${e.commandName} ${shape(e.command)}`,
        at: performance.now(),
      });
    });
    const done = (e: { requestId: number }) => {
      const start = started.get(e.requestId);
      if (!start) return;
      started.delete(e.requestId);
      const t = totals.get(start.key) ?? { count: 0, ms: 0 };
      t.count += 1;
      t.ms += performance.now() - start.at;
      totals.set(start.key, t);
    };
    client.on('commandSucceeded', done);
    client.on('commandFailed', done);
  }
  return {
    reset: () => (totals = new Map()),
    print(requests: number) {
      const rows = [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15);
      const all = [...totals.values()].reduce((sum, t) => sum + t.ms, 0);
      say(`    database time by command (${(all / Math.max(1, requests)).toFixed(1)} ms per request in all):`);
      for (const [key, t] of rows)
        say(
          `      ${((100 * t.ms) / all).toFixed(1).padStart(5)}%  ${String(t.count).padStart(7)}x  ${(t.ms / t.count).toFixed(2).padStart(8)} ms  ${key}`,
        );
    },
  };
}
