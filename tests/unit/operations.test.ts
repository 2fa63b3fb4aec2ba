import { mondayOf, weeksOverlapping, workingDaysBetween } from '../../lib/dates';
import { canTransition } from '../../lib/state-machine';
import { profitabilityOf, revenueOf, withAdjustments } from '../../subgraphs/operations/domain/profitability';
import {
  amountForMinutes,
  dealIsProjectWork,
  parseProjectFields,
  PROJECT_TRANSITIONS,
  rateFor,
} from '../../subgraphs/operations/domain/project';
import {
  allocatedMinutes,
  capacityMinutes,
  holidaysOf,
  overbookedWeeks,
  planCells,
  workingDaysIn,
} from '../../subgraphs/operations/domain/resources';
import {
  nextPeriod,
  nextUnbilledPeriod,
  parseRetainer,
  periodDueAt,
  periodSpan,
  projectOfSource,
  retainerCharge,
  retainerDueAt,
} from '../../subgraphs/operations/domain/retainer';
import {
  progressOf,
  rolledUpEstimate,
  TASK_TRANSITIONS,
  wouldCreateCycle,
  type TaskNode,
} from '../../subgraphs/operations/domain/task';
import {
  billingLines,
  dayOverflow,
  TIMESHEET_TRANSITIONS,
  validateEntry,
  weekOf,
} from '../../subgraphs/operations/domain/timesheet';

describe('dates', () => {
  it('finds ISO weeks and working days', () => {
    expect(mondayOf('2026-03-08')).toBe('2026-03-02'); // a Sunday belongs to the week before
    expect(mondayOf('2026-03-02')).toBe('2026-03-02');
    expect(weeksOverlapping('2026-03-04', '2026-03-16')).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    expect(workingDaysBetween('2026-03-06', '2026-03-09')).toBe(2);
    expect(weekOf('2026-12-31')).toBe('2026-12-28');
  });
});

describe('project rules', () => {
  it('has a lifecycle with pauses and final ends', () => {
    expect(canTransition(PROJECT_TRANSITIONS, 'ACTIVE', 'ON_HOLD')).toBe(true);
    expect(canTransition(PROJECT_TRANSITIONS, 'ON_HOLD', 'ACTIVE')).toBe(true);
    expect(canTransition(PROJECT_TRANSITIONS, 'PLANNED', 'COMPLETED')).toBe(false);
    expect(canTransition(PROJECT_TRANSITIONS, 'COMPLETED', 'ACTIVE')).toBe(false);
    expect(canTransition(PROJECT_TRANSITIONS, 'CANCELLED', 'PLANNED')).toBe(false);
  });

  it('checks amounts against the project currency, dates and duplicate roles', () => {
    const parsed = parseProjectFields(
      {
        budget: { amount: '10.00', currency: 'USD' },
        defaultRate: { amount: '-1.00', currency: 'EUR' },
        roleRates: [
          { role: 'Dev', rate: { amount: '1.00', currency: 'EUR' } },
          { role: ' dev ', rate: { amount: '2.00', currency: 'EUR' } },
        ],
        startDate: '2026-02-01',
        endDate: '2026-01-01',
      },
      'EUR',
    );
    expect(parsed.errors.map((e) => [e.field!.join('.'), e.code])).toEqual([
      ['input.budget.currency', 'CURRENCY_MISMATCH'],
      ['input.defaultRate.amount', 'INVALID'],
      ['input.roleRates.1.role', 'INVALID'],
      ['input.endDate', 'INVALID'],
    ]);
    expect(parseProjectFields({ budgetHours: 12.5 }, 'EUR')).toMatchObject({ errors: [], budgetMinutes: 750 });
    expect(parseProjectFields({}, 'XXX1').errors[0].code).toBe('INVALID');
  });

  it('bills the rate of the role, else the default; rounds half up per amount', () => {
    const project = { roleRates: [{ role: 'Dev', roleKey: 'dev', rateMinor: 11000 }], defaultRateMinor: 10000 };
    expect(rateFor(project, ' DEV')).toBe(11000);
    expect(rateFor(project, 'Designer')).toBe(10000);
    expect(rateFor({ roleRates: [] }, 'Dev')).toBeNull();
    expect(amountForMinutes(10000, 7)).toBe(1167); // 11.666.. -> 11.67
    expect(amountForMinutes(12000, 300)).toBe(60000);
  });

  it('makes projects of service deals only', () => {
    expect(dealIsProjectWork([])).toBe(true);
    expect(dealIsProjectWork([{ productId: 'p' }, {}])).toBe(true);
    expect(dealIsProjectWork([{ productId: 'p' }])).toBe(false);
  });
});

