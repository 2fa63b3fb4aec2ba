/**
 * Index coverage: every filter and sort the test suite sends to the database must be served by a
 * declared index, so that no query of the platform scans a collection that will hold a million
 * documents. `query-shapes.ts` (a jest setup file) records, in every test worker, the shape of each
 * command (driver command monitoring) and each model's declared indexes; the summary reporter calls
 * `checkCoverage` once the run is over, writes the report and fails the run on an unserved shape.
 *
 * A shape is which fields a command's filter constrains and how (equality, range, negation), and
 * its sort. The rule (one index, no index intersection):
 *  - a filter on `_id` is a primary-key lookup: served;
 *  - a tenant's query (equality on `tenantId`) needs an index whose leading keys are equality
 *    fields of the filter, `tenantId` among them (in any order), and then:
 *      without a sort: those equality fields are ALL of the filter's, and a range or negation of
 *      the filter, if any, is on the next key (otherwise the whole tenant would be read);
 *      with a sort: the next keys are the sort's fields (equality fields dropped from the sort), in
 *      its directions or all reversed; equality fields not in the index are filtered while the
 *      index is walked in order, and the page's limit bounds the walk;
 *  - an infrastructure query across tenants (a relay or a sweeper) needs an index whose first key
 *    is one of the fields it constrains;
 *  - `$or` branches are checked one by one, each with the fields outside the `$or`.
 * Plain JavaScript (no transform): the reporter loads it directly.
 */
'use strict';
const { appendFileSync, readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const RANGE = new Set(['$gt', '$gte', '$lt', '$lte', '$exists', '$elemMatch', '$regex', '$size', '$all', '$type']);
const NEGATION = new Set(['$ne', '$nin', '$not']);

function isOperatorObject(value) {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length > 0 &&
    Object.keys(value).every((k) => k.startsWith('$'))
  );
}

/** How a filter constrains one field: 'eq' (also $in), 'range' or 'neg'. */
function kindOf(value) {
  if (!isOperatorObject(value)) return 'eq';
  const ops = Object.keys(value);
  if (ops.every((op) => op === '$eq' || op === '$in')) return 'eq';
  if (ops.some((op) => op === '$exists' && value[op] === false)) return 'neg';
  if (ops.every((op) => NEGATION.has(op))) return 'neg';
  if (ops.some((op) => RANGE.has(op) || op === '$eq' || op === '$in')) return 'range';
  return 'neg';
}

/**
 * The shapes of one filter: one per `$or` branch (a filter without `$or` has one). Each shape maps
 * a field to its kind; `$and` is merged; `$or` inside `$and` branches out.
 */
function filterShapes(filter) {
  let shapes = [{}];
  const add = (shape, field, kind) => {
    const before = shape[field];
    // eq beats range beats neg: the strongest constraint of a field is what an index can use.
    if (!before || before === 'neg' || (before === 'range' && kind === 'eq')) shape[field] = kind;
  };
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (key === '$and') {
      for (const part of value) {
        const partShapes = filterShapes(part);
        shapes = shapes.flatMap((s) => partShapes.map((p) => merge(s, p, add)));
      }
    } else if (key === '$or') {
      const branches = value.flatMap((branch) => filterShapes(branch));
      shapes = shapes.flatMap((s) => branches.map((b) => merge(s, b, add)));
    } else if (key === '$nor' || key === '$expr' || key === '$comment' || key === '$where') {
      // not usable by an index prefix: residual
    } else {
      for (const s of shapes) add(s, key, kindOf(value));
    }
  }
  return shapes;
}

function merge(a, b, add) {
  const out = { ...a };
  for (const [field, kind] of Object.entries(b)) add(out, field, kind);
  return out;
}

