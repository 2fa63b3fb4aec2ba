/**
 * Ends the run with one plain line, "jest: N passed, N failed, N skipped", that CI systems which
 * do not parse Jest's own summary can read. Before it, the index-coverage check: every query shape
 * the run sent must be served by a declared index (tests/helpers/index-coverage.js); the report is
 * written to tests/artifacts/index-coverage.md, and an unserved shape counts as a failure.
 */
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const coverage = require('./index-coverage.js');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.error = undefined;
  }

  onRunComplete(_contexts, results) {
    let failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const dir = process.env.QUERY_SHAPES_DIR;
    if (dir) {
      const checked = coverage.checkCoverage(dir);
      const artifacts = join(this.rootDir, 'tests', 'artifacts');
      mkdirSync(artifacts, { recursive: true });
      const report = join(artifacts, 'index-coverage.md');
      writeFileSync(report, coverage.renderReport(checked, process.env.TEST_DATABASE_KIND));
      const line = `index coverage: ${checked.rows.length} query shapes, ${checked.uncovered.length} without an index (${report})`;
      if (checked.uncovered.length) {
        failed += 1;
        const list = checked.uncovered.map(
          (r) => `  - ${r.shape.database}.${r.shape.collection} ${r.shape.command} ${coverage.describeFields(r.shape)}`,
        );
        this.error = new Error(`${line}:\n${list.join('\n')}`);
        process.stdout.write(`\n${this.error.message}\n`);
      } else {
        process.stdout.write(`\n${line}\n`);
      }
    }
    process.stdout.write(`\njest: ${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests} skipped\n`);
  }

  getLastError() {
    return this.error;
  }
}
module.exports = SummaryReporter;