describe('task rules', () => {
  it('refuses any edge that closes a cycle, however long', () => {
    const edges = [
      { taskId: 'b', dependsOnId: 'a' },
      { taskId: 'c', dependsOnId: 'b' },
      { taskId: 'd', dependsOnId: 'c' },
    ];
    expect(wouldCreateCycle(edges, { taskId: 'a', dependsOnId: 'd' })).toBe(true);
    expect(wouldCreateCycle(edges, { taskId: 'a', dependsOnId: 'a' })).toBe(true);
    expect(wouldCreateCycle(edges, { taskId: 'd', dependsOnId: 'a' })).toBe(false); // a shortcut, no cycle
    expect(wouldCreateCycle(edges, { taskId: 'e', dependsOnId: 'd' })).toBe(false);
    // A diamond is fine; closing it back is not.
    const diamond = [...edges, { taskId: 'd', dependsOnId: 'a' }];
    expect(wouldCreateCycle(diamond, { taskId: 'b', dependsOnId: 'd' })).toBe(true);
  });

  it('measures progress on leaf tasks, skipping cancelled ones; rolls estimates up the tree', () => {
    const tasks: TaskNode[] = [
      { id: 'm', kind: 'MILESTONE', status: 'TODO', estimateMinutes: 0 },
      { id: 'a', parentId: 'm', kind: 'TASK', status: 'DONE', estimateMinutes: 120 },
      { id: 'b', parentId: 'm', kind: 'TASK', status: 'TODO', estimateMinutes: 999 }, // has children: not a leaf
      { id: 'b1', parentId: 'b', kind: 'TASK', status: 'TODO', estimateMinutes: 60 },
      { id: 'b2', parentId: 'b', kind: 'TASK', status: 'CANCELLED', estimateMinutes: 500 },
    ];
    expect(progressOf(tasks)).toEqual({ estimatedMinutes: 180, completedMinutes: 120, percent: 66.7 });
    expect(rolledUpEstimate(tasks, 'm')).toBe(180);
    expect(rolledUpEstimate(tasks, 'b')).toBe(60);
    expect(progressOf([])).toEqual({ estimatedMinutes: 0, completedMinutes: 0, percent: 0 });
  });
});

describe('timesheet rules', () => {
  it('is final once approved and can be corrected after a rejection', () => {
    expect(TIMESHEET_TRANSITIONS.APPROVED).toEqual([]);
    expect(canTransition(TIMESHEET_TRANSITIONS, 'REJECTED', 'SUBMITTED')).toBe(true);
    expect(canTransition(TIMESHEET_TRANSITIONS, 'OPEN', 'APPROVED')).toBe(false);
  });

  it('validates entries and days', () => {
    expect(validateEntry({ date: '2026-02-30', minutes: 0 }).map((e) => e.field)).toEqual([
      ['input', 'date'],
      ['input', 'minutes'],
    ]);
    expect(
      dayOverflow([
        { date: '2026-03-02', minutes: 1000 },
        { date: '2026-03-02', minutes: 441 },
      ]),
    ).toBe('2026-03-02');
    expect(dayOverflow([{ date: '2026-03-02', minutes: 1440 }])).toBeNull();
  });

  it('bills each billable entry at its fixed rate, describing it', () => {
    const id = { toString: () => 'x' };
    const lines = billingLines(
      {
        weekStart: '2026-03-02',
        entries: [
          { _id: id, date: '2026-03-02', minutes: 95, billable: true, rateMinor: 12000, note: 'Workshop' },
          { _id: id, date: '2026-03-03', minutes: 60, billable: false, rateMinor: null },
        ],
      },
      'Carl',
      'EUR',
    );
    expect(lines).toEqual([
      { description: '2026-03-02 Carl: 1:35 h at 120.00/h (Workshop)', quantity: 1, unitPriceMinor: 19000 },
    ]);
  });
});

