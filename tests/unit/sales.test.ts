import { canTransition, type Transitions } from '../../lib/state-machine';
import { applyBps, formatPercent, parsePercent } from '../../subgraphs/sales/domain/arithmetic';
import {
  checkClose,
  checkEditable,
  checkStageMove,
  DEAL_TRANSITIONS,
  lastTouched,
  priceDeal,
} from '../../subgraphs/sales/domain/deal';
import { forecast, type ForecastDeal } from '../../subgraphs/sales/domain/forecast';
import { LEAD_TRANSITIONS } from '../../subgraphs/sales/domain/lead';
import { checkStages, DEFAULT_STAGES, firstOpenStage, planStages } from '../../subgraphs/sales/domain/pipeline';
import { pipelineBoard } from '../../subgraphs/sales/domain/pipeline-board';
import { priceQuoteLine, priceQuoteLines, QUOTE_TRANSITIONS, quoteTotals } from '../../subgraphs/sales/domain/quote';
import { dealWonLines } from '../../subgraphs/sales/events/publish';

/** Every (from, to) pair of a lifecycle: exactly the listed ones are legal. */
function expectExactly<S extends string>(machine: Transitions<S>, legal: Array<[S, S]>) {
  const statuses = Object.keys(machine) as S[];
  const allowed = new Set(legal.map(([from, to]) => `${from}->${to}`));
  for (const from of statuses) {
    for (const to of statuses) {
      expect([`${from}->${to}`, canTransition(machine, from, to)]).toEqual([`${from}->${to}`, allowed.has(`${from}->${to}`)]);
    }
  }
}

describe('sales lifecycles', () => {
  it('lead: NEW -> QUALIFIED -> CONVERTED, NEW -> CONVERTED, disqualify and reopen, nothing else', () => {
    expectExactly(LEAD_TRANSITIONS, [
      ['NEW', 'QUALIFIED'],
      ['NEW', 'DISQUALIFIED'],
      ['NEW', 'CONVERTED'],
      ['QUALIFIED', 'DISQUALIFIED'],
      ['QUALIFIED', 'CONVERTED'],
      ['DISQUALIFIED', 'NEW'],
    ]);
  });
  it('deal: OPEN -> WON | LOST; WON is final, LOST may be reopened', () => {
    expectExactly(DEAL_TRANSITIONS, [
      ['OPEN', 'WON'],
      ['OPEN', 'LOST'],
      ['LOST', 'OPEN'],
    ]);
    expect(checkClose('OPEN', 'WON')).toEqual([]);
    expect(checkClose('OPEN', 'LOST')).toEqual([]);
    for (const from of ['WON', 'LOST'] as const) {
      for (const to of ['WON', 'LOST'] as const) expect(checkClose(from, to)[0].code).toBe('ILLEGAL_TRANSITION');
    }
  });
  it('quote: DRAFT -> SENT -> ACCEPTED | REJECTED | EXPIRED, DRAFT -> REJECTED (its deal lost), nothing else', () => {
    expectExactly(QUOTE_TRANSITIONS, [
      ['DRAFT', 'SENT'],
      ['DRAFT', 'REJECTED'],
      ['SENT', 'ACCEPTED'],
      ['SENT', 'REJECTED'],
      ['SENT', 'EXPIRED'],
    ]);
  });
  it('deal stage moves: any other OPEN stage of the pipeline, forwards or back, only while OPEN', () => {
    const open = DEFAULT_STAGES.filter((s) => s.kind === 'OPEN').map((s) => s.name);
    for (const from of open) {
      for (const to of open) {
        const errors = checkStageMove('OPEN', from, to, DEFAULT_STAGES);
        expect(errors.map((e) => e.code)).toEqual(from === to ? ['ILLEGAL_TRANSITION'] : []);
      }
      expect(checkStageMove('OPEN', from, 'CLOSED_WON', DEFAULT_STAGES)[0].code).toBe('ILLEGAL_TRANSITION');
      expect(checkStageMove('OPEN', from, 'CLOSED_LOST', DEFAULT_STAGES)[0].code).toBe('ILLEGAL_TRANSITION');
      expect(checkStageMove('OPEN', from, 'UNKNOWN', DEFAULT_STAGES)[0].code).toBe('INVALID');
    }
    expect(checkStageMove('WON', 'CLOSED_WON', 'PROPOSAL', DEFAULT_STAGES)[0]).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      field: ['input', 'id'],
    });
    expect(checkStageMove('LOST', 'CLOSED_LOST', 'PROPOSAL', DEFAULT_STAGES)[0].code).toBe('ILLEGAL_TRANSITION');
  });
});

