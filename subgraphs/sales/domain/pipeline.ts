import { userError, type UserError } from '../../../lib/errors';
import { BPS_PER_UNIT } from './arithmetic';

export type StageKind = 'OPEN' | 'WON' | 'LOST';

export interface PipelineStageDoc {
  /** The stage's key: deals and their stage history refer to it, so it never changes. */
  name: string;
  /** What people call it ("Proposal sent"); renaming a stage changes only this. */
  label?: string | null;
  /** Win probability in basis points (5000 = 50 %). */
  probabilityBps: number;
  kind: StageKind;
  /** A retired stage takes no deal again; it stays for the deals that passed through it. */
  retiredAt?: Date | null;
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

export const activeStages = (stages: readonly PipelineStageDoc[]) => stages.filter((s) => !s.retiredAt);
export const firstOpenStage = (stages: readonly PipelineStageDoc[]) => activeStages(stages).find((s) => s.kind === 'OPEN')!;
export const stageOfKind = (stages: readonly PipelineStageDoc[], kind: 'WON' | 'LOST') =>
  activeStages(stages).find((s) => s.kind === kind)!;

/** A stage as a user defines it (create or update); `label` defaults to the name. */
export interface StageInput {
  name: string;
  label?: string | null;
  probabilityBps: number;
  kind: StageKind;
}

const stageOf = (s: StageInput): PipelineStageDoc => ({
  name: s.name,
  label: s.label?.trim() || null,
  probabilityBps: s.probabilityBps,
  kind: s.kind,
});

/** A new pipeline's stages, validated. */
export function newStages(input: readonly StageInput[]): { stages: PipelineStageDoc[]; errors: UserError[] } {
  return { stages: input.map(stageOf), errors: [...checkStages(input), ...checkLabels(input)] };
}

function checkLabels(input: readonly StageInput[]): UserError[] {
  return input.flatMap((s, i) =>
    s.label != null && (!s.label.trim() || s.label.trim().length > 100)
      ? [userError(['input', 'stages', String(i), 'label'], 'A stage label is 1 to 100 characters.', 'INVALID')]
      : [],
  );
}

export interface StagePlan {
  /** Every stage after the change: the given ones in their order, then the retired ones. */
  stages: PipelineStageDoc[];
  added: string[];
  retired: string[];
  errors: UserError[];
}

/**
 * A pipeline's stages after a user's new ordered list: stages are matched by name, so a kept stage
 * keeps its deals and history whatever its new label, probability or position; a name that is new
 * adds a stage (a retired one's name brings it back); a stage left out is retired, kept after the
 * others for the deals that passed through it. A stage's kind never changes, and the WON and LOST
 * stages cannot be left out (closed deals sit in them). Whether a stage to retire still holds open
 * deals is for the caller to check (`retired`).
 */
export function planStages(current: readonly PipelineStageDoc[], input: readonly StageInput[], now: Date): StagePlan {
  const errors: UserError[] = [...checkStages(input), ...checkLabels(input)];
  const byName = new Map(current.map((s) => [s.name, s]));
  input.forEach((s, i) => {
    const before = byName.get(s.name);
    if (before && before.kind !== s.kind) {
      errors.push(
        userError(
          ['input', 'stages', String(i), 'kind'],
          `Stage "${s.name}" is ${before.kind}; a stage's kind never changes.`,
          'INVALID',
        ),
      );
    }
  });
  const given = new Set(input.map((s) => s.name));
  const leaving = activeStages(current).filter((s) => !given.has(s.name));
  for (const s of leaving) {
    if (s.kind !== 'OPEN') {
      errors.push(
        userError(
          ['input', 'stages'],
          `The ${s.kind} stage "${s.name}" stays: change its label or probability instead.`,
          'INVALID',
        ),
      );
    }
  }
  const retired = [
    ...current.filter((s) => s.retiredAt && !given.has(s.name)),
    ...leaving.map((s) => ({ ...s, retiredAt: now })),
  ];
  return {
    stages: [...input.map(stageOf), ...retired],
    added: input.filter((s) => !byName.has(s.name) || byName.get(s.name)!.retiredAt).map((s) => s.name),
    retired: leaving.map((s) => s.name),
    errors,
  };
}
