import { canTransition, type Transitions } from '../../lib/state-machine';
import { EMPLOYEE_STATUS_TRANSITIONS } from '../../subgraphs/hr/domain/employee';
import {
  computePayslip,
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

  it('payroll run: DRAFT->APPROVED->POSTED and DRAFT->CANCELLED, nothing else', () => {
    expectExactly(PAYROLL_RUN_TRANSITIONS, [
      ['DRAFT', 'APPROVED'],
      ['DRAFT', 'CANCELLED'],
      ['APPROVED', 'POSTED'],
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
      netMinor: 450_000 + 360_001,
    });
    expect(payrollTotals([])).toEqual({ grossMinor: 0, employeeDeductionsMinor: 0, employerContributionsMinor: 0, netMinor: 0 });
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