describe('pipelines', () => {
  it('accepts the default stages and refuses malformed ones', () => {
    expect(checkStages(DEFAULT_STAGES)).toEqual([]);
    const codes = (stages: Parameters<typeof checkStages>[0]) =>
      checkStages(stages).map((e) => `${e.field?.join('.')}:${e.code}`);
    expect(codes([{ name: 'A', probabilityBps: 100, kind: 'OPEN' }])).toEqual(['input.stages:INVALID']);
    expect(
      codes([
        { name: 'A', probabilityBps: 100, kind: 'OPEN' },
        { name: 'A', probabilityBps: 100, kind: 'OPEN' },
        { name: 'W', probabilityBps: 9000, kind: 'WON' },
        { name: 'L', probabilityBps: 1, kind: 'LOST' },
      ]),
    ).toEqual(['input.stages.1.name:TAKEN', 'input.stages.2.probabilityBps:INVALID', 'input.stages.3.probabilityBps:INVALID']);
    expect(
      codes([
        { name: 'W', probabilityBps: 10000, kind: 'WON' },
        { name: 'L', probabilityBps: 0, kind: 'LOST' },
      ]),
    ).toEqual(['input.stages:REQUIRED']);
  });
});

describe('exact arithmetic', () => {
  it('applies basis points rounding half-up (away from zero)', () => {
    expect(applyBps(100001, 1000)).toBe(10000); // 10000.1
    expect(applyBps(33333, 5000)).toBe(16667); // 16666.5 -> up
    expect(applyBps(5, 1000)).toBe(1); // 0.5 -> 1
    expect(applyBps(4, 1000)).toBe(0); // 0.4 -> 0
    expect(applyBps(-5, 1000)).toBe(-1);
    expect(applyBps(9_007_199_254_740_991, 10000)).toBe(9_007_199_254_740_991); // no float on the way
    expect(applyBps(0, 7500)).toBe(0);
  });
  it('parses and formats percentages exactly', () => {
    expect(parsePercent('19')).toBe(1900);
    expect(parsePercent('12.5')).toBe(1250);
    expect(parsePercent('0.05')).toBe(5);
    expect(parsePercent('100')).toBe(10000);
    for (const bad of ['100.01', '1.234', '-1', 'abc', '', '1e2', '0x10']) expect(parsePercent(bad)).toBeNull();
    expect(formatPercent(1250)).toBe('12.5');
    expect(formatPercent(1900)).toBe('19');
    expect(formatPercent(5)).toBe('0.05');
    expect(formatPercent(0)).toBe('0');
  });
});

describe('quote totals', () => {
  it('discounts then taxes each line, each rounded half-up once; totals are sums of the lines', () => {
    const a = priceQuoteLine({ quantity: 3, unitPriceMinor: 333, discountBps: 1250, taxRateBps: 1900 });
    expect(a).toMatchObject({ grossMinor: 999, discountMinor: 125, netMinor: 874, taxMinor: 166, totalMinor: 1040 });
    const b = priceQuoteLine({ quantity: 1, unitPriceMinor: 5, discountBps: 1000, taxRateBps: 700 });
    expect(b).toMatchObject({ grossMinor: 5, discountMinor: 1, netMinor: 4, taxMinor: 0, totalMinor: 4 });
    expect(quoteTotals([a, b])).toEqual({ subtotalMinor: 1004, discountMinor: 126, taxMinor: 166, totalMinor: 1044 });
    const none = priceQuoteLine({ quantity: 7, unitPriceMinor: 1999, discountBps: 0, taxRateBps: 0 });
    expect(none.totalMinor).toBe(13993);
    const full = priceQuoteLine({ quantity: 1, unitPriceMinor: 1000, discountBps: 10000, taxRateBps: 1900 });
    expect(full).toMatchObject({ netMinor: 0, taxMinor: 0, totalMinor: 0 });
  });
  it('defaults prices from known products and refuses lines without a known price', () => {
    const products = new Map([['p1', { productId: 'p1', sku: 'S1', name: 'Thing', priceMinor: 250, currency: 'EUR' }]]);
    const ok = priceQuoteLines('EUR', [{ productId: 'p1', quantity: 2, taxRatePercent: '10' }], products);
    expect(ok.errors).toEqual([]);
    expect(ok.lines[0]).toMatchObject({ description: 'Thing', unitPriceMinor: 250, taxMinor: 50, totalMinor: 550 });
    const unknown = priceQuoteLines('EUR', [{ productId: 'p2', quantity: 1 }], products);
    expect(unknown.errors).toEqual([expect.objectContaining({ field: ['input', 'lines', '0', 'unitPrice'], code: 'REQUIRED' })]);
    const otherCurrency = priceQuoteLines('USD', [{ productId: 'p1', quantity: 1 }], products);
    expect(otherCurrency.errors[0].code).toBe('CURRENCY_MISMATCH');
    const explicit = priceQuoteLines(
      'USD',
      [{ productId: 'p1', quantity: 1, unitPrice: { amount: '3.00', currency: 'USD' } }],
      products,
    );
    expect(explicit.totals.totalMinor).toBe(300);
    expect(priceQuoteLines('EUR', [], products).errors[0].code).toBe('REQUIRED');
  });
});