describe('resource rules', () => {
  const timeOff = [{ from: '2026-03-04', to: '2026-03-05' }];

  it('takes time off out of capacity and spreads allocations over the working days they cover', () => {
    expect(workingDaysIn('2026-03-02', null, timeOff)).toBe(3);
    expect(capacityMinutes('2026-03-02', 32 * 60, timeOff)).toBe(1152); // 19.2 h
    // Wednesday to the next Tuesday at 10 h/week: 3 days in the first week, 2 in the second.
    const allocation = { from: '2026-03-04', to: '2026-03-10', minutesPerWeek: 600 };
    expect(allocatedMinutes('2026-03-02', allocation)).toBe(360);
    expect(allocatedMinutes('2026-03-09', allocation)).toBe(240);
    expect(allocatedMinutes('2026-03-16', allocation)).toBe(0);
  });

  it('computes cells and flags over-allocation only beyond capacity', () => {
    const cells = planCells(['2026-03-02', '2026-03-09'], {
      weeklyMinutes: 2400,
      timeOff,
      allocations: [{ from: '2026-03-02', to: '2026-03-15', minutesPerWeek: 1800 }],
      booked: [
        { date: '2026-03-02', minutes: 60 },
        { date: '2026-03-08', minutes: 30 },
        { date: '2026-03-09', minutes: 15 },
      ],
    });
    expect(cells).toEqual([
      {
        weekStart: '2026-03-02',
        holidays: [],
        capacityMinutes: 1440,
        allocatedMinutes: 1800,
        bookedMinutes: 90,
        utilisationPercent: 125,
        overallocated: true,
      },
      {
        weekStart: '2026-03-09',
        holidays: [],
        capacityMinutes: 2400,
        allocatedMinutes: 1800,
        bookedMinutes: 15,
        utilisationPercent: 75,
        overallocated: false,
      },
    ]);
    expect(
      overbookedWeeks(
        { from: '2026-03-09', to: '2026-03-20', minutesPerWeek: 600 },
        {
          weeklyMinutes: 2400,
          timeOff: [],
          allocations: [{ from: '2026-03-02', to: '2026-03-13', minutesPerWeek: 1800 }],
        },
      ),
    ).toEqual([]);
    expect(
      overbookedWeeks(
        { from: '2026-03-09', to: '2026-03-20', minutesPerWeek: 601 },
        {
          weeklyMinutes: 2400,
          timeOff: [],
          allocations: [{ from: '2026-03-02', to: '2026-03-13', minutesPerWeek: 1800 }],
        },
      ),
    ).toEqual(['2026-03-09']);
  });
});

describe('public holidays in capacity', () => {
  const calendar = [
    { date: '2026-04-06', country: '' }, // Easter Monday, tenant-wide
    { date: '2026-04-08', country: 'DE' },
    { date: '2026-04-09', country: 'FR' },
    { date: '2026-04-11', country: '' }, // a Saturday: no working day to lose
    { date: '2026-04-10', country: 'DE', removed: true },
  ];

  it("applies the tenant-wide holidays and the employee's country's, never a removed one", () => {
    expect([...holidaysOf(calendar, 'de')].sort()).toEqual(['2026-04-06', '2026-04-08', '2026-04-11']);
    expect([...holidaysOf(calendar, null)].sort()).toEqual(['2026-04-06', '2026-04-11']);
    expect([...holidaysOf(calendar, 'FR')].sort()).toEqual(['2026-04-06', '2026-04-09', '2026-04-11']);
  });

  it('takes holidays off capacity, together with time off without counting a day twice, and flags bookings beyond it', () => {
    const holidays = holidaysOf(calendar, 'DE');
    expect(capacityMinutes('2026-04-06', 2400, [], holidays)).toBe(1440); // 40 h less Mon and Wed
    expect(capacityMinutes('2026-04-06', 2400, [{ from: '2026-04-06', to: '2026-04-07' }], holidays)).toBe(960);
    expect(capacityMinutes('2026-04-13', 2400, [], holidays)).toBe(2400);
    const [cell] = planCells(['2026-04-06'], { weeklyMinutes: 2400, timeOff: [], holidays, allocations: [], booked: [] });
    expect(cell).toMatchObject({ holidays: ['2026-04-06', '2026-04-08'], capacityMinutes: 1440 });
    const full = { from: '2026-04-06', to: '2026-04-17', minutesPerWeek: 1800 };
    expect(overbookedWeeks(full, { weeklyMinutes: 2400, timeOff: [], holidays, allocations: [] })).toEqual(['2026-04-06']);
    expect(overbookedWeeks(full, { weeklyMinutes: 2400, timeOff: [], allocations: [] })).toEqual([]);
  });
});

