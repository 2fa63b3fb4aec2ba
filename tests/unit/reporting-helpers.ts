/** What the reporting unit test checks the KPI catalogue against, read from the sources rather than restated. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every event type declared in lib/events/catalog.ts's `EventCatalog` (the one place event payloads are typed). */
export const EVENT_TYPES_DOCUMENTED: string[] = (() => {
  const source = readFileSync(join(__dirname, '../../lib/events/catalog.ts'), 'utf8');
  const start = source.indexOf('export interface EventCatalog {');
  if (start < 0) throw new Error('lib/events/catalog.ts declares no EventCatalog.');
  const body = source.slice(start, source.indexOf('\n}\n', start));
  return [...body.matchAll(/^ {2}'([a-z]+\.[A-Za-z]+\.[A-Za-z]+)':/gm)].map((m) => m[1]);
})();
