import type { ReportingModels } from './models';

/**
 * Per-request DataLoaders. Reporting resolves no entities and no children of many parents: each
 * root field reads its facts in one range query, so there is nothing to batch yet.
 */
export function reportingLoaders(_models: ReportingModels) {
  return {};
}
export type ReportingLoaders = ReturnType<typeof reportingLoaders>;
