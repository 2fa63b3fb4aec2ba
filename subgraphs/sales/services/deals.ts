/** Every write of a deal: create, stage moves, win and lose, and the activity the CRM reports on it. */
import mongoose from 'mongoose';
import { userError, type UserError } from '../../../lib/errors';
import { isEvent, type EventEnvelope } from '../../../lib/events';
import { priceLines, type LineInput } from '../../../lib/lines';
import { parseMoneyInput } from '../../../lib/money';
import { assertNoUserErrors } from '../../../lib/mutation';
import type { Actor } from '../../../lib/signed-context';
import { requireText } from '../../../lib/validation';
import { insert, update, updateWhere } from '../../../lib/write';
import { checkClose, checkStageMove } from '../domain/deal';
import { firstOpenStage, stageOfKind } from '../domain/pipeline';
import { dealLost, dealStageChanged, dealWon } from '../events/publish';
import type { DealDoc, SalesModels } from '../models';
import { pipelineOf } from './pipelines';

export interface NewDeal {
  name: string;
  customerId: string;
  ownerId?: string | null;
  pipelineId?: string | null;
  amount?: { amount: string; currency: string } | null;
  expectedCloseDate: string;
  lines?: Array<LineInput & { description: string; productId?: string | null }> | null;
}

export async function createDeal(models: SalesModels, input: NewDeal, actor: Actor): Promise<DealDoc> {
  const errors: UserError[] = [...requireText(input.name, ['input', 'name'])];
  if (!input.customerId.trim()) errors.push(userError(['input', 'customerId'], 'customerId is required.', 'REQUIRED'));
  const pipeline = await pipelineOf(models, input.pipelineId, ['input', 'pipelineId']);
  const currency = pipeline.currency;
  let amountMinor: number | undefined;
  if (input.amount) {
    if (input.amount.currency !== currency) {
      errors.push(userError(['input', 'amount', 'currency'], `The pipeline's deals are in ${currency}.`, 'CURRENCY_MISMATCH'));
    } else {
      const parsed = parseMoneyInput(input.amount, ['input', 'amount']);
      if (parsed.error) errors.push(parsed.error);
      else if (parsed.minor < 0) errors.push(userError(['input', 'amount', 'amount'], 'Amount must not be negative.', 'INVALID'));
      else amountMinor = parsed.minor;
    }
  }
  let lines: DealDoc['lines'] = [];
  if (input.lines?.length) {
    const priced = priceLines(currency, input.lines);
    errors.push(...priced.errors);
    input.lines.forEach((l, i) => errors.push(...requireText(l.description, ['input', 'lines', String(i), 'description'], 500)));
    lines = priced.lines.map((l) => ({
      productId: l.productId ?? null,
      description: l.description.trim(),
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      totalMinor: l.totalMinor,
    }));
    if (!priced.errors.length && amountMinor !== undefined && amountMinor !== priced.totalMinor) {
      errors.push(userError(['input', 'amount'], 'The amount must equal the sum of the lines (or be omitted).', 'INVALID'));
    }
    amountMinor = priced.totalMinor;
  } else if (amountMinor === undefined && !errors.some((e) => e.field?.[1] === 'amount')) {
    errors.push(userError(['input', 'amount'], 'Give an amount or lines.', 'REQUIRED'));
  }
  assertNoUserErrors(errors);
  const now = new Date();
  const stage = firstOpenStage(pipeline.stages).name;
  return insert<DealDoc>(models.Deal, {
    name: input.name.trim(),
    customerId: input.customerId,
    ownerId: input.ownerId ?? null,
    pipelineId: pipeline._id.toString(),
    stage,
    status: 'OPEN',
    currency,
    amountMinor,
    expectedCloseDate: input.expectedCloseDate,
    lines,
    stageHistory: [{ from: null, to: stage, at: now, by: actor.principal }],
    stageChangedAt: now,
  });
}

export function moveDealStage(models: SalesModels, id: string, toStage: string, actor: Actor): Promise<DealDoc> {
  return update<DealDoc>(models.Deal, id, async (deal) => {
    const pipeline = await pipelineOf(models, deal.pipelineId, ['input', 'id']);
    assertNoUserErrors(checkStageMove(deal.status, deal.stage, toStage, pipeline.stages));
    const at = new Date();
    return {
      $set: { stage: toStage, stageChangedAt: at },
      $push: { stageHistory: { from: deal.stage, to: toStage, at, by: actor.principal } },
      events: [dealStageChanged(deal, deal.stage, toStage, actor.requestId)],
    };
  });
}

/** Closes an OPEN deal as WON or LOST: its pipeline's closing stage, its events, one write. */
export function closeDeal(
  models: SalesModels,
  id: string,
  outcome: 'WON' | 'LOST',
  actor: Actor,
  lostReason?: string,
): Promise<DealDoc> {
  if (outcome === 'LOST') assertNoUserErrors(requireText(lostReason, ['input', 'reason'], 500));
  const reason = lostReason?.trim();
  return update<DealDoc>(models.Deal, id, async (deal) => {
    assertNoUserErrors(checkClose(deal.status, outcome));
    const pipeline = await pipelineOf(models, deal.pipelineId, ['input', 'id']);
    const stage = stageOfKind(pipeline.stages, outcome).name;
    const at = new Date();
    return {
      $set: { status: outcome, stage, stageChangedAt: at, closedAt: at, ...(outcome === 'LOST' && { lostReason: reason }) },
      $push: { stageHistory: { from: deal.stage, to: stage, at, by: actor.principal } },
      events: [
        dealStageChanged(deal, deal.stage, stage, actor.requestId),
        outcome === 'WON' ? dealWon(deal, actor.requestId) : dealLost(deal, reason!, actor.requestId),
      ],
    };
  });
}

/**
 * Keeps `lastActivityAt` of the deal an interaction was logged on (consumer of
 * `customers.interaction.logged`). Monotonic: one conditional write that only moves it forward, so
 * redelivery and reordering are harmless.
 */
export async function recordDealActivity(models: SalesModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'customers.interaction.logged')) return;
  const { dealId, occurredAt } = event.payload;
  if (!dealId || !mongoose.isObjectIdOrHexString(dealId)) return;
  const at = new Date(occurredAt);
  if (Number.isNaN(at.getTime())) return;
  // Not a deal of ours (or of this tenant), or it already knows a later activity: nothing matches.
  await updateWhere(
    models.Deal,
    { _id: dealId, $or: [{ lastActivityAt: null }, { lastActivityAt: mongoose.trusted({ $lt: at }) }] },
    { $set: { lastActivityAt: at }, $inc: { version: 1 } },
  );
}
