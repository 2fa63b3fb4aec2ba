import { DEFAULT_STAGES } from '../../subgraphs/sales/domain/pipeline';
import { pipelineBoard } from '../../subgraphs/sales/domain/pipeline-board';
import { forecast } from '../../subgraphs/sales/domain/forecast';

describe('pipeline board', () => {
  it('has one column per open stage, in order, empty ones included', () => {
    const board = pipelineBoard(DEFAULT_STAGES, []);
    expect(board.columns.map((c) => [c.stage.name, c.dealCount, c.amountMinor, c.weightedMinor])).toEqual([
      ['QUALIFICATION', 0, 0, 0],
      ['NEEDS_ANALYSIS', 0, 0, 0],
      ['PROPOSAL', 0, 0, 0],
      ['NEGOTIATION', 0, 0, 0],
    ]);
    expect(board.total).toEqual({ dealCount: 0, amountMinor: 0, weightedMinor: 0 });
  });

  it('rounds each deal half-up before summing, so it reconciles with the forecast to the cent', () => {
    // 1 cent at 50 % is 0.5 -> 1 each: three deals weigh 3 cents, not round(1.5) = 2.
    const deals = [
      { stage: 'PROPOSAL', amountMinor: 1 },
      { stage: 'PROPOSAL', amountMinor: 1 },
      { stage: 'PROPOSAL', amountMinor: 1 },
      { stage: 'NEGOTIATION', amountMinor: 123_457 },
    ];
    const board = pipelineBoard(DEFAULT_STAGES, deals);
    const proposal = board.columns.find((c) => c.stage.name === 'PROPOSAL')!;
    expect(proposal).toMatchObject({ dealCount: 3, amountMinor: 3, weightedMinor: 3 });
    expect(board.total).toEqual({ dealCount: 4, amountMinor: 123_460, weightedMinor: 3 + 92_593 });
    const probability = new Map(DEFAULT_STAGES.map((s) => [s.name, s.probabilityBps]));
    const f = forecast(
      deals.map((d, i) => ({
        id: String(i),
        status: 'OPEN' as const,
        amountMinor: d.amountMinor,
        probabilityBps: probability.get(d.stage)!,
        closeDate: '2030-01-01',
      })),
      '2030-01-01',
      '2030-12-31',
      'MONTH',
    );
    expect([f.total.pipelineMinor, f.total.weightedMinor]).toEqual([board.total.amountMinor, board.total.weightedMinor]);
  });

  it('counts no closed deal: WON and LOST stages have no column', () => {
    const board = pipelineBoard(DEFAULT_STAGES, [{ stage: 'CLOSED_WON', amountMinor: 500 }]);
    expect(board.columns.some((c) => c.stage.kind !== 'OPEN')).toBe(false);
    expect(board.total.dealCount).toBe(0);
  });
});
