import { userError, type UserError } from '../../../lib/errors';
import { canTransition, type Transitions } from '../../../lib/state-machine';
import type { PipelineStageDoc } from './pipeline';

export type DealStatus = 'OPEN' | 'WON' | 'LOST';

/** The deal lifecycle: an OPEN deal is won or lost, and both are final. */
export const DEAL_TRANSITIONS: Transitions<DealStatus> = {
  OPEN: ['WON', 'LOST'],
  WON: [],
  LOST: [],
};

/**
 * Whether an OPEN deal may move from stage `from` to stage `to` of its pipeline: the deal must be
 * OPEN, the target an open stage of the pipeline and not the current one. Won/lost stages are
 * reached only through `winDeal` / `loseDeal`. Returns the userErrors (empty when legal).
 */
export function checkStageMove(status: DealStatus, from: string, to: string, stages: readonly PipelineStageDoc[]): UserError[] {
  const field = ['input', 'stage'];
  if (status !== 'OPEN')
    return [userError(['input', 'id'], `Deal is ${status}; only an OPEN deal changes stage.`, 'ILLEGAL_TRANSITION')];
  const target = stages.find((s) => s.name === to);
  if (!target) return [userError(field, `Stage "${to}" is not in the deal's pipeline.`, 'INVALID')];
  if (target.kind !== 'OPEN') {
    return [userError(field, `Stage "${to}" closes the deal: use winDeal or loseDeal.`, 'ILLEGAL_TRANSITION')];
  }
  if (to === from) return [userError(field, `Deal is already in stage "${to}".`, 'ILLEGAL_TRANSITION')];
  return [];
}

/** Whether an OPEN deal may be closed as WON or LOST (the userError when not). */
export function checkClose(status: DealStatus, to: 'WON' | 'LOST'): UserError[] {
  return canTransition(DEAL_TRANSITIONS, status, to)
    ? []
    : [userError(['input', 'id'], `Deal is ${status} and cannot become ${to}.`, 'ILLEGAL_TRANSITION')];
}

/**
 * A deal is stalled when it is OPEN and neither its stage nor any logged interaction changed for
 * `days` days before `now`: its latest activity (stage change, interaction, or creation) is older.
 */
export function stalledSince(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}

export function lastTouched(deal: { stageChangedAt: Date; lastActivityAt?: Date | null }): Date {
  const activity = deal.lastActivityAt ? new Date(deal.lastActivityAt) : null;
  const stage = new Date(deal.stageChangedAt);
  return activity && activity > stage ? activity : stage;
}
