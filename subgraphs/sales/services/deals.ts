/** Every write of a deal: create, edit, stage moves, win, lose and reopen, and the activity the CRM reports on it. */
import mongoose from 'mongoose';
import { setArchived } from '../../../lib/archive';
import { userError, UserErrors, type UserError } from '../../../lib/errors';
import { isEvent, type EventEnvelope } from '../../../lib/events';
import { assertNoUserErrors } from '../../../lib/mutation';
import type { Actor } from '../../../lib/signed-context';
import { requireText } from '../../../lib/validation';
import { changedFields, insert, update, updateWhere } from '../../../lib/write';
import { checkClose, checkEditable, checkStageMove, priceDeal, type DealLineInput } from '../domain/deal';
import { firstOpenStage, stageOfKind } from '../domain/pipeline';
import { dealLost, dealReopened, dealStageChanged, dealUpdated, dealWon } from '../events/publish';
import type { DealDoc, SalesModels } from '../models';
import { pipelineOf } from './pipelines';

export interface NewDeal {
  name: string;
  customerId: string;
  ownerId?: string | null;
  pipelineId?: string | null;
  amount?: { amount: string; currency: string } | null;
  expectedCloseDate: string;
  lines?: DealLineInput[] | null;
}

export async function createDeal(models: SalesModels, input: NewDeal, actor: Actor): Promise<DealDoc> {
  const errors: UserError[] = [...requireText(input.name, ['input', 'name'])];
  if (!input.customerId.trim()) errors.push(userError(['input', 'customerId'], 'customerId is required.', 'REQUIRED'));
  const pipeline = await pipelineOf(models, input.pipelineId, ['input', 'pipelineId']);
  const priced = priceDeal(pipeline.currency, input.amount, input.lines, true);
  assertNoUserErrors([...errors, ...priced.errors]);
  const now = new Date();
  const stage = firstOpenStage(pipeline.stages).name;
  return insert<DealDoc>(models.Deal, {
    name: input.name.trim(),
    customerId: input.customerId,
    ownerId: input.ownerId ?? null,
    pipelineId: pipeline._id.toString(),
    stage,
    status: 'OPEN',
    currency: pipeline.currency,
    amountMinor: priced.amountMinor,
    expectedCloseDate: input.expectedCloseDate,
    lines: priced.lines ?? [],
    stageHistory: [{ from: null, to: stage, at: now, by: actor.principal }],
    stageChangedAt: now,
  });
}

export interface DealEdit {
  id: string;
  expectedVersion?: number | null;
  name?: string | null;
  ownerId?: string | null;
  amount?: { amount: string; currency: string } | null;
  expectedCloseDate?: string | null;
  lines?: DealLineInput[] | null;
}

/**
 * Corrects an OPEN deal: name, owner (null removes it), amount or lines, expected close date.
 * Fields left out stay as they are; `expectedVersion` refuses the edit when the deal changed
 * since the caller read it. The fields that changed go out in `sales.deal.updated`.
 */
export function updateDeal(models: SalesModels, input: DealEdit, actor: Actor): Promise<DealDoc> {
  if (input.name != null) assertNoUserErrors(requireText(input.name, ['input', 'name']));
  return update<DealDoc>(
    models.Deal,
    input.id,
    (deal) => {
      assertNoUserErrors(checkEditable(deal.status));
      if (input.amount && !input.lines && deal.lines.length) {
        throw new UserErrors([
          userError(
            ['input', 'amount'],
            "The deal's amount is the sum of its lines: change the lines, or remove them with lines: [].",
            'INVALID',
          ),
        ]);
      }
      const priced = priceDeal(deal.currency, input.amount, input.lines, false);
      assertNoUserErrors(priced.errors);
      const next: Partial<DealDoc> = {
        ...(input.name != null && { name: input.name.trim() }),
        ...(input.ownerId !== undefined && { ownerId: input.ownerId || null }),
        ...(input.expectedCloseDate != null && { expectedCloseDate: input.expectedCloseDate }),
        ...(priced.amountMinor !== undefined && { amountMinor: priced.amountMinor }),
        ...(priced.lines !== undefined && { lines: priced.lines }),
      };
      const changed = changedFields(deal, next);
      if (!changed.length) return null;
      const after = { ...deal, ...next };
      return { $set: next, events: [dealUpdated(after, changed, actor.requestId)] };
    },
    { expectedVersion: input.expectedVersion },
  );
}

/** A LOST deal back to the first open stage of its pipeline (the customer came back). */
export function reopenDeal(
  models: SalesModels,
  input: { id: string; expectedVersion?: number | null; expectedCloseDate?: string | null },
  actor: Actor,
): Promise<DealDoc> {
  return update<DealDoc>(
    models.Deal,
    input.id,
    async (deal) => {
      if (deal.status !== 'LOST') {
        const why = deal.status === 'WON' ? 'a won deal is invoiced and stays won' : 'it is open';
        throw new UserErrors([
          userError(['input', 'id'], `Deal is ${deal.status} and cannot be reopened: ${why}.`, 'ILLEGAL_TRANSITION'),
        ]);
      }
      if (deal.archivedAt) {
        throw new UserErrors([
          userError(['input', 'id'], 'Deal is archived: restore it before reopening it.', 'ILLEGAL_TRANSITION'),
        ]);
      }
      const pipeline = await pipelineOf(models, deal.pipelineId, ['input', 'id']);
      const stage = firstOpenStage(pipeline.stages).name;
      const at = new Date();
      return {
        $set: {
          status: 'OPEN',
          stage,
          stageChangedAt: at,
          closedAt: null,
          lostReason: null,
          ...(input.expectedCloseDate != null && { expectedCloseDate: input.expectedCloseDate }),
        },
        $push: { stageHistory: { from: deal.stage, to: stage, at, by: actor.principal } },
        events: [dealStageChanged(deal, deal.stage, stage, actor.requestId), dealReopened(deal, stage, actor.requestId)],
      };
    },
    { expectedVersion: input.expectedVersion },
  );
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

/**
 * Archives (or restores) a closed deal (lib/archive.ts): it leaves `deals` and still resolves by id,
 * counts in the figures it is part of (won revenue, win rates) and keeps its history. An open
 * deal is in the pipeline: close it (as lost, for a duplicate) before archiving it.
 */
export const setDealArchived = (
  models: SalesModels,
  input: { id: string; expectedVersion?: number | null },
  archive: boolean,
  actor?: Actor,
) =>
  setArchived<DealDoc>(models.Deal, input.id, archive, {
    entity: 'sales.deal',
    label: (d) => d.name,
    expectedVersion: input.expectedVersion,
    requestId: actor?.requestId,
    refuse: (deal) =>
      deal.status === 'OPEN'
        ? userError(['input', 'id'], 'Deal is OPEN: win or lose it before archiving it.', 'ILLEGAL_TRANSITION')
        : null,
  });