describe('retainers', () => {
  const terms = { feeMinor: 300_000, includedMinutes: 10 * 60, billOverage: true };

  it('walks the periods from the start month to the end (or completion) month', () => {
    expect(nextPeriod('2026-12')).toBe('2027-01');
    expect(periodSpan('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodDueAt('2026-12').toISOString()).toBe('2027-01-01T00:00:00.000Z');
    const project = { startDate: '2026-01-15', endDate: '2026-03-10', retainerPeriods: [] as Array<{ period: string }> };
    expect(nextUnbilledPeriod(project)).toBe('2026-01');
    expect(nextUnbilledPeriod({ ...project, retainerPeriods: [{ period: '2026-01' }, { period: '2026-02' }] })).toBe('2026-03');
    expect(nextUnbilledPeriod({ ...project, retainerPeriods: [{ period: '2026-03' }] })).toBeNull();
    expect(
      nextUnbilledPeriod({ ...project, endDate: null, closedOn: '2026-01-20', retainerPeriods: [{ period: '2026-01' }] }),
    ).toBeNull();
    expect(nextUnbilledPeriod({ startDate: null, retainerPeriods: [] })).toBeNull();
    expect(retainerDueAt({ ...project, retainer: terms })?.toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(retainerDueAt({ ...project, retainer: null })).toBeNull();
    expect(projectOfSource('retainer:abc:2026-03')).toBe('abc');
    expect(projectOfSource('timesheet:abc')).toBeNull();
  });

  it('counts approved billable time of the month against the included hours and bills the overage at each entry rate', () => {
    const entries = [
      { date: '2026-02-27', minutes: 600, billable: true, rateMinor: 10_000 }, // another month
      { date: '2026-03-02', minutes: 360, billable: true, rateMinor: 10_000 },
      { date: '2026-03-03', minutes: 120, billable: false, rateMinor: null },
      { date: '2026-03-05', minutes: 300, billable: true, rateMinor: 12_000 }, // 4 h included, 1 h over
      { date: '2026-03-31', minutes: 90, billable: true, rateMinor: 10_000 }, // all over
    ];
    const charge = retainerCharge(terms, '2026-03', entries, 'EUR');
    expect(charge).toMatchObject({ usedMinutes: 750, overageMinutes: 150, overageMinor: 12_000 + 15_000, amountMinor: 327_000 });
    expect(charge.lines).toEqual([
      { description: 'Retainer 2026-03 (includes 10:00 h; 12:30 h used)', quantity: 1, unitPriceMinor: 300_000 },
      { description: 'Overage 2026-03: 1:00 h at 120.00/h', quantity: 1, unitPriceMinor: 12_000 },
      { description: 'Overage 2026-03: 1:30 h at 100.00/h', quantity: 1, unitPriceMinor: 15_000 },
    ]);
    const flat = retainerCharge({ ...terms, billOverage: false }, '2026-03', entries, 'EUR');
    expect(flat).toMatchObject({ overageMinutes: 150, overageMinor: 0, amountMinor: 300_000 });
    expect(flat.lines).toHaveLength(1);
  });

  it('parses terms in the project currency', () => {
    expect(parseRetainer({ fee: { amount: '3000.00', currency: 'EUR' }, includedHours: 10.5 }, 'EUR')).toEqual({
      terms: { feeMinor: 300_000, includedMinutes: 630, billOverage: false },
      errors: [],
    });
    expect(parseRetainer({ fee: { amount: '1', currency: 'USD' }, includedHours: 1 }, 'EUR').errors[0].code).toBe(
      'CURRENCY_MISMATCH',
    );
    expect(parseRetainer({ fee: { amount: '1', currency: 'EUR' }, includedHours: -1 }, 'EUR').errors[0].field).toEqual([
      'input',
      'retainer',
      'includedHours',
    ]);
  });
});

describe('revenue after finance', () => {
  it('counts nothing of a voided invoice and the net of credit notes otherwise', () => {
    const at = new Date('2026-03-01T00:00:00Z');
    const billing = withAdjustments(
      [
        { source: 'timesheet:a', amountMinor: 60_000, billedAt: at },
        { source: 'timesheet:b', amountMinor: 40_000, billedAt: at },
        { source: 'milestone:c', amountMinor: 10_000, billedAt: at },
      ],
      [
        { source: 'timesheet:a', invoiceId: 'i1', voidedAt: at, credits: [] },
        { source: 'timesheet:b', invoiceId: 'i2', voidedAt: null, credits: [{ netMinor: 5_000 }, { netMinor: 2_500 }] },
      ],
    );
    expect(billing.map(revenueOf)).toEqual([0, 32_500, 10_000]);
    expect(revenueOf({ source: 'x', amountMinor: 100, billedAt: at, creditedMinor: 150 })).toBe(0);
    const p = profitabilityOf({ currency: 'EUR', time: [], costRates: new Map(), billing, progressPercent: 0 });
    expect(p.revenueMinor).toBe(42_500);
  });
});

describe('profitability', () => {
  it('prices time per employee, leaves unknown rates out and scales cost by progress', () => {
    const p = profitabilityOf({
      currency: 'EUR',
      budgetMinutes: 6000,
      budgetMinor: 100_000,
      time: [
        { employeeId: 'a', minutes: 20 },
        { employeeId: 'a', minutes: 20 },
        { employeeId: 'b', minutes: 30 },
      ],
      costRates: new Map([['a', 4501]]),
      billing: [{ source: 'timesheet:1', amountMinor: 10_000, billedAt: new Date(0) }],
      progressPercent: 40,
    });
    // a: 40 min x 45.01/h = 30.0067 -> 30.01 (rounded once on the employee's sum, not per entry).
    expect(p).toMatchObject({
      revenueMinor: 10_000,
      costMinor: 3001,
      marginMinor: 6999,
      marginPercent: 70,
      minutesLogged: 70,
      unpricedMinutes: 30,
      budgetHoursUsedPercent: 1.2,
      budgetUsedPercent: 3,
      estimateAtCompletionMinor: 7503,
    });
    expect(profitabilityOf({ currency: 'EUR', time: [], costRates: new Map(), billing: [], progressPercent: 0 })).toMatchObject({
      marginPercent: null,
      estimateAtCompletionMinor: null,
      budgetUsedPercent: null,
    });
  });
});

/** Every (from, to) pair of a lifecycle: exactly the listed ones are legal. */
function expectExactly<S extends string>(machine: Record<S, readonly S[]>, legal: Array<[S, S]>) {
  const statuses = Object.keys(machine) as S[];
  const allowed = new Set(legal.map(([from, to]) => `${from}->${to}`));
  for (const from of statuses) {
    for (const to of statuses) {
      expect([`${from}->${to}`, canTransition(machine, from, to)]).toEqual([`${from}->${to}`, allowed.has(`${from}->${to}`)]);
    }
  }
}

describe('operations lifecycles, exhaustively', () => {
  it('projects', () => {
    expectExactly(PROJECT_TRANSITIONS, [
      ['PLANNED', 'ACTIVE'],
      ['PLANNED', 'CANCELLED'],
      ['ACTIVE', 'ON_HOLD'],
      ['ACTIVE', 'COMPLETED'],
      ['ACTIVE', 'CANCELLED'],
      ['ON_HOLD', 'ACTIVE'],
      ['ON_HOLD', 'CANCELLED'],
    ]);
  });
  it('timesheets', () => {
    expectExactly(TIMESHEET_TRANSITIONS, [
      ['OPEN', 'SUBMITTED'],
      ['SUBMITTED', 'APPROVED'],
      ['SUBMITTED', 'REJECTED'],
      ['REJECTED', 'SUBMITTED'],
    ]);
  });
  it('tasks', () => {
    expectExactly(TASK_TRANSITIONS, [
      ['TODO', 'IN_PROGRESS'],
      ['TODO', 'DONE'],
      ['TODO', 'CANCELLED'],
      ['IN_PROGRESS', 'DONE'],
      ['IN_PROGRESS', 'TODO'],
      ['IN_PROGRESS', 'CANCELLED'],
      ['DONE', 'IN_PROGRESS'],
    ]);
  });
});
