import { userError, type UserError } from '../../../lib/errors';
import { priceLines, type LineInput } from '../../../lib/lines';
import { parseMoneyInput } from '../../../lib/money';
import { canTransition, type Transitions } from '../../../lib/state-machine';
import { requireText } from '../../../lib/validation';
import type { PipelineStageDoc } from './pipeline';

export type DealStatus = 'OPEN' | 'WON' | 'LOST';

/**
 * The deal lifecycle: an OPEN deal is won or lost. A lost deal may be reopened (the customer came
 * back); a won one is final, since finance has invoiced it.
 */
export const DEAL_TRANSITIONS: Transitions<DealStatus> = {
  OPEN: ['WON', 'LOST'],
  WON: [],
  LOST: ['OPEN'],
};

export interface DealLineInput extends LineInput {
  description: string;
  productId?: string | null;
}
export interface PricedDealLine {
  productId: string | null;
  description: string;
  quantity: number;
  unitPriceMinor: number;
  totalMinor: number;
}

/**
 * A deal's amount from its input: the sum of its lines when it has lines (an amount given with
 * them must equal it), else the amount given, in the pipeline's currency and not negative.
 * `required`: whether one of the two must be given (creation) or both may be absent (an edit that
 * leaves them as they are: `amountMinor` undefined).
 */
export function priceDeal(
  currency: string,
  amount: { amount: string; currency: string } | null | undefined,
  lines: DealLineInput[] | null | undefined,
  required: boolean,
): { amountMinor?: number; lines?: PricedDealLine[]; errors: UserError[] } {
  const errors: UserError[] = [];
  let amountMinor: number | undefined;
  if (amount) {
    if (amount.currency !== currency) {
      errors.push(userError(['input', 'amount', 'currency'], `The pipeline's deals are in ${currency}.`, 'CURRENCY_MISMATCH'));
    } else {
      const parsed = parseMoneyInput(amount, ['input', 'amount']);
      if (parsed.error) errors.push(parsed.error);
      else if (parsed.minor < 0) errors.push(userError(['input', 'amount', 'amount'], 'Amount must not be negative.', 'INVALID'));
      else amountMinor = parsed.minor;
    }
  }
  if (lines?.length) {
    const priced = priceLines(currency, lines);
    errors.push(...priced.errors);
    lines.forEach((l, i) => errors.push(...requireText(l.description, ['input', 'lines', String(i), 'description'], 500)));
    if (!priced.errors.length && amountMinor !== undefined && amountMinor !== priced.totalMinor) {
      errors.push(userError(['input', 'amount'], 'The amount must equal the sum of the lines (or be omitted).', 'INVALID'));
    }
    const pricedLines = priced.lines.map((l) => ({
      productId: l.productId ?? null,
      description: l.description.trim(),
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      totalMinor: l.totalMinor,
    }));
    return { amountMinor: priced.totalMinor, lines: pricedLines, errors };
  }
  if (required && amountMinor === undefined && !errors.some((e) => e.field?.[1] === 'amount')) {
    errors.push(userError(['input', 'amount'], 'Give an amount or lines.', 'REQUIRED'));
  }
  // An edit that gives `lines: []` removes the lines; the amount then is the one given (or stays).
  return { amountMinor, lines: lines ? [] : undefined, errors };
}

/** Only an OPEN deal is edited: a won one is invoiced, a lost one is reopened first. */
export function checkEditable(status: DealStatus): UserError[] {
  return status === 'OPEN'
    ? []
    : [
        userError(
          ['input', 'id'],
          `Deal is ${status}; only an OPEN deal is edited (reopen a lost one first).`,
          'ILLEGAL_TRANSITION',
        ),
      ];
}

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
  if (target.retiredAt) return [userError(field, `Stage "${to}" is retired and takes no deal.`, 'INVALID')];
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