/** The filter and sort of a driver command, or null for commands that read no documents by filter. */
function commandQueries(commandName, command) {
  switch (commandName) {
    case 'find':
      return [
        { collection: command.find, filter: command.filter ?? {}, sort: command.sort ?? null, limit: command.limit ?? null },
      ];
    case 'count':
      return [{ collection: command.count, filter: command.query ?? {}, sort: null }];
    case 'distinct':
      return [{ collection: command.distinct, filter: command.query ?? {}, sort: null }];
    case 'findAndModify':
      return [{ collection: command.findAndModify, filter: command.query ?? {}, sort: command.sort ?? null }];
    case 'update':
      return (command.updates ?? []).map((u) => ({ collection: command.update, filter: u.q ?? {}, sort: null }));
    case 'delete':
      return (command.deletes ?? []).map((d) => ({ collection: command.delete, filter: d.q ?? {}, sort: null }));
    case 'aggregate': {
      const [first, second] = command.pipeline ?? [];
      const filter = first?.$match ?? {};
      const sort = first?.$match ? (second?.$sort ?? null) : (first?.$sort ?? null);
      return [{ collection: command.aggregate, filter, sort }];
    }
    default:
      return [];
  }
}

/** The subgraph part of a database name (`<prefix>_finance` -> `finance`): tests prefix every database. */
function databaseRole(databaseName) {
  const at = databaseName.indexOf('_');
  return at < 0 ? databaseName : databaseName.slice(at + 1);
}

/** Normalized shapes of one driver command, with a stable key each. */
function shapesOfCommand(event) {
  return commandQueries(event.commandName, event.command).flatMap(({ collection, filter, sort, limit }) =>
    filterShapes(filter).map((fields) => {
      const shape = {
        database: databaseRole(event.databaseName),
        collection: String(collection),
        command: event.commandName,
        // Only whether the read is bounded matters to the rules: a walk in index order stops at the limit.
        limit: Boolean(limit),
        fields: Object.fromEntries(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b))),
        // The driver sends a find's sort as a Map.
        sort: sort
          ? (sort instanceof Map ? [...sort.entries()] : Object.entries(sort)).map(([field, dir]) => [
              field,
              Number(dir) < 0 ? -1 : 1,
            ])
          : [],
      };
      return { key: JSON.stringify(shape), shape };
    }),
  );
}

const indexName = (keys) =>
  Object.entries(keys)
    .map(([k, d]) => `${k}_${d}`)
    .join('_');

/**
 * The index that serves `shape` among `indexes` (key objects): the one with the longest equality
 * prefix when several do, `'_id (primary key)'` for a primary-key lookup, or null.
 */
function servingIndex(shape, indexes) {
  const fields = shape.fields;
  if (fields._id === 'eq') return '_id (primary key)';
  const equality = new Set(Object.keys(fields).filter((f) => fields[f] === 'eq'));
  const constrained = Object.keys(fields).filter((f) => fields[f] !== 'neg');
  const sort = shape.sort.filter(([field]) => !equality.has(field));
  // Every collection has the primary-key index on `_id`, usable for ranges and order too.
  const all = [...indexes.map((i) => (i.key ? i : { key: i, unique: false })), { key: { _id: 1 }, unique: true }];
  // A unique index on equality fields only finds at most one document, whatever else is asked.
  const single = all.find((i) => i.unique && Object.keys(i.key).every((k) => equality.has(k)));
  if (single && !sort.length) return `${indexName(single.key)} (unique)`;
  let best = null;
  let bestPrefix = -1;
  for (const { key } of all) {
    const prefix = servedPrefix(shape, Object.entries(key), equality, constrained, sort);
    if (prefix > bestPrefix) [best, bestPrefix] = [indexName(key), prefix];
  }
  return best;
}

/** How many leading keys of an index the query uses when the index serves it; -1 when it does not. */
function servedPrefix(shape, entries, equality, constrained, sort) {
  const walksSort = (from) => {
    const next = entries.slice(from, from + sort.length);
    if (next.length !== sort.length || next.some(([k], i) => k !== sort[i][0])) return false;
    return next.every(([, d], i) => Math.sign(d) === sort[i][1]) || next.every(([, d], i) => Math.sign(d) === -sort[i][1]);
  };
  if (!equality.has('tenantId')) {
    // Across tenants: the scan must be bounded by the index's first key, or be a limited walk in the sort's order.
    if (entries.length && constrained.includes(entries[0][0])) return 1;
    return sort.length && shape.limit && walksSort(0) ? 0 : -1;
  }
  let prefix = 0;
  while (prefix < entries.length && equality.has(entries[prefix][0])) prefix++;
  // The tenant must be among the leading keys: the index holds each tenant's entries together.
  if (!entries.slice(0, prefix).some(([k]) => k === 'tenantId')) return -1;
  if (!sort.length) {
    // Every equality field leads; a range or negation must be on the next key, or the tenant is scanned.
    if (prefix !== equality.size) return -1;
    const others = constrained
      .concat(Object.keys(shape.fields).filter((f) => shape.fields[f] === 'neg'))
      .filter((f) => !equality.has(f));
    return !others.length || (entries[prefix] && others.includes(entries[prefix][0])) ? prefix : -1;
  }
  // With a sort: the longest equality prefix followed by the sort's keys.
  for (let p = prefix; p >= 1; p--) if (walksSort(p)) return p;
  return -1;
}

