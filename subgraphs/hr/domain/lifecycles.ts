/**
 * The hr lifecycles, as plain transition maps (applied with lib/state-machine's applyTransition or
 * the payroll run's own conditional write). Unit-tested transition by transition.
 */
import type { Transitions } from '../../../lib/state-machine';

export type TimeOffStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED';
/** A request is drafted, submitted, then decided by the employee's manager; decisions are final. */
export const TIME_OFF_TRANSITIONS: Transitions<TimeOffStatus> = {
  DRAFT: ['SUBMITTED'],
  SUBMITTED: ['APPROVED', 'REJECTED'],
  APPROVED: [],
  REJECTED: [],
};

export type PayrollRunStatus = 'DRAFT' | 'APPROVED' | 'POSTED' | 'CANCELLED';
/** A run is computed as DRAFT, approved, then posted to the ledger (final); only a DRAFT can be cancelled. */
export const PAYROLL_RUN_TRANSITIONS: Transitions<PayrollRunStatus> = {
  DRAFT: ['APPROVED', 'CANCELLED'],
  APPROVED: ['POSTED'],
  POSTED: [],
  CANCELLED: [],
};

export type EmployeeStatus = 'ACTIVE' | 'ON_LEAVE' | 'TERMINATED';
/** Leave starts and ends; termination is final. */
export const EMPLOYEE_STATUS_TRANSITIONS: Transitions<EmployeeStatus> = {
  ACTIVE: ['ON_LEAVE', 'TERMINATED'],
  ON_LEAVE: ['ACTIVE', 'TERMINATED'],
  TERMINATED: [],
};
