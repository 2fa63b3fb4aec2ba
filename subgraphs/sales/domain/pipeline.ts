import { userError, type UserError } from '../../../lib/errors';
import { BPS_PER_UNIT } from './arithmetic';

export type StageKind = 'OPEN' | 'WON' | 'LOST';

export interface PipelineStageDoc {
  name: string;
  /** Win probability in basis points (5000 = 50 %). */
  probabilityBps: number;
  kind: StageKind;
}

/** The pipeline every tenant gets, created on first use. */
export const DEFAULT_PIPELINE_NAME = 'Default';
export const DEFAULT_STAGES: PipelineStageDoc[] = [
  { name: 'QUALIFICATION', probabilityBps: 1000, kind: 'OPEN' },
  { name: 'NEEDS_ANALYSIS', probabilityBps: 2000, kind: 'OPEN' },
  { name: 'PROPOSAL', probabilityBps: 5000, kind: 'OPEN' },
  { name: 'NEGOTIATION', probabilityBps: 7500, kind: 'OPEN' },
  { name: 'CLOSED_WON', probabilityBps: 10000, kind: 'WON' },
  { name: 'CLOSED_LOST', probabilityBps: 0, kind: 'LOST' },
];
/** The tenant currency of sales until a tenant's default pipeline says otherwise. */
export const DEFAULT_CURRENCY = 'EUR';

const STAGE_NAME = /^[A-Z][A-Z0-9_]{0,49}$/;

/**
 * Validates a pipeline's ordered stages: at least one OPEN stage, exactly one WON and one LOST,
 * unique UPPER_SNAKE names, probabilities 0..10000 bps (WON is 10000, LOST is 0).
 */
export function checkStages(stages: readonly PipelineStageDoc[]): UserError[] {
  const errors: UserError[] = [];
  const at = (i: number, f: string) => ['input', 'stages', String(i), f];
  const seen = new Set<string>();
  stages.forEach((s, i) => {
    if (!STAGE_NAME.test(s.name))
      errors.push(userError(at(i, 'name'), 'Stage names are UPPER_SNAKE_CASE, at most 50 characters.', 'INVALID'));
    else if (seen.has(s.name)) errors.push(userError(at(i, 'name'), `Stage "${s.name}" appears twice.`, 'TAKEN'));
    seen.add(s.name);
    if (!Number.isInteger(s.probabilityBps) || s.probabilityBps < 0 || s.probabilityBps > BPS_PER_UNIT) {
      errors.push(userError(at(i, 'probabilityBps'), 'Probability is 0..10000 basis points.', 'INVALID'));
    } else if (s.kind === 'WON' && s.probabilityBps !== BPS_PER_UNIT) {
      errors.push(userError(at(i, 'probabilityBps'), 'A WON stage has probability 10000.', 'INVALID'));
    } else if (s.kind === 'LOST' && s.probabilityBps !== 0) {
      errors.push(userError(at(i, 'probabilityBps'), 'A LOST stage has probability 0.', 'INVALID'));
    }
  });
  const count = (k: StageKind) => stages.filter((s) => s.kind === k).length;
  if (count('OPEN') < 1) errors.push(userError(['input', 'stages'], 'A pipeline needs at least one OPEN stage.', 'REQUIRED'));
  if (count('WON') !== 1 || count('LOST') !== 1) {
    errors.push(userError(['input', 'stages'], 'A pipeline has exactly one WON and one LOST stage.', 'INVALID'));
  }
  return errors;
}

export const firstOpenStage = (stages: readonly PipelineStageDoc[]) => stages.find((s) => s.kind === 'OPEN')!;
export const stageOfKind = (stages: readonly PipelineStageDoc[], kind: 'WON' | 'LOST') => stages.find((s) => s.kind === kind)!;
