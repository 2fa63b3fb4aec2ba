import { sum } from '../../../lib/money';
import { applyBps } from './arithmetic';
import type { PipelineStageDoc } from './pipeline';

/** What the board needs of an OPEN deal. */
export interface BoardDeal {
  stage: string;
  amountMinor: number;
}

export interface BoardColumn {
  stage: PipelineStageDoc;
  dealCount: number;
  amountMinor: number;
  /** Sum of each deal's amount x the stage probability, rounded half-up per deal (as `forecast` does). */
  weightedMinor: number;
}

/**
 * One column per active OPEN stage of the pipeline, in the pipeline's order, with the count, sum and
 * weighted sum of the open deals in it; the total is the plain sum of the columns, so it
 * reconciles with the columns and with `forecast` (same per-deal rounding). WON and LOST stages
 * hold closed deals, which belong to the forecast's `won` and to reports, not to a board of work
 * in progress.
 */
export function pipelineBoard(stages: readonly PipelineStageDoc[], deals: readonly BoardDeal[]) {
  // A retired stage shows only while a deal still sits in it (moved there as it was being retired).
  const occupied = new Set(deals.map((d) => d.stage));
  const open = stages.filter((s) => s.kind === 'OPEN' && (!s.retiredAt || occupied.has(s.name)));
  const byStage = new Map<string, BoardDeal[]>(open.map((s) => [s.name, []]));
  for (const deal of deals) byStage.get(deal.stage)?.push(deal);
  const columns: BoardColumn[] = open.map((stage) => {
    const inStage = byStage.get(stage.name)!;
    return {
      stage,
      dealCount: inStage.length,
      amountMinor: sum(inStage.map((d) => d.amountMinor)),
      weightedMinor: sum(inStage.map((d) => applyBps(d.amountMinor, stage.probabilityBps))),
    };
  });
  const total = {
    dealCount: sum(columns.map((c) => c.dealCount)),
    amountMinor: sum(columns.map((c) => c.amountMinor)),
    weightedMinor: sum(columns.map((c) => c.weightedMinor)),
  };
  return { columns, total };
}