/** Appends one JSON record to this process's file in `dir` (records of several workers never interleave). */
function record(dir, entry) {
  appendFileSync(join(dir, `${process.pid}.jsonl`), `${JSON.stringify(entry)}\n`);
}

/** Reads every worker's records: the shapes seen (with how often) and the declared indexes per collection. */
function readRecords(dir) {
  const shapes = new Map();
  const indexes = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line) continue;
      const entry = JSON.parse(line);
      if (entry.type === 'shape') {
        const known = shapes.get(entry.key);
        if (known) known.count += entry.count;
        else shapes.set(entry.key, { shape: entry.shape, count: entry.count });
      } else if (entry.type === 'indexes') {
        const key = `${entry.database}.${entry.collection}`;
        const list = indexes.get(key) ?? [];
        for (const index of entry.indexes) if (!list.some((k) => JSON.stringify(k) === JSON.stringify(index))) list.push(index);
        indexes.set(key, list);
      }
    }
  }
  return { shapes, indexes };
}

const describeFields = (shape) =>
  `{ ${Object.entries(shape.fields)
    .map(([f, k]) => `${f}: ${k}`)
    .join(', ')} }${shape.sort.length ? ` sort { ${shape.sort.map(([f, d]) => `${f}: ${d}`).join(', ')} }` : ''}`;

/**
 * Collections small by construction, read whole on purpose: no index is needed to bound them.
 * Each entry says why; keep the list short.
 */
const BOUNDED = {
  'events.consumer_positions': 'one document per consumer group, listed whole for lag metrics and the admin query',
};

/**
 * Checks every recorded shape of the collections whose indexes were declared (the platform's
 * models; commands on collections no model declares, e.g. a test's own, are not checked).
 */
function checkCoverage(dir) {
  const { shapes, indexes } = readRecords(dir);
  const rows = [];
  for (const { shape, count } of shapes.values()) {
    const declared = indexes.get(`${shape.database}.${shape.collection}`);
    if (!declared) continue;
    const bounded = BOUNDED[`${shape.database}.${shape.collection}`];
    rows.push({ shape, count, index: bounded ? `(bounded: ${bounded})` : servingIndex(shape, declared) });
  }
  rows.sort((a, b) =>
    `${a.shape.database}.${a.shape.collection} ${describeFields(a.shape)}`.localeCompare(
      `${b.shape.database}.${b.shape.collection} ${describeFields(b.shape)}`,
    ),
  );
  return { rows, uncovered: rows.filter((r) => !r.index) };
}

function renderReport({ rows, uncovered }, heading) {
  const lines = [
    `# Index coverage${heading ? `: ${heading}` : ''}`,
    '',
    `${rows.length} query shapes sent by the test suite; ${uncovered.length} without a serving index.`,
    'Rules: tests/helpers/index-coverage.js. `eq` = equality or $in, `range` = $gt/$lt/$exists..., `neg` = $ne/$nin (not usable as an index prefix).',
    '',
    '| database.collection | command | filter and sort | served by | seen |',
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.shape.database}.${r.shape.collection} | ${r.shape.command} | \`${describeFields(r.shape)}\` | ${r.index ? `\`${r.index}\`` : '**NONE**'} | ${r.count} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

module.exports = {
  filterShapes,
  shapesOfCommand,
  servingIndex,
  record,
  readRecords,
  checkCoverage,
  renderReport,
  describeFields,
  databaseRole,
};
