/** The reporting domain (subgraphs/reporting/domain/kpis.ts): event -> deltas, state, periods, buckets, formatting. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type EnumTypeDefinitionNode } from 'graphql';
import { createEvent, type EventEnvelope } from '../../lib/events/envelope';
import { EVENT_TYPES_DOCUMENTED } from './reporting-helpers';
import {
  KPI_CATALOGUE,
  addToSubject,
  mergeDeltas,
  KPI_METRICS,
  SOURCE_EVENT_TYPES,
  applyToSubject,
  bucketStarts,
  changePercent,
  comparisonPeriod,
  formatHours,
  formatValue,
  levelMove,
  metricValue,
  periodDays,
  statelessDeltas,
  subjectsOf,
  type SubjectState,
} from '../../subgraphs/reporting/domain/kpis';

const event = (type: string, payload: Record<string, unknown>, occurredAt = '2026-03-10T12:00:00.000Z'): EventEnvelope =>
  ({
    ...createEvent({ type, tenantId: 't1', aggregateId: 'a1', producer: type.split('.')[0], payload }),
    occurredAt,
  }) as EventEnvelope;
const eur = (minor: number) => ({ minor, currency: 'EUR' });

describe('the KPI catalogue', () => {
  it('defines every metric of the API exactly once, with a description and its source events', () => {
    const sdl = parse(readFileSync(join(__dirname, '../../schema/reporting.graphql'), 'utf8'));
    const metricEnum = sdl.definitions.find(
      (d): d is EnumTypeDefinitionNode => d.kind === 'EnumTypeDefinition' && d.name.value === 'KpiMetric',
    )!;
    expect(metricEnum.values!.map((v) => v.name.value)).toEqual([...KPI_METRICS]);
    expect(KPI_CATALOGUE.map((k) => k.metric)).toEqual([...KPI_METRICS]);
    for (const k of KPI_CATALOGUE) {
      expect(k.description.length).toBeGreaterThan(10);
      expect(k.name).toBeTruthy();
    }
    // The ones no event carries yet say so instead of making a number up.
    for (const k of KPI_CATALOGUE.filter((k) => !k.sourceEvents.length)) expect(k.description).toMatch(/Not derivable/);
  });

  it('is what docs/api/reporting.md lists: every metric with its unit and aggregation', () => {
    const doc = readFileSync(join(__dirname, '../../docs/api/reporting.md'), 'utf8');
    for (const k of KPI_CATALOGUE) {
      expect(doc).toMatch(new RegExp(`\\| +\`${k.metric}\` +\\| +${k.name} +\\| +${k.unit} +\\| +${k.aggregation} +\\|`));
    }
  });

  it('reads only catalogued event types', () => {
    for (const type of SOURCE_EVENT_TYPES) expect(EVENT_TYPES_DOCUMENTED).toContain(type);
  });
});

describe('event -> fact deltas', () => {
  it('a won deal books its amount and counts, on the day it happened', () => {
    const won = event('sales.deal.won', { dealId: 'd1', customerId: 'c', amount: eur(150_000), lines: [] });
    expect(statelessDeltas(won, 'EUR')).toEqual([
      { metric: 'DEALS_WON', day: '2026-03-10', value: 1 },
      { metric: 'BOOKINGS', day: '2026-03-10', value: 150_000 },
    ]);
    // Another currency is left out of the money KPIs (nothing converts), the count stays.
    expect(statelessDeltas(won, 'USD')).toEqual([{ metric: 'DEALS_WON', day: '2026-03-10', value: 1 }]);
  });

  it('a shipment is cost of goods sold and takes gross margin; every movement moves stock value', () => {
    const moved = (type: string, valueMinor: number) =>
      event('inventory.stock.moved', {
        movementId: 'm',
        type,
        productId: 'p',
        warehouseId: 'w',
        quantity: -2,
        valueMinor,
        unitCostMinor: 100,
        currency: 'EUR',
        appliedAt: '',
      });
    expect(statelessDeltas(moved('SHIPMENT', -200), 'EUR')).toEqual([
      { metric: 'STOCK_VALUE', day: '2026-03-10', value: -200 },
      { metric: 'COST_OF_GOODS_SOLD', day: '2026-03-10', value: 200 },
      { metric: 'GROSS_MARGIN', day: '2026-03-10', value: -200 },
    ]);
    expect(statelessDeltas(moved('RECEIPT', 500), 'EUR')).toEqual([{ metric: 'STOCK_VALUE', day: '2026-03-10', value: 500 }]);
  });

  it('payments, expenses, payroll, orders, tickets and lost deals', () => {
    const one = (type: string, payload: Record<string, unknown>) => statelessDeltas(event(type, payload), 'EUR');
    expect(one('finance.payment.received', { paymentId: 'p', customerId: 'c', amount: eur(700), invoiceIds: [] })).toEqual([
      { metric: 'CASH_COLLECTED', day: '2026-03-10', value: 700 },
    ]);
    expect(one('finance.expense.approved', { amount: eur(80) })[0]).toMatchObject({ metric: 'EXPENSES', value: 80 });
    expect(one('hr.payroll.posted', { currency: 'EUR', grossMinor: 9000 })[0]).toMatchObject({
      metric: 'PAYROLL_COST',
      value: 9000,
    });
    expect(one('sales.order.confirmed', {})[0]).toMatchObject({ metric: 'ORDERS', value: 1 });
    expect(one('customers.ticket.created', {})[0]).toMatchObject({ metric: 'TICKETS_OPENED', value: 1 });
    expect(one('sales.deal.lost', {})[0]).toMatchObject({ metric: 'DEALS_LOST', value: 1 });
    expect(one('identity.user.created', {})).toEqual([]);
  });
});

describe('state: invoices, deals, stock levels, employees, timesheets', () => {
  const run = (key: string, events: EventEnvelope[], currency = 'EUR') => {
    let state: SubjectState | null = null;
    return events.map((e) => {
      const r = applyToSubject(key, state, e, currency);
      state = r.state;
      return r.deltas;
    });
  };
  const status = (from: string, to: string, amountDue: number, at: string, dueDate = '2026-03-20') =>
    event(
      'finance.invoice.statusChanged',
      {
        invoiceId: 'i1',
        number: 'INV-1',
        customerId: 'c',
        fromStatus: from,
        toStatus: to,
        total: eur(1000),
        amountDue: eur(amountDue),
        dueDate,
      },
      at,
    );

  it('an issued invoice is revenue now and overdue from the day after its due date; payments and credits reduce it', () => {
    const payment = event(
      'finance.payment.received',
      {
        paymentId: 'p1',
        customerId: 'c',
        amount: eur(300),
        invoiceIds: ['i1'],
        allocations: [{ invoiceId: 'i1', amountMinor: 300 }],
      },
      '2026-03-25T09:00:00.000Z',
    );
    const credit = event(
      'finance.creditNote.issued',
      { creditNoteId: 'cn1', number: 'CN-1', invoiceId: 'i1', customerId: 'c', amount: eur(100), net: eur(84) },
      '2026-03-26T09:00:00.000Z',
    );
    const deltas = run('invoice:i1', [
      status('DRAFT', 'OPEN', 1000, '2026-03-10T12:00:00.000Z'),
      payment,
      // The status change of the same payment: settles nothing more than the allocation did.
      status('OPEN', 'PARTIALLY_PAID', 700, '2026-03-25T09:00:00.000Z'),
      credit,
      status('PARTIALLY_PAID', 'PAID', 0, '2026-04-02T09:00:00.000Z'),
    ]);
    expect(deltas).toEqual([
      [
        { metric: 'AR_OVERDUE', day: '2026-03-21', value: 1000 },
        { metric: 'REVENUE_INVOICED', day: '2026-03-10', value: 1000 },
        { metric: 'GROSS_MARGIN', day: '2026-03-10', value: 1000 },
      ],
      [{ metric: 'AR_OVERDUE', day: '2026-03-25', value: -300 }],
      [],
      [
        { metric: 'AR_OVERDUE', day: '2026-03-26', value: -100 },
        { metric: 'REVENUE_INVOICED', day: '2026-03-26', value: -100 },
        { metric: 'GROSS_MARGIN', day: '2026-03-26', value: -100 },
      ],
      [{ metric: 'AR_OVERDUE', day: '2026-04-02', value: -600 }],
    ]);
  });

  it('a void takes revenue back and clears what would have been overdue', () => {
    const deltas = run('invoice:i1', [
      status('DRAFT', 'OPEN', 1000, '2026-03-10T12:00:00.000Z'),
      status('OPEN', 'VOID', 0, '2026-03-12T12:00:00.000Z'),
    ]);
    expect(deltas[1]).toEqual([
      { metric: 'AR_OVERDUE', day: '2026-03-21', value: -1000 },
      { metric: 'REVENUE_INVOICED', day: '2026-03-12', value: -1000 },
      { metric: 'GROSS_MARGIN', day: '2026-03-12', value: -1000 },
    ]);
  });

  it('a deal counts in pipeline created once, at the first event carrying its amount', () => {
    const moved = event('sales.deal.stageChanged', { dealId: 'd', amount: eur(500), fromStage: 'a', toStage: 'b' });
    const won = event('sales.deal.won', { dealId: 'd', amount: eur(600) }, '2026-03-11T00:00:00.000Z');
    expect(run('deal:d', [moved, won])).toEqual([[{ metric: 'PIPELINE_CREATED', day: '2026-03-10', value: 500 }], []]);
  });

  it('a stock level counts below reorder once per shortage; an employee counts until terminated, newest version wins', () => {
    const low = event('inventory.stock.low', { stockLevelId: 's' });
    const recovered = event('inventory.stock.recovered', { stockLevelId: 's' });
    expect(run('stock:s', [low, low, recovered, recovered]).map((d) => d.map((x) => x.value))).toEqual([[1], [], [-1], []]);
    const emp = (status: string, version: number) => event('hr.employee.upserted', { employeeId: 'e', status, version });
    expect(
      run('employee:e', [emp('ACTIVE', 1), emp('ON_LEAVE', 2), emp('TERMINATED', 4), emp('ACTIVE', 3)]).map((d) =>
        d.map((x) => x.value),
      ),
    ).toEqual([[1], [], [-1], []]);
  });

  it('a resubmitted timesheet counts its change in minutes', () => {
    const sheet = (minutes: number) => event('operations.timesheet.submitted', { timesheetId: 't', minutes });
    expect(run('timesheet:t', [sheet(600), sheet(450)]).map((d) => d.map((x) => x.value))).toEqual([[600], [-150]]);
  });

  it('names the state documents an event changes', () => {
    expect(
      subjectsOf(
        event('finance.payment.received', {
          allocations: [
            { invoiceId: 'a', amountMinor: 1 },
            { invoiceId: 'b', amountMinor: 2 },
          ],
        }),
      ),
    ).toEqual(['invoice:a', 'invoice:b']);
    expect(subjectsOf(event('sales.order.confirmed', {}))).toEqual([]);
  });

  it('a subject folds its events in time order, whatever order they arrive in, and ignores one it has', () => {
    const events = [
      status('DRAFT', 'OPEN', 1000, '2026-03-10T12:00:00.000Z'),
      status('OPEN', 'PARTIALLY_PAID', 400, '2026-03-22T12:00:00.000Z'),
      status('PARTIALLY_PAID', 'PAID', 0, '2026-03-28T12:00:00.000Z'),
    ];
    const feed = (order: EventEnvelope[]) => {
      let current: { history: any[]; contribution: any[] } | null = null;
      const written: any[] = [];
      for (const e of order) {
        const next = addToSubject('invoice:i1', current, e, 'EUR');
        if (!next) continue;
        current = next;
        written.push(...next.deltas);
      }
      const canonical = (deltas: any[]) => [...deltas].sort((x, y) => `${x.day}${x.metric}`.localeCompare(`${y.day}${y.metric}`));
      return { contribution: canonical(current!.contribution), written: canonical(mergeDeltas(written)) };
    };
    const inOrder = feed(events);
    expect(inOrder.written).toEqual(inOrder.contribution);
    for (const order of [
      [2, 0, 1],
      [1, 2, 0, 2],
      [0, 0, 2, 1],
    ])
      expect(feed(order.map((i) => events[i]))).toEqual(inOrder);
  });

  it('a level learnt today never rewrites the days already past', () => {
    expect(levelMove('AR_OVERDUE', '2026-03-10', { from: '2026-03-01', minor: 100 }, { from: '2026-03-01', minor: 40 })).toEqual([
      { metric: 'AR_OVERDUE', day: '2026-03-10', value: -60 },
    ]);
  });
});

describe('periods, buckets and values', () => {
  it('takes in whole UTC days, a bound inside a day includes that day', () => {
    expect(periodDays(new Date('2026-03-01T00:00:00Z'), new Date('2026-04-01T00:00:00Z'))).toEqual({
      fromDay: '2026-03-01',
      toDay: '2026-04-01',
    });
    expect(periodDays(new Date('2026-03-01T10:00:00Z'), new Date('2026-03-05T10:00:00Z'))).toEqual({
      fromDay: '2026-03-01',
      toDay: '2026-03-06',
    });
  });

  it('compares with the same-length window before, or the same window a year earlier', () => {
    const from = new Date('2026-03-01T00:00:00Z');
    const to = new Date('2026-03-15T00:00:00Z');
    expect(comparisonPeriod(from, to, 'PREVIOUS_PERIOD')).toEqual({ from: new Date('2026-02-15T00:00:00Z'), to: from });
    expect(comparisonPeriod(from, to, 'SAME_PERIOD_LAST_YEAR')).toEqual({
      from: new Date('2025-03-01T00:00:00Z'),
      to: new Date('2025-03-15T00:00:00Z'),
    });
  });

  it('buckets by day, ISO week (Monday UTC) and month', () => {
    expect(bucketStarts('2026-03-05', '2026-03-08', 'DAY')).toEqual(['2026-03-05', '2026-03-06', '2026-03-07']);
    // 2026-03-05 is a Thursday; ISO weeks start on Monday 2026-03-02.
    expect(bucketStarts('2026-03-05', '2026-03-20', 'WEEK')).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    expect(bucketStarts('2025-12-15', '2026-02-02', 'MONTH')).toEqual(['2025-12-01', '2026-01-01', '2026-02-01']);
    // ISO week across a year end: 2027-01-01 is a Friday, its week starts Monday 2026-12-28.
    expect(bucketStarts('2027-01-01', '2027-01-02', 'WEEK')).toEqual(['2026-12-28']);
  });

  it('sums a FLOW over its days, and takes a LEVEL at the end, never past today', () => {
    const facts = [
      { day: '2026-02-27', values: { BOOKINGS: 5, AR_OVERDUE: 100 } },
      { day: '2026-03-02', values: { BOOKINGS: 7, AR_OVERDUE: 50 } },
      { day: '2026-03-30', values: { AR_OVERDUE: 1000 } },
    ];
    expect(metricValue(facts, 'BOOKINGS', '2026-03-01', '2026-04-01', '2026-03-15')).toBe(7);
    expect(metricValue(facts, 'AR_OVERDUE', '2026-03-01', '2026-04-01', '2026-03-15')).toBe(150);
    expect(metricValue(facts, 'AR_OVERDUE', '2026-03-01', '2026-04-01', '2026-04-15')).toBe(1150);
  });

  it('formats money, counts and hours exactly, and the change in percent with one decimal', () => {
    expect(formatValue('MONEY', 123450, 'EUR')).toBe('1234.50');
    expect(formatValue('MONEY', -5, 'EUR')).toBe('-0.05');
    expect(formatValue('COUNT', 12, 'EUR')).toBe('12');
    expect(formatHours(450)).toBe('7.50');
    expect(formatHours(1)).toBe('0.02');
    expect(formatHours(-90)).toBe('-1.50');
    expect(changePercent(150, 100)).toBe('50.0');
    expect(changePercent(100, 300)).toBe('-66.7');
    expect(changePercent(1, 3)).toBe('-66.7');
    expect(changePercent(5, 0)).toBeNull();
    expect(changePercent(-50, -100)).toBe('50.0');
    expect(changePercent(9_000_000_000_000_000, 1)).toBe('899999999999999900.0');
  });
});
