import { canTransition, type Transitions } from '../../lib/state-machine';
import { checkCountry, holidaysFor } from '../../subgraphs/hr/domain/calendar';
import { EMPLOYEE_STATUS_TRANSITIONS } from '../../subgraphs/hr/domain/employee';
import { claimStatus, EXPENSE_CLAIM_TRANSITIONS, isTakeable, STALE_TAKE_MS } from '../../subgraphs/hr/domain/expense-claims';
import {
  canSeeManagerPart,
  canSeePeerFeedback,
  cycleStatistics,
  isVisibleCycle,
  REVIEW_CYCLE_TRANSITIONS,
  REVIEW_TRANSITIONS,
  validateAnswers,
  validateQuestions,
} from '../../subgraphs/hr/domain/performance';
import {
  bracketTax,
  checkTaxBrackets,
  computePayslip,
  computeProratedPayslip,
  divideHalfUp,
  isPaid,
  monthlyGross,
  PAYROLL_RUN_TRANSITIONS,
  parsePeriod,
  payrollTotals,
  rateAmount,
  validRateBps,
} from '../../subgraphs/hr/domain/payroll';
import {
  computeBalances,
  findOverlap,
  isIsoDate,
  overlaps,
  TIME_OFF_TRANSITIONS,
  validateTimeOffRange,
  withinAllowance,
  workingDays,
} from '../../subgraphs/hr/domain/time-off';

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

describe('hr lifecycles', () => {
  it('time-off request: DRAFT->SUBMITTED->APPROVED|REJECTED, nothing else', () => {
    expectExactly(TIME_OFF_TRANSITIONS, [
      ['DRAFT', 'SUBMITTED'],
      ['SUBMITTED', 'APPROVED'],
      ['SUBMITTED', 'REJECTED'],
    ]);
  });

  it('payroll run: DRAFT->APPROVED->POSTED->PAID and DRAFT->CANCELLED, nothing else', () => {
    expectExactly(PAYROLL_RUN_TRANSITIONS, [
      ['DRAFT', 'APPROVED'],
      ['DRAFT', 'CANCELLED'],
      ['APPROVED', 'POSTED'],
      ['POSTED', 'PAID'],
    ]);
  });

  it('employee: ACTIVE<->ON_LEAVE, either -> TERMINATED (final), nothing else', () => {
    expectExactly(EMPLOYEE_STATUS_TRANSITIONS, [
      ['ACTIVE', 'ON_LEAVE'],
      ['ON_LEAVE', 'ACTIVE'],
      ['ACTIVE', 'TERMINATED'],
      ['ON_LEAVE', 'TERMINATED'],
    ]);
  });
});