describe('forecast', () => {
  const deals: ForecastDeal[] = [
    { id: 'a', status: 'OPEN', amountMinor: 100001, probabilityBps: 1000, ownerId: 'o1', closeDate: '2030-03-05' },
    { id: 'b', status: 'OPEN', amountMinor: 33333, probabilityBps: 5000, ownerId: 'o2', closeDate: '2030-03-20' },
    { id: 'c', status: 'OPEN', amountMinor: 25005, probabilityBps: 7500, ownerId: null, closeDate: '2030-04-01' },
    { id: 'd', status: 'WON', amountMinor: 70000, probabilityBps: 10000, ownerId: 'o1', closeDate: '2030-04-10' },
    { id: 'e', status: 'LOST', amountMinor: 99999, probabilityBps: 0, ownerId: 'o1', closeDate: '2030-04-10' },
    { id: 'f', status: 'OPEN', amountMinor: 12345, probabilityBps: 5000, ownerId: 'o1', closeDate: '2030-05-01' },
  ];
  it('groups by month: weighted per deal rounded half-up, categories by probability, won separately', () => {
    const { periods, total } = forecast(deals, '2030-03-01', '2030-04-30', 'MONTH');
    expect(
      periods.map((p) => [p.key, p.dealIds, p.pipelineMinor, p.weightedMinor, p.bestCaseMinor, p.commitMinor, p.wonMinor]),
    ).toEqual([
      ['2030-03', ['a', 'b'], 133334, 10000 + 16667, 33333, 0, 0],
      ['2030-04', ['c', 'd'], 25005, 18754, 25005, 25005, 70000],
    ]);
    expect(total.weightedMinor).toBe(periods.reduce((s, p) => s + p.weightedMinor, 0));
    expect(total.pipelineMinor).toBe(133334 + 25005);
    expect(total.dealIds).toHaveLength(4);
  });
  it('groups by owner, unassigned deals under UNASSIGNED', () => {
    const { periods } = forecast(deals, '2030-01-01', '2030-12-31', 'OWNER');
    expect(periods.map((p) => [p.key, p.dealIds])).toEqual([
      ['UNASSIGNED', ['c']],
      ['o1', ['a', 'd', 'f']],
      ['o2', ['b']],
    ]);
    expect(forecast([], '2030-01-01', '2030-12-31', 'OWNER')).toMatchObject({
      periods: [],
      total: { pipelineMinor: 0, weightedMinor: 0 },
    });
  });
});

describe('deal activity and events', () => {
  it('takes the later of the last stage change and the last interaction', () => {
    const stage = new Date('2030-01-01T00:00:00Z');
    expect(lastTouched({ stageChangedAt: stage })).toEqual(stage);
    expect(lastTouched({ stageChangedAt: stage, lastActivityAt: new Date('2030-02-01T00:00:00Z') })).toEqual(
      new Date('2030-02-01T00:00:00Z'),
    );
    expect(lastTouched({ stageChangedAt: stage, lastActivityAt: new Date('2029-02-01T00:00:00Z') })).toEqual(stage);
  });
  it("puts a won deal's lines in sales.deal.won, or one line with its name and amount", () => {
    const base = { name: 'Renewal', amountMinor: 5000, lines: [] } as never as Parameters<typeof dealWonLines>[0];
    expect(dealWonLines(base)).toEqual([{ description: 'Renewal', quantity: 1, unitPriceMinor: 5000 }]);
    const withLines = {
      ...base,
      lines: [{ productId: 'p1', description: 'Seat', quantity: 5, unitPriceMinor: 1000, totalMinor: 5000 }],
    };
    expect(dealWonLines(withLines)).toEqual([{ productId: 'p1', description: 'Seat', quantity: 5, unitPriceMinor: 1000 }]);
  });
});