describe('payslip math', () => {
  it('rounds annual/12 half up to the minor unit, with integers only', () => {
    expect(monthlyGross(6_000_000)).toBe(500_000); // exact
    expect(monthlyGross(10_000_005)).toBe(833_334); // 833333.75 -> up
    expect(monthlyGross(10_000_001)).toBe(833_333); // 833333.4167 -> down
    expect(monthlyGross(6)).toBe(1); // exactly .5 -> up
    expect(monthlyGross(5)).toBe(0);
    expect(monthlyGross(18)).toBe(2); // 1.5 -> up
    expect(monthlyGross(0)).toBe(0);
    expect(() => divideHalfUp(-1, 12)).toThrow(RangeError);
    expect(() => divideHalfUp(0.5, 12)).toThrow(RangeError);
  });

  it('rounds each rate half up from basis points', () => {
    expect(rateAmount(500_000, 930)).toBe(46_500); // 9.3 %
    expect(rateAmount(833_334, 930)).toBe(77_500); // 77500.062 -> down
    expect(rateAmount(10_050, 50)).toBe(50); // 50.25 -> 50
    expect(rateAmount(10_100, 50)).toBe(51); // 50.5 -> 51
    expect(rateAmount(12_345, 0)).toBe(0);
    expect(rateAmount(12_345, 10_000)).toBe(12_345);
  });

  it('builds a payslip: net = gross - deductions; contributions on top; each rate rounded separately', () => {
    const slip = computePayslip(
      10_000_005,
      [
        { name: 'Income tax', rateBps: 2000 },
        { name: 'Pension', rateBps: 930 },
      ],
      [
        { name: 'Employer pension', rateBps: 930 },
        { name: 'Accident insurance', rateBps: 125 },
      ],
    );
    expect(slip.grossMinor).toBe(833_334);
    expect(slip.deductions).toEqual([
      { name: 'Income tax', rateBps: 2000, amountMinor: 166_667 }, // 166666.8
      { name: 'Pension', rateBps: 930, amountMinor: 77_500 },
    ]);
    expect(slip.employeeDeductionsMinor).toBe(244_167);
    expect(slip.contributions.map((c) => c.amountMinor)).toEqual([77_500, 10_417]); // 10416.675 -> up
    expect(slip.employerContributionsMinor).toBe(87_917);
    expect(slip.netMinor).toBe(833_334 - 244_167);
  });

  it('totals are exact sums of payslips', () => {
    const a = computePayslip(6_000_000, [{ name: 't', rateBps: 1000 }], [{ name: 'c', rateBps: 500 }]);
    const b = computePayslip(4_800_006, [{ name: 't', rateBps: 1000 }], [{ name: 'c', rateBps: 500 }]);
    expect(payrollTotals([a, b])).toEqual({
      grossMinor: 500_000 + 400_001,
      employeeDeductionsMinor: 50_000 + 40_000,
      employerContributionsMinor: 25_000 + 20_000,
      reimbursementsMinor: 0,
      netMinor: 450_000 + 360_001,
    });
    expect(payrollTotals([])).toEqual({
      grossMinor: 0,
      employeeDeductionsMinor: 0,
      employerContributionsMinor: 0,
      reimbursementsMinor: 0,
      netMinor: 0,
    });
  });

  it('parses periods and validates rates', () => {
    expect(parsePeriod('2026-02')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(parsePeriod('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(parsePeriod('2026-12')).toEqual({ start: '2026-12-01', end: '2026-12-31' });
    for (const bad of ['2026-13', '2026-1', '26-01', '2026-00', '2026-01-01', '']) expect(parsePeriod(bad)).toBeNull();
    expect([0, 1, 10_000].map(validRateBps)).toEqual([true, true, true]);
    expect([-1, 10_001, 1.5].map(validRateBps)).toEqual([false, false, false]);
  });

  it('pays active and on-leave employees with a compensation who started by the period end', () => {
    expect(isPaid({ status: 'ACTIVE', startDate: '2026-01-31', compensationMinor: 1 }, '2026-01-31')).toBe(true);
    expect(isPaid({ status: 'ON_LEAVE', startDate: null, compensationMinor: 1 }, '2026-01-31')).toBe(true);
    expect(isPaid({ status: 'ACTIVE', startDate: '2026-02-01', compensationMinor: 1 }, '2026-01-31')).toBe(false);
    expect(isPaid({ status: 'TERMINATED', startDate: '2020-01-01', compensationMinor: 1 }, '2026-01-31')).toBe(false);
    expect(isPaid({ status: 'ACTIVE', startDate: '2020-01-01', compensationMinor: null }, '2026-01-31')).toBe(false);
  });
});

describe('time-off rules', () => {
  it('counts Monday-Friday days, inclusive', () => {
    expect(workingDays({ startDate: '2026-11-23', endDate: '2026-11-27' })).toBe(5); // Mon..Fri
    expect(workingDays({ startDate: '2026-11-23', endDate: '2026-11-29' })).toBe(5); // Mon..Sun
    expect(workingDays({ startDate: '2026-11-28', endDate: '2026-11-29' })).toBe(0); // weekend
    expect(workingDays({ startDate: '2026-11-27', endDate: '2026-11-27' })).toBe(1);
    expect(workingDays({ startDate: '2026-11-27', endDate: '2026-11-26' })).toBe(0);
    expect(workingDays({ startDate: '2026-01-01', endDate: '2026-12-31' })).toBe(261);
  });

  it('detects overlap of inclusive ranges, touching days included', () => {
    const r = (startDate: string, endDate: string) => ({ startDate, endDate });
    expect(overlaps(r('2026-03-02', '2026-03-06'), r('2026-03-06', '2026-03-10'))).toBe(true); // shared last day
    expect(overlaps(r('2026-03-02', '2026-03-06'), r('2026-03-07', '2026-03-10'))).toBe(false); // adjacent
    expect(overlaps(r('2026-03-02', '2026-03-10'), r('2026-03-04', '2026-03-05'))).toBe(true); // contains
    expect(overlaps(r('2026-03-04', '2026-03-05'), r('2026-03-02', '2026-03-10'))).toBe(true); // contained
    expect(overlaps(r('2026-03-01', '2026-03-01'), r('2026-02-01', '2026-02-28'))).toBe(false);
    const existing = [{ requestId: 'a', startDate: '2026-03-02', endDate: '2026-03-06' }];
    expect(findOverlap({ requestId: 'a', startDate: '2026-03-02', endDate: '2026-03-06' }, existing)).toBeUndefined(); // itself
    expect(findOverlap({ requestId: 'b', startDate: '2026-03-05', endDate: '2026-03-09' }, existing)?.requestId).toBe('a');
  });

  it('computes balances per type for a year: pending not deducted', () => {
    const types = [
      { typeId: 'vac', yearlyAllowanceDays: 25 },
      { typeId: 'sick', yearlyAllowanceDays: 10 },
    ];
    const approved = [
      { typeId: 'vac', year: 2026, days: 5 },
      { typeId: 'vac', year: 2026, days: 3 },
      { typeId: 'vac', year: 2025, days: 20 },
      { typeId: 'sick', year: 2026, days: 2 },
    ];
    const pending = [{ typeId: 'vac', year: 2026, days: 4 }];
    expect(computeBalances(types, 2026, approved, pending)).toEqual([
      { typeId: 'vac', year: 2026, allowanceDays: 25, approvedDays: 8, pendingDays: 4, remainingDays: 17 },
      { typeId: 'sick', year: 2026, allowanceDays: 10, approvedDays: 2, pendingDays: 0, remainingDays: 8 },
    ]);
    expect(withinAllowance(25, 20, 5)).toBe(true);
    expect(withinAllowance(25, 21, 5)).toBe(false);
  });

  it('validates request dates', () => {
    expect(validateTimeOffRange({ startDate: '2026-03-02', endDate: '2026-03-06' })).toEqual([]);
    expect(validateTimeOffRange({ startDate: '2026-02-30', endDate: '2026-03-06' })[0].field).toEqual(['input', 'startDate']);
    expect(validateTimeOffRange({ startDate: '2026-03-06', endDate: '2026-03-02' })[0].code).toBe('INVALID');
    expect(validateTimeOffRange({ startDate: '2026-12-28', endDate: '2027-01-04' })[0].message).toMatch(/one calendar year/);
    expect(validateTimeOffRange({ startDate: '2026-11-28', endDate: '2026-11-29' })[0].message).toMatch(/no working day/);
    expect([isIsoDate('2026-02-28'), isIsoDate('2026-02-29'), isIsoDate('2026-2-1')]).toEqual([true, false, false]);
  });
});

describe('payroll at the edges', () => {
  const rates = { deductions: [{ name: 'SS', rateBps: 965 }], contributions: [], taxBrackets: [] };
  const march = { start: '2026-03-01', end: '2026-03-31' };

  it('prorates by working days: a full month is exactly annual / 12, a joiner on the 16th 12 of 22 days', () => {
    expect(computeProratedPayslip({ annualMinor: 10_000_005, period: march, holidays: new Set() }, rates).grossMinor).toBe(
      833_334,
    );
    const joiner = computeProratedPayslip(
      { annualMinor: 6_000_000, period: march, startDate: '2026-03-16', holidays: new Set() },
      rates,
    );
    expect([joiner.workedDays, joiner.periodWorkingDays, joiner.grossMinor]).toEqual([12, 22, 272_727]);
  });

  it('pays a leaver up to the last day, with the unused days on the final payslip only', () => {
    const april = { start: '2026-04-01', end: '2026-04-30' };
    const holidays = new Set(['2026-04-03', '2026-04-06']);
    const slip = computeProratedPayslip(
      { annualMinor: 5_200_000, period: april, terminationDate: '2026-04-10', holidays, payout: { days: 3, daysPerYear: 260 } },
      rates,
    );
    expect(slip.final).toBe(true);
    expect(slip.earnings!.map((e) => [e.kind, e.days, e.amountMinor])).toEqual([
      ['SALARY', 6, 130_000],
      ['TIME_OFF_PAYOUT', 3, 60_000],
    ]);
    expect(slip.netMinor).toBe(190_000 - 18_335);
    // A leaver after the period: a full month, no payout yet.
    const before = computeProratedPayslip(
      { annualMinor: 5_200_000, period: march, terminationDate: '2026-04-10', holidays, payout: { days: 3, daysPerYear: 260 } },
      rates,
    );
    expect([before.final, before.earnings!.length, before.grossMinor]).toEqual([false, 1, 433_333]);
  });

  it('taxes progressively, one exact line per bracket reached', () => {
    const table = [
      { fromMinor: 0, rateBps: 0 },
      { fromMinor: 100_000, rateBps: 2000 },
      { fromMinor: 300_000, rateBps: 3500 },
    ];
    expect(bracketTax(50_000, table)).toEqual([]);
    expect(bracketTax(500_000, table).map((l) => [l.baseMinor, l.amountMinor])).toEqual([
      [200_000, 40_000],
      [200_000, 70_000],
    ]);
    // Each slice rounds half up on its own: 100001 - 100000 = 1 at 20 % = 0.2 -> 0; 2 x 25 % = 0.5 -> 1.
    expect(bracketTax(100_001, table).map((l) => l.amountMinor)).toEqual([0]);
    expect(bracketTax(2, [{ fromMinor: 0, rateBps: 2500 }]).map((l) => l.amountMinor)).toEqual([1]);
    expect(checkTaxBrackets([{ fromMinor: 5, rateBps: 10 }], 0)[0].field).toEqual(['input', 'taxBrackets', '0', 'from']);
    expect(checkTaxBrackets([{ fromMinor: 0, rateBps: 6000 }], 5000)[0].field).toEqual(['input', 'taxBrackets']);
    expect(checkTaxBrackets(table, 965)).toEqual([]);
  });

  it("applies tenant-wide holidays and the employee country's only", () => {
    const calendar = [
      { date: '2026-04-03', country: '' },
      { date: '2026-04-06', country: 'DE' },
    ];
    expect([...holidaysFor(calendar, 'DE')]).toEqual(['2026-04-03', '2026-04-06']);
    expect([...holidaysFor(calendar, 'FR')]).toEqual(['2026-04-03']);
    expect([...holidaysFor(calendar, null)]).toEqual(['2026-04-03']);
    expect(workingDays({ startDate: '2026-04-01', endDate: '2026-04-30' }, holidaysFor(calendar, 'DE'))).toBe(20);
    expect(checkCountry('Germany', ['c'])).toHaveLength(1);
    expect(checkCountry('de', ['c'])).toEqual([]);
  });
});

describe('performance rules', () => {
  it('review: NOT_STARTED -> SELF_SUBMITTED -> MANAGER_SUBMITTED -> CALIBRATED -> SHARED, nothing else', () => {
    expectExactly(REVIEW_TRANSITIONS, [
      ['NOT_STARTED', 'SELF_SUBMITTED'],
      ['SELF_SUBMITTED', 'MANAGER_SUBMITTED'],
      ['MANAGER_SUBMITTED', 'CALIBRATED'],
      ['CALIBRATED', 'SHARED'],
    ]);
  });

  it('shows the manager part to the employee only once shared, peer feedback never', () => {
    expect(canSeeManagerPart('SELF', 'CALIBRATED')).toBe(false);
    expect(canSeeManagerPart('SELF', 'SHARED')).toBe(true);
    expect(canSeeManagerPart('MANAGER', 'MANAGER_SUBMITTED')).toBe(true);
    expect(canSeeManagerPart('NONE', 'SHARED')).toBe(false);
    expect(canSeePeerFeedback('SELF')).toBe(false);
    expect(canSeePeerFeedback('HR')).toBe(true);
  });

  it('checks answers against the questions and their scales', () => {
    const questions = [
      { id: 'q1', text: 'a', scaleMin: 1, scaleMax: 5 },
      { id: 'q2', text: 'b', scaleMin: 0, scaleMax: 3 },
    ];
    expect(
      validateAnswers(questions, [
        { questionId: 'q1', rating: 5 },
        { questionId: 'q2', rating: 0 },
      ]),
    ).toEqual([]);
    expect(validateAnswers(questions, [{ questionId: 'q1', rating: 5 }]).map((e) => e.code)).toEqual(['REQUIRED']);
    expect(
      validateAnswers(questions, [
        { questionId: 'q1', rating: 6 },
        { questionId: 'q3', rating: 1 },
      ]).map((e) => e.field),
    ).toEqual([
      ['input', 'answers', '0', 'rating'],
      ['input', 'answers', '1', 'questionId'],
    ]);
    expect(validateQuestions([{ text: 'x', scaleMin: 3, scaleMax: 3 }])).toHaveLength(1);
  });

  it('counts completion per department and the final rating distribution', () => {
    const stats = cycleStatistics(
      [
        { departmentId: 'd1', status: 'SHARED', finalRating: 4 },
        { departmentId: 'd1', status: 'SELF_SUBMITTED' },
        { departmentId: null, status: 'NOT_STARTED' },
      ],
      { scaleMin: 1, scaleMax: 3 + 2 },
    );
    expect(stats.completion).toEqual([
      { departmentId: 'd1', total: 2, selfSubmitted: 2, managerSubmitted: 1, calibrated: 1, shared: 1 },
      { departmentId: null, total: 1, selfSubmitted: 0, managerSubmitted: 0, calibrated: 0, shared: 0 },
    ]);
    expect(stats.distribution.find((d) => d.rating === 4)).toEqual({ rating: 4, count: 1 });
  });
});

describe('review cycles are created all or nothing', () => {
  it('hides a PREPARING cycle and opens it only once', () => {
    expect(isVisibleCycle({ status: 'PREPARING' })).toBe(false);
    expect(isVisibleCycle({ status: 'OPEN' })).toBe(true);
    expect(isVisibleCycle({ status: 'FINALIZED' })).toBe(true);
    expect(isVisibleCycle(null)).toBe(false);
    expect(canTransition(REVIEW_CYCLE_TRANSITIONS, 'PREPARING', 'OPEN')).toBe(true);
    expect(canTransition(REVIEW_CYCLE_TRANSITIONS, 'PREPARING', 'FINALIZED')).toBe(false);
    expect(canTransition(REVIEW_CYCLE_TRANSITIONS, 'OPEN', 'PREPARING')).toBe(false);
  });
});

describe('expense claims reimbursed through payroll', () => {
  const now = Date.parse('2026-04-01T12:00:00Z');
  const takenAgo = (ms: number) => ({ status: 'IN_RUN' as const, takenAt: new Date(now - ms) });

  it('lets a run take a pending claim, or one whose run was cancelled or never came to exist', () => {
    expect(isTakeable({ status: 'PENDING' }, null, now)).toBe(true);
    expect(isTakeable({ status: 'REFUSED' }, null, now)).toBe(false);
    expect(isTakeable(takenAgo(1000), { status: 'DRAFT' }, now)).toBe(false);
    expect(isTakeable(takenAgo(1000), { status: 'POSTED' }, now)).toBe(false);
    expect(isTakeable(takenAgo(1000), { status: 'CANCELLED' }, now)).toBe(true);
    // No run with that id: it may be being inserted right now, so only a while later.
    expect(isTakeable(takenAgo(1000), null, now)).toBe(false);
    expect(isTakeable(takenAgo(STALE_TAKE_MS + 1), null, now)).toBe(true);
  });

  it('reads the status users see from the run', () => {
    expect(claimStatus({ status: 'PENDING' }, null, now)).toBe('PENDING');
    expect(claimStatus(takenAgo(1000), { status: 'APPROVED' }, now)).toBe('IN_RUN');
    expect(claimStatus(takenAgo(1000), { status: 'POSTED' }, now)).toBe('REIMBURSED');
    expect(claimStatus(takenAgo(1000), { status: 'PAID' }, now)).toBe('REIMBURSED');
    expect(claimStatus(takenAgo(1000), { status: 'CANCELLED' }, now)).toBe('PENDING');
    expect(claimStatus(takenAgo(STALE_TAKE_MS + 1), null, now)).toBe('PENDING');
    expect(claimStatus({ status: 'REFUSED' }, null, now)).toBe('REFUSED');
    expect(canTransition(EXPENSE_CLAIM_TRANSITIONS, 'REFUSED', 'IN_RUN')).toBe(false);
  });

  it('adds reimbursements to net, untaxed', () => {
    const slip = computeProratedPayslip(
      {
        annualMinor: 6_000_000,
        period: { start: '2026-03-01', end: '2026-03-31' },
        holidays: new Set(),
        reimbursements: [
          { claimId: 'c1', expenseId: 'e1', number: 'EXP-1', amountMinor: 11_900 },
          { claimId: 'c2', expenseId: 'e2', number: 'EXP-2', amountMinor: 5_000 },
        ],
      },
      { deductions: [{ name: 'Tax', rateBps: 2000 }], contributions: [], taxBrackets: [] },
    );
    expect(slip).toMatchObject({
      grossMinor: 500_000,
      employeeDeductionsMinor: 100_000,
      reimbursementsMinor: 16_900,
      netMinor: 416_900,
    });
  });
});