describe('deal amounts and edits', () => {
  const eur = (amount: string) => ({ amount, currency: 'EUR' });
  const line = (quantity: number, price: string) => ({ description: 'Seat', quantity, unitPrice: eur(price) });

  it('takes the sum of the lines, or the amount given, and requires one of them only on creation', () => {
    expect(priceDeal('EUR', null, [line(3, '12.50')], true)).toMatchObject({ amountMinor: 3750, errors: [] });
    expect(priceDeal('EUR', eur('10.00'), null, true)).toEqual({ amountMinor: 1000, lines: undefined, errors: [] });
    expect(priceDeal('EUR', null, null, true).errors.map((e) => e.code)).toEqual(['REQUIRED']);
    expect(priceDeal('EUR', null, null, false)).toEqual({ amountMinor: undefined, lines: undefined, errors: [] });
    expect(priceDeal('EUR', eur('1.00'), [], false)).toEqual({ amountMinor: 100, lines: [], errors: [] });
  });

  it("refuses an amount that is not the lines' sum, another currency, a negative amount", () => {
    expect(priceDeal('EUR', eur('10.00'), [line(1, '9.99')], false).errors.map((e) => e.code)).toEqual(['INVALID']);
    expect(priceDeal('EUR', { amount: '1.00', currency: 'USD' }, null, false).errors.map((e) => e.code)).toEqual([
      'CURRENCY_MISMATCH',
    ]);
    expect(priceDeal('EUR', eur('-1.00'), null, false).errors.map((e) => e.code)).toEqual(['INVALID']);
  });

  it('edits only open deals', () => {
    expect(checkEditable('OPEN')).toEqual([]);
    expect(checkEditable('WON')[0].code).toBe('ILLEGAL_TRANSITION');
    expect(checkEditable('LOST')[0].message).toContain('reopen');
  });
});

describe("changing a pipeline's stages", () => {
  const NOW = new Date('2026-12-01T00:00:00.000Z');
  const open = (name: string, probabilityBps = 1000, label?: string) => ({ name, probabilityBps, kind: 'OPEN' as const, label });
  const closing = DEFAULT_STAGES.filter((s) => s.kind !== 'OPEN');

  it('keeps stages by name, adds new ones, and retires the ones left out after the others', () => {
    const plan = planStages(DEFAULT_STAGES, [open('DEMO', 1500, 'Demo booked'), open('PROPOSAL', 6000), ...closing], NOW);
    expect(plan.errors).toEqual([]);
    expect(plan.added).toEqual(['DEMO']);
    expect(plan.retired).toEqual(['QUALIFICATION', 'NEEDS_ANALYSIS', 'NEGOTIATION']);
    expect(plan.stages.map((s) => [s.name, s.label ?? null, s.probabilityBps, s.retiredAt ?? null])).toEqual([
      ['DEMO', 'Demo booked', 1500, null],
      ['PROPOSAL', null, 6000, null],
      ['CLOSED_WON', null, 10000, null],
      ['CLOSED_LOST', null, 0, null],
      ['QUALIFICATION', null, 1000, NOW],
      ['NEEDS_ANALYSIS', null, 2000, NOW],
      ['NEGOTIATION', null, 7500, NOW],
    ]);
    // New deals start in the first stage that is not retired; a retired name can come back.
    expect(firstOpenStage(plan.stages).name).toBe('DEMO');
    const again = planStages(plan.stages, [open('QUALIFICATION'), open('DEMO', 1500), open('PROPOSAL', 6000), ...closing], NOW);
    expect([again.added, again.retired, again.stages.filter((s) => s.retiredAt).map((s) => s.name)]).toEqual([
      ['QUALIFICATION'],
      [],
      ['NEEDS_ANALYSIS', 'NEGOTIATION'],
    ]);
  });

  it('never changes a kind and never drops the WON or LOST stage', () => {
    const codes = (stages: Parameters<typeof planStages>[1]) => planStages(DEFAULT_STAGES, stages, NOW).errors.map((e) => e.code);
    expect(codes([open('PROPOSAL'), { name: 'NEGOTIATION', probabilityBps: 10000, kind: 'WON' }, closing[1]])).toEqual([
      'INVALID', // NEGOTIATION was OPEN
      'INVALID', // CLOSED_WON left out
    ]);
    expect(codes([open('PROPOSAL', 5000, '  '), ...closing])).toEqual(['INVALID']);
  });

  it('shows a retired stage on the board only while a deal is still in it', () => {
    const { stages } = planStages(DEFAULT_STAGES, [open('PROPOSAL', 5000), ...closing], NOW);
    expect(pipelineBoard(stages, []).columns.map((c) => c.stage.name)).toEqual(['PROPOSAL']);
    const board = pipelineBoard(stages, [{ stage: 'NEGOTIATION', amountMinor: 100 }]);
    expect(board.columns.map((c) => [c.stage.name, c.dealCount])).toEqual([
      ['PROPOSAL', 0],
      ['NEGOTIATION', 1],
    ]);
  });
});
