import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { AttachmentDoc } from '../../../lib/attachments';
import { EmployeeDoc, DepartmentDoc, EmployeeConnectionModel, DepartmentConnectionModel, TimeOffTypeDoc, TimeOffRequestDoc, TimeOffTypeConnectionModel, TimeOffRequestConnectionModel, TimeOffBalanceModel, PayrollSettingsDoc, PayrollRunDoc, PayrollRunConnectionModel, PayslipModel, PayslipLineModel, PayslipReimbursementModel, ExpenseClaimDoc, ExpenseClaimConnectionModel, HolidayDoc, UserLinkDoc, GoalDoc, ReviewCycleDoc, ReviewDoc, PeerFeedbackDoc, OneOnOneNoteDoc, DepartmentCompletionModel, TaxBracketModel, TimeOffPayoutPolicyDoc, EarningModel, OrgChartModel, OrgChartNodeModel } from '../models';
import { HrContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO-8601 (2026-01-31). */
  Date: { input: string; output: string; }
  /** An instant in time, ISO-8601, serialized in UTC (2026-01-31T09:00:00.000Z). */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AddHolidayInput = {
  /** ISO 3166-1 alpha-2; omit for every employee of the tenant. */
  country?: InputMaybe<Scalars['String']['input']>;
  date: Scalars['Date']['input'];
  name: Scalars['String']['input'];
};

export type AddOneOnOneNoteInput = {
  body: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  employeeId: Scalars['ID']['input'];
};

/** Archives or restores an employee. */
export type ArchiveEmployeeInput = {
  /** The `version` last read: an employee changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

/** A file attached to a record; the bytes live in the owning subgraph's database (GridFS). */
export type Attachment = {
  __typename?: 'Attachment';
  /** Sniffed from the bytes' magic numbers (an upload whose bytes are not the declared type is refused). */
  contentType: Scalars['String']['output'];
  /** Path on the gateway (GET with your own credentials; the owner's read scope is required). */
  downloadUrl: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Bytes. */
  size: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTime']['output'];
  /** `user:<id>` or `apikey:<id>` of the uploader. */
  uploadedBy: Scalars['String']['output'];
};

/** What a file can be attached to (docs/partners.md#attachments). */
export type AttachmentOwnerType =
  | 'CUSTOMER'
  | 'DEAL'
  | 'EMPLOYEE'
  | 'EXPENSE'
  | 'INVOICE'
  | 'SUPPLIER_BILL'
  | 'TICKET';

export type CalibrateReviewInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  /** On the scale of the cycle's first question. */
  rating: Scalars['Int']['input'];
  reviewId: Scalars['ID']['input'];
};

export type ChangeEmployeeStatusInput = {
  id: Scalars['ID']['input'];
  status: EmployeeStatus;
};

export type ConfigurePayrollInput = {
  contributions: Array<PayrollRateInput>;
  currency: Scalars['String']['input'];
  /** Flat deductions on gross (after the tax brackets). */
  deductions: Array<PayrollRateInput>;
  /** First day the version applies to; omit for a version that applies from the start (the newest of equal dates wins). */
  effectiveFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Progressive income tax brackets on each period's gross, ascending from 0; empty or omitted: none. */
  taxBrackets?: InputMaybe<Array<TaxBracketInput>>;
  /** Omit for no payout of unused time off. */
  timeOffPayout?: InputMaybe<TimeOffPayoutPolicyInput>;
};

export type CreateDepartmentInput = {
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateEmployeeInput = {
  /** Annual base salary. Setting it needs the hr:sensitive scope, like reading it (FORBIDDEN otherwise). */
  compensation?: InputMaybe<MoneyInput>;
  /** Hourly cost rate; needs hr:sensitive, like compensation. */
  costRate?: InputMaybe<MoneyInput>;
  /** ISO 3166-1 alpha-2: which country's holidays apply. */
  country?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  email: Scalars['String']['input'];
  /** Default FULL_TIME. */
  employmentType?: InputMaybe<EmploymentType>;
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  startDate?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Contracted hours per week, more than 0 and at most 80 (default 40). */
  weeklyHours?: InputMaybe<Scalars['Float']['input']>;
};

export type CreateGoalInput = {
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  employeeId: Scalars['ID']['input'];
  measure: Scalars['String']['input'];
  progress?: InputMaybe<Scalars['Float']['input']>;
  target: Scalars['Float']['input'];
  title: Scalars['String']['input'];
  /** Whole percent, 0-100 (default 0). */
  weight?: InputMaybe<Scalars['Int']['input']>;
};

export type CreatePayrollRunInput = {
  /** Calendar month, YYYY-MM. */
  period: Scalars['String']['input'];
};

export type CreateReviewCycleInput = {
  /** Every active member of these departments takes part. */
  departmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** And these employees. */
  employeeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  managerReviewDue: Scalars['Date']['input'];
  name: Scalars['String']['input'];
  periodEnd: Scalars['Date']['input'];
  periodStart: Scalars['Date']['input'];
  questions: Array<ReviewQuestionInput>;
  selfReviewDue: Scalars['Date']['input'];
};

export type CreateTimeOffRequestInput = {
  employeeId: Scalars['ID']['input'];
  endDate: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  startDate: Scalars['Date']['input'];
  typeId: Scalars['ID']['input'];
};

export type CreateTimeOffTypeInput = {
  name: Scalars['String']['input'];
  yearlyAllowanceDays: Scalars['Int']['input'];
};

/**
 * The approver must be the employee's current manager. A signed-in user linked to an employee
 * decides as that employee (`approverId` may be omitted, and if given must be theirs), with hr:read
 * enough; an API key needs hr:write and names the approver in `approverId`. The decision records both the approver and the credential.
 */
export type DecideTimeOffRequestInput = {
  approverId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};

/** A unit of the organisation; departments form a tree. */
export type Department = {
  __typename?: 'Department';
  /** Direct sub-departments. */
  children: Array<Department>;
  /** Members of this department (not of its sub-departments), newest first. */
  employees: EmployeeConnection;
  id: Scalars['ID']['output'];
  manager?: Maybe<Employee>;
  name: Scalars['String']['output'];
  parent?: Maybe<Department>;
};


/** A unit of the organisation; departments form a tree. */
export type DepartmentEmployeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How far one department is through a cycle: reviews that reached each stage. */
export type DepartmentCompletion = {
  __typename?: 'DepartmentCompletion';
  calibrated: Scalars['Int']['output'];
  /** Null for employees without a department. */
  department?: Maybe<Department>;
  managerSubmitted: Scalars['Int']['output'];
  selfSubmitted: Scalars['Int']['output'];
  shared: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type DepartmentConnection = {
  __typename?: 'DepartmentConnection';
  edges: Array<DepartmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DepartmentEdge = {
  __typename?: 'DepartmentEdge';
  cursor: Scalars['String']['output'];
  node: Department;
};

export type DepartmentFilter = {
  /** Direct children of this department. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type DepartmentPayload = {
  __typename?: 'DepartmentPayload';
  department?: Maybe<Department>;
  userErrors: Array<UserError>;
};

/** One part of a payslip's gross. */
export type Earning = {
  __typename?: 'Earning';
  amount: Money;
  /** Working days paid (salary) or unused days paid out. */
  days: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  kind: EarningKind;
};

export type EarningKind =
  /** Base salary, prorated by working days for joiners and leavers. */
  | 'SALARY'
  /** Unused time off paid out with the final pay. */
  | 'TIME_OFF_PAYOUT';

/** A person working for the tenant. Owners of customers, deals and tickets reference it. */
export type Employee = {
  __typename?: 'Employee';
  /** When it was archived (only a terminated employee can be); null while listed. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Files attached to this record, oldest first (at most 100); upload with `createUpload`. */
  attachments: Array<Attachment>;
  /** Annual base salary. Sensitive: needs the hr:sensitive scope; without it the field is a FORBIDDEN error, never the data. */
  compensation?: Maybe<Money>;
  /** Hourly cost of the employee's time, for project costing. Sensitive, like compensation. */
  costRate?: Maybe<Money>;
  /** ISO 3166-1 alpha-2 country: its holidays apply to this employee besides the tenant-wide ones. */
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  department?: Maybe<Department>;
  /** Work email, unique per tenant. */
  email: Scalars['String']['output'];
  employmentType: EmploymentType;
  /** Goals; FORBIDDEN unless the caller is the employee, a manager above them, or HR (hr:sensitive). */
  goals: Array<Goal>;
  id: Scalars['ID']['output'];
  /** The employee this one reports to; they approve this employee's time off. */
  manager?: Maybe<Employee>;
  name: Scalars['String']['output'];
  /** One-on-one notes with the manager: the employee, the manager of each note and HR see them; FORBIDDEN to anybody else. */
  oneOnOneNotes: Array<OneOnOneNote>;
  /** Direct reports (bounded by team size). */
  reports: Array<Employee>;
  /** Reviews, newest first; FORBIDDEN as for goals. What each shows depends on the caller (see Review). */
  reviews: Array<Review>;
  startDate?: Maybe<Scalars['Date']['output']>;
  status: EmployeeStatus;
  /** Last day of employment, set by `terminateEmployee`. */
  terminationDate?: Maybe<Scalars['Date']['output']>;
  /** Why the employment ended. Sensitive (hr:sensitive). */
  terminationReason?: Maybe<Scalars['String']['output']>;
  /** Allowance, approved, pending and remaining days per time-off type for a calendar year. */
  timeOffBalances: Array<TimeOffBalance>;
  title?: Maybe<Scalars['String']['output']>;
  /** The sign-in (identity's User id) linked to this employee, if any. */
  userId?: Maybe<Scalars['ID']['output']>;
  /** Increases with every change: send it as `expectedVersion` to refuse overwriting a newer edit. */
  version: Scalars['Int']['output'];
  /** Contracted working hours per week (40 unless set): the capacity projects are planned against. */
  weeklyHours: Scalars['Float']['output'];
};


/** A person working for the tenant. Owners of customers, deals and tickets reference it. */
export type EmployeeOneOnOneNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** A person working for the tenant. Owners of customers, deals and tickets reference it. */
export type EmployeeReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** A person working for the tenant. Owners of customers, deals and tickets reference it. */
export type EmployeeTimeOffBalancesArgs = {
  year: Scalars['Int']['input'];
};

export type EmployeeConnection = {
  __typename?: 'EmployeeConnection';
  edges: Array<EmployeeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EmployeeEdge = {
  __typename?: 'EmployeeEdge';
  cursor: Scalars['String']['output'];
  node: Employee;
};

export type EmployeeFilter = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  employmentType?: InputMaybe<EmploymentType>;
  managerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<EmployeeStatus>;
};

export type EmployeePayload = {
  __typename?: 'EmployeePayload';
  employee?: Maybe<Employee>;
  userErrors: Array<UserError>;
};

export type EmployeeSort =
  | 'CREATED_DESC'
  | 'NAME_ASC'
  | 'START_DATE_ASC';

/** ACTIVE <-> ON_LEAVE -> TERMINATED. Active and on-leave employees are paid. */
export type EmployeeStatus =
  | 'ACTIVE'
  | 'ON_LEAVE'
  | 'TERMINATED';

export type EmploymentType =
  | 'CONTRACTOR'
  | 'FULL_TIME'
  | 'INTERN'
  | 'PART_TIME';

/**
 * An employee's expense claim approved in finance, reimbursed through payroll: taken by the first
 * payroll run created for a period on or after its expense date, in one run only.
 */
export type ExpenseClaim = {
  __typename?: 'ExpenseClaim';
  /** What is owed to the employee (tax included). */
  amount: Money;
  approvedAt: Scalars['DateTime']['output'];
  category: Scalars['String']['output'];
  employee?: Maybe<Employee>;
  expenseDate: Scalars['Date']['output'];
  /** finance's Expense id. */
  expenseId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** The expense's number in finance (EXP-...). */
  number: Scalars['String']['output'];
  /** The run that reimburses it (IN_RUN, REIMBURSED). */
  payrollRun?: Maybe<PayrollRun>;
  /** Why payroll does not reimburse it (REFUSED). */
  refusalReason?: Maybe<Scalars['String']['output']>;
  status: ExpenseClaimStatus;
};

export type ExpenseClaimConnection = {
  __typename?: 'ExpenseClaimConnection';
  edges: Array<ExpenseClaimEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ExpenseClaimEdge = {
  __typename?: 'ExpenseClaimEdge';
  cursor: Scalars['String']['output'];
  node: ExpenseClaim;
};

export type ExpenseClaimFilter = {
  employeeId?: InputMaybe<Scalars['ID']['input']>;
};

export type ExpenseClaimStatus =
  /** On a payslip of a DRAFT or APPROVED run (cancelling the run gives it back). */
  | 'IN_RUN'
  /** Waiting for the next payroll run of a period on or after its expense date. */
  | 'PENDING'
  /** Not in the payroll currency: payroll does not convert; reimburse it outside payroll. */
  | 'REFUSED'
  /** On a payslip of a POSTED or PAID run; finance marks the expense REIMBURSED. */
  | 'REIMBURSED';

/** An employee's goal: visible to the employee, the managers above them and HR. */
export type Goal = {
  __typename?: 'Goal';
  createdAt: Scalars['DateTime']['output'];
  dueDate?: Maybe<Scalars['Date']['output']>;
  employee: Employee;
  id: Scalars['ID']['output'];
  /** How progress is measured, e.g. 'signed contracts'. */
  measure: Scalars['String']['output'];
  progress: Scalars['Float']['output'];
  status: GoalStatus;
  target: Scalars['Float']['output'];
  title: Scalars['String']['output'];
  /** Whole percent of the employee's goals. */
  weight: Scalars['Int']['output'];
};

export type GoalPayload = {
  __typename?: 'GoalPayload';
  goal?: Maybe<Goal>;
  userErrors: Array<UserError>;
};

export type GoalStatus =
  | 'ACHIEVED'
  | 'ACTIVE'
  | 'CANCELLED'
  | 'MISSED';

/** A day off in the tenant's calendar: not a working day for time off or payroll proration. */
export type Holiday = {
  __typename?: 'Holiday';
  /** ISO 3166-1 alpha-2, or null for every employee of the tenant. */
  country?: Maybe<Scalars['String']['output']>;
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** When it was taken off the calendar (archived); null while it applies. `holidays` lists only those that apply. */
  removedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type HolidayIdInput = {
  id: Scalars['ID']['input'];
};

export type HolidayPayload = {
  __typename?: 'HolidayPayload';
  holiday?: Maybe<Holiday>;
  userErrors: Array<UserError>;
};

export type LinkUserToEmployeeInput = {
  employeeId: Scalars['ID']['input'];
  /** identity's User id. */
  userId: Scalars['ID']['input'];
};

export type MarkPayrollPaidInput = {
  id: Scalars['ID']['input'];
  /** When the net pay went out (default now; not in the future). */
  paidAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** An exact amount of money. Stored as integer minor units; never a float. */
export type Money = {
  __typename?: 'Money';
  /** Decimal string with the currency's minor-unit digits, e.g. "1234.50". */
  amount: Scalars['String']['output'];
  /** ISO-4217 currency code, e.g. EUR. */
  currency: Scalars['String']['output'];
};

/** An amount of money given as input. */
export type MoneyInput = {
  /** Decimal string, e.g. "1234.50"; no more decimals than the currency has. */
  amount: Scalars['String']['input'];
  /** ISO-4217 currency code, e.g. EUR. */
  currency: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a holiday to the tenant's calendar: tenant-wide, or for one country's employees. Each change of the calendar is announced (`hr.holiday.upserted`); operations takes holidays off capacity. */
  addHoliday: HolidayPayload;
  /** A note of a one-on-one, written by the employee or their manager; private to the two and HR. */
  addOneOnOneNote: OneOnOneNotePayload;
  /** DRAFT -> APPROVED. */
  approvePayrollRun: PayrollRunPayload;
  /**
   * SUBMITTED -> APPROVED, by the employee's manager (the calling user's linked employee, or `approverId`). Refused when it overlaps another
   * approved request of the employee or exceeds the year's allowance; race-safe per employee.
   */
  approveTimeOffRequest: TimeOffRequestPayload;
  /** Takes a TERMINATED employee out of `employees` and pickers (emits hr.employee.archived); their payroll, time off and reviews stay, and they still resolve by id. */
  archiveEmployee: EmployeePayload;
  /** HR sets the final rating (MANAGER_SUBMITTED -> CALIBRATED); again while calibrated, it corrects it. */
  calibrateReview: ReviewPayload;
  /** DRAFT -> CANCELLED; frees the period for a new run. */
  cancelPayrollRun: PayrollRunPayload;
  /** Moves an employee along ACTIVE <-> ON_LEAVE -> TERMINATED (termination is final). */
  changeEmployeeStatus: EmployeePayload;
  /**
   * Adds a dated version of the tenant's payroll settings: currency, progressive tax brackets, flat
   * deductions and employer contributions (basis points), the time-off payout policy. A run uses the
   * version in force on its period's first day.
   */
  configurePayroll: PayrollSettingsPayload;
  createDepartment: DepartmentPayload;
  createEmployee: EmployeePayload;
  /** A goal for an employee, set by the employee, a manager above them, or HR. */
  createGoal: GoalPayload;
  /** Computes a DRAFT run for a month: one payslip per active employee with a compensation. One non-cancelled run per period. */
  createPayrollRun: PayrollRunPayload;
  /** Opens a review cycle: one NOT_STARTED review per participant (members of the departments given and the employees listed). */
  createReviewCycle: ReviewCyclePayload;
  /** Drafts a request (DRAFT). Weekdays in startDate..endDate (inclusive, one calendar year) count as days. */
  createTimeOffRequest: TimeOffRequestPayload;
  createTimeOffType: TimeOffTypePayload;
  /** Shares every calibrated review with its employee (SHARED) and closes the cycle; refused while a review is not calibrated. Emits `hr.cycle.finalized`. */
  finalizeReviewCycle: ReviewCyclePayload;
  /**
   * Links a sign-in (identity's User id) to an employee: `myTasks`, time-off approvals and review
   * visibility then act as that employee. One employee per user and one user per employee; a new
   * link replaces the user's previous one. Users created with an employee's work email are linked
   * automatically.
   */
  linkUserToEmployee: UserLinkPayload;
  /** POSTED -> PAID: the net pay went out; emits `hr.payroll.paid` (finance clears the net salaries payable against the bank). */
  markPayrollPaid: PayrollRunPayload;
  /** APPROVED -> POSTED; emits `hr.payroll.posted` with the run's totals (finance books them). */
  postPayrollRun: PayrollRunPayload;
  /** SUBMITTED -> REJECTED, by the employee's manager (as for approval). */
  rejectTimeOffRequest: TimeOffRequestPayload;
  /** Takes a holiday off the calendar: archived (`removedAt`) and announced as `hr.holiday.removed` (runs and requests already computed keep their figures; adding the day again restores it). */
  removeHoliday: HolidayPayload;
  /** Brings an archived employee back to `employees` (emits hr.employee.restored). */
  restoreEmployee: EmployeePayload;
  /** The employee's manager submits their review (SELF_SUBMITTED -> MANAGER_SUBMITTED); locked once submitted. */
  submitManagerReview: ReviewPayload;
  /** A colleague's optional feedback, once each, until calibration; only managers and HR read it. */
  submitPeerFeedback: ReviewPayload;
  /** The employee submits their self-review (NOT_STARTED -> SELF_SUBMITTED); locked once submitted. */
  submitSelfReview: ReviewPayload;
  /** DRAFT -> SUBMITTED. */
  submitTimeOffRequest: TimeOffRequestPayload;
  /**
   * Ends an employment: `date` is the last day worked. The payroll run of that month pays the
   * remaining salary (prorated by working days) and the final pay (unused time off per the payroll
   * policy); later runs leave the employee out. Refused when payroll for that month or later has been
   * run. Again on a terminated employee, it corrects the date or reason under the same rule.
   */
  terminateEmployee: EmployeePayload;
  /** Removes a user's link to an employee. */
  unlinkUser: UserLinkPayload;
  /** Renames, re-parents (never under itself) or sets the manager of a department. */
  updateDepartment: DepartmentPayload;
  /** Changes an employee's manager, department, title, employment type or compensation (compensation needs hr:sensitive too). A manager may not report to their own reports. */
  updateEmployee: EmployeePayload;
  /** Records progress on or corrects a goal, or moves its status (ACTIVE -> ACHIEVED | MISSED | CANCELLED). */
  updateGoal: GoalPayload;
  /** Corrects a holiday's date, name or country. */
  updateHoliday: HolidayPayload;
};


export type MutationAddHolidayArgs = {
  input: AddHolidayInput;
};


export type MutationAddOneOnOneNoteArgs = {
  input: AddOneOnOneNoteInput;
};


export type MutationApprovePayrollRunArgs = {
  input: PayrollRunIdInput;
};


export type MutationApproveTimeOffRequestArgs = {
  input: DecideTimeOffRequestInput;
};


export type MutationArchiveEmployeeArgs = {
  input: ArchiveEmployeeInput;
};


export type MutationCalibrateReviewArgs = {
  input: CalibrateReviewInput;
};


export type MutationCancelPayrollRunArgs = {
  input: PayrollRunIdInput;
};


export type MutationChangeEmployeeStatusArgs = {
  input: ChangeEmployeeStatusInput;
};


export type MutationConfigurePayrollArgs = {
  input: ConfigurePayrollInput;
};


export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
};


export type MutationCreateEmployeeArgs = {
  input: CreateEmployeeInput;
};


export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
};


export type MutationCreatePayrollRunArgs = {
  input: CreatePayrollRunInput;
};


export type MutationCreateReviewCycleArgs = {
  input: CreateReviewCycleInput;
};


export type MutationCreateTimeOffRequestArgs = {
  input: CreateTimeOffRequestInput;
};


export type MutationCreateTimeOffTypeArgs = {
  input: CreateTimeOffTypeInput;
};


export type MutationFinalizeReviewCycleArgs = {
  input: ReviewCycleIdInput;
};


export type MutationLinkUserToEmployeeArgs = {
  input: LinkUserToEmployeeInput;
};


export type MutationMarkPayrollPaidArgs = {
  input: MarkPayrollPaidInput;
};


export type MutationPostPayrollRunArgs = {
  input: PayrollRunIdInput;
};


export type MutationRejectTimeOffRequestArgs = {
  input: DecideTimeOffRequestInput;
};


export type MutationRemoveHolidayArgs = {
  input: HolidayIdInput;
};


export type MutationRestoreEmployeeArgs = {
  input: ArchiveEmployeeInput;
};


export type MutationSubmitManagerReviewArgs = {
  input: SubmitReviewInput;
};


export type MutationSubmitPeerFeedbackArgs = {
  input: SubmitReviewInput;
};


export type MutationSubmitSelfReviewArgs = {
  input: SubmitReviewInput;
};


export type MutationSubmitTimeOffRequestArgs = {
  input: TimeOffRequestIdInput;
};


export type MutationTerminateEmployeeArgs = {
  input: TerminateEmployeeInput;
};


export type MutationUnlinkUserArgs = {
  input: UnlinkUserInput;
};


export type MutationUpdateDepartmentArgs = {
  input: UpdateDepartmentInput;
};


export type MutationUpdateEmployeeArgs = {
  input: UpdateEmployeeInput;
};


export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
};


export type MutationUpdateHolidayArgs = {
  input: UpdateHolidayInput;
};

export type OneOnOneNote = {
  __typename?: 'OneOnOneNote';
  author: Employee;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  employee: Employee;
  id: Scalars['ID']['output'];
  manager: Employee;
};

export type OneOnOneNotePayload = {
  __typename?: 'OneOnOneNotePayload';
  oneOnOneNote?: Maybe<OneOnOneNote>;
  userErrors: Array<UserError>;
};

/** A bounded tree flattened in pre-order (under a department, its sub-departments come before its members); rebuild it with `parentId`. */
export type OrgChart = {
  __typename?: 'OrgChart';
  /** The levels below the root included. */
  maxDepth: Scalars['Int']['output'];
  nodes: Array<OrgChartNode>;
  /** True when something lies below `maxDepth` and was left out. */
  truncated: Scalars['Boolean']['output'];
};


/** A bounded tree flattened in pre-order (under a department, its sub-departments come before its members); rebuild it with `parentId`. */
export type OrgChartNodesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** One node of an org chart: an employee or a department (exactly one is set). */
export type OrgChartNode = {
  __typename?: 'OrgChartNode';
  department?: Maybe<Department>;
  /** 0 for the root. */
  depth: Scalars['Int']['output'];
  employee?: Maybe<Employee>;
  /** The id of the node above (a manager, or the department of a member / the parent department); null for the root. */
  parentId?: Maybe<Scalars['ID']['output']>;
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A payroll deduction or employer contribution rate. */
export type PayrollRate = {
  __typename?: 'PayrollRate';
  name: Scalars['String']['output'];
  /** Basis points of gross: 1 bp = 0.01 %. */
  rateBps: Scalars['Int']['output'];
};

export type PayrollRateInput = {
  name: Scalars['String']['input'];
  /** Whole basis points, 0-10000. */
  rateBps: Scalars['Int']['input'];
};

/**
 * A month's payroll, computed with the settings in force on the period's first day. Salary =
 * annual x workedDays / (12 x periodWorkingDays) rounded half up to the minor unit (exactly annual / 12
 * for a full month); a leaver's final payslip adds unused time off, annual x days / daysPerYear. Gross
 * = the earnings; each tax bracket's line = its slice of gross x rateBps / 10000, each flat rate's =
 * gross x rateBps / 10000, both rounded half up; net = gross - deductions. Totals are the sums of the
 * payslips.
 */
export type PayrollRun = {
  __typename?: 'PayrollRun';
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  employeeDeductions: Money;
  employerContributions: Money;
  gross: Money;
  id: Scalars['ID']['output'];
  net: Money;
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** One per paid employee, embedded in the run: `first` of them from `offset` (the totals cover every payslip). */
  payslips: Array<Payslip>;
  /** Calendar month, YYYY-MM. */
  period: Scalars['String']['output'];
  postedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Expense claims paid back with the run (not taxed; part of net). */
  reimbursements: Money;
  status: PayrollRunStatus;
};


/**
 * A month's payroll, computed with the settings in force on the period's first day. Salary =
 * annual x workedDays / (12 x periodWorkingDays) rounded half up to the minor unit (exactly annual / 12
 * for a full month); a leaver's final payslip adds unused time off, annual x days / daysPerYear. Gross
 * = the earnings; each tax bracket's line = its slice of gross x rateBps / 10000, each flat rate's =
 * gross x rateBps / 10000, both rounded half up; net = gross - deductions. Totals are the sums of the
 * payslips.
 */
export type PayrollRunPayslipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type PayrollRunConnection = {
  __typename?: 'PayrollRunConnection';
  edges: Array<PayrollRunEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PayrollRunEdge = {
  __typename?: 'PayrollRunEdge';
  cursor: Scalars['String']['output'];
  node: PayrollRun;
};

export type PayrollRunFilter = {
  status?: InputMaybe<PayrollRunStatus>;
};

export type PayrollRunIdInput = {
  id: Scalars['ID']['input'];
};

export type PayrollRunPayload = {
  __typename?: 'PayrollRunPayload';
  payrollRun?: Maybe<PayrollRun>;
  userErrors: Array<UserError>;
};

export type PayrollRunSort =
  | 'PERIOD_ASC'
  | 'PERIOD_DESC';

/** DRAFT -> APPROVED -> POSTED -> PAID, or DRAFT -> CANCELLED. */
export type PayrollRunStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'DRAFT'
  /** The net pay went out (`markPayrollPaid`). */
  | 'PAID'
  | 'POSTED';

export type PayrollSettings = {
  __typename?: 'PayrollSettings';
  /** Paid by the employer on top of gross. */
  contributions: Array<PayrollRate>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  /** Withheld from the employee's gross. */
  deductions: Array<PayrollRate>;
  /** The first day this version applies to (a run uses the version in force on its period's first day); null: from the start. */
  effectiveFrom?: Maybe<Scalars['Date']['output']>;
  /** Progressive income tax on each period's gross, one payslip line per bracket reached. */
  taxBrackets: Array<TaxBracket>;
  timeOffPayout?: Maybe<TimeOffPayoutPolicy>;
};

export type PayrollSettingsPayload = {
  __typename?: 'PayrollSettingsPayload';
  payrollSettings?: Maybe<PayrollSettings>;
  userErrors: Array<UserError>;
};

export type Payslip = {
  __typename?: 'Payslip';
  contributions: Array<PayslipLine>;
  deductions: Array<PayslipLine>;
  /** Salary and payout making up gross. */
  earnings: Array<Earning>;
  employee: Employee;
  employeeDeductions: Money;
  employerContributions: Money;
  /** The leaver's final pay. */
  final: Scalars['Boolean']['output'];
  gross: Money;
  /** gross - employee deductions + reimbursed. */
  net: Money;
  /** Working days of the period for this employee (Mon-Fri less their holidays). */
  periodWorkingDays?: Maybe<Scalars['Int']['output']>;
  /** Their sum. */
  reimbursed: Money;
  /** Approved expense claims paid back with this payslip: not taxed, added to net. */
  reimbursements: Array<PayslipReimbursement>;
  /** Of those, the days employed (from the start date, up to the last day). */
  workedDays?: Maybe<Scalars['Int']['output']>;
};

export type PayslipLine = {
  __typename?: 'PayslipLine';
  amount: Money;
  /** What the rate applied to: a tax bracket's slice of gross; null for a flat rate (on gross). */
  base?: Maybe<Money>;
  name: Scalars['String']['output'];
  rateBps: Scalars['Int']['output'];
};

/** One approved expense claim paid back on a payslip. */
export type PayslipReimbursement = {
  __typename?: 'PayslipReimbursement';
  amount: Money;
  /** The claim it pays (hr's replica of the finance expense). */
  claim?: Maybe<ExpenseClaim>;
  /** finance's Expense id (`expense(id:)`). */
  expenseId: Scalars['ID']['output'];
  number: Scalars['String']['output'];
};

export type PeerFeedback = {
  __typename?: 'PeerFeedback';
  answers: Array<ReviewAnswer>;
  peer: Employee;
  submittedAt: Scalars['DateTime']['output'];
};

export type Query = {
  __typename?: 'Query';
  department?: Maybe<Department>;
  departments: DepartmentConnection;
  employee?: Maybe<Employee>;
  /** The tenant's employees, filtered and sorted (newest first by default). */
  employees: EmployeeConnection;
  /** Approved expense claims (replicated from finance) and how payroll reimburses them, newest first. */
  expenseClaims: ExpenseClaimConnection;
  /** The holiday calendar between two dates (inclusive, at most 2 years), tenant-wide and, with `country`, that country's. */
  holidays: Array<Holiday>;
  /** The employee the calling user is linked to (`linkUserToEmployee` or a matching email); null for API keys and unlinked users. */
  myEmployee?: Maybe<Employee>;
  /** Requests of the calling user's direct reports (default: awaiting a decision), oldest first; empty when the caller is not linked. */
  myTeamTimeOffRequests: Array<TimeOffRequest>;
  /**
   * The organisation under an employee (their reports, transitively) or a department (its
   * sub-departments and their members), down to `maxDepth` levels (1-10). Read level by level.
   */
  orgChart?: Maybe<OrgChart>;
  payrollRun?: Maybe<PayrollRun>;
  payrollRuns: PayrollRunConnection;
  /** The tenant's payroll settings in force on `asOf` (default: the newest version); null until configured. */
  payrollSettings?: Maybe<PayrollSettings>;
  /** Every payroll settings version, latest effective date first. */
  payrollSettingsHistory: Array<PayrollSettings>;
  /** One review; FORBIDDEN unless the caller is the employee, a manager above them, or HR (hr:sensitive). */
  review?: Maybe<Review>;
  /** A review cycle with its completion by department (rating distribution needs hr:sensitive). */
  reviewCycle?: Maybe<ReviewCycle>;
  timeOffRequest?: Maybe<TimeOffRequest>;
  timeOffRequests: TimeOffRequestConnection;
  timeOffType?: Maybe<TimeOffType>;
  timeOffTypes: TimeOffTypeConnection;
  /** Which employee a user (identity's User id) is linked to. */
  userLink?: Maybe<UserLink>;
};


export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDepartmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DepartmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEmployeeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmployeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EmployeeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  sort?: InputMaybe<EmployeeSort>;
};


export type QueryExpenseClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpenseClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHolidaysArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryMyTeamTimeOffRequestsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<TimeOffRequestStatus>;
};


export type QueryOrgChartArgs = {
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  rootId: Scalars['ID']['input'];
};


export type QueryPayrollRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPayrollRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PayrollRunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<PayrollRunSort>;
};


export type QueryPayrollSettingsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryPayrollSettingsHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReviewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReviewCycleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTimeOffRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTimeOffRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TimeOffRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<TimeOffRequestSort>;
};


export type QueryTimeOffTypeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTimeOffTypesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserLinkArgs = {
  userId: Scalars['ID']['input'];
};

export type RatingCount = {
  __typename?: 'RatingCount';
  count: Scalars['Int']['output'];
  rating: Scalars['Int']['output'];
};

/**
 * One employee's review in a cycle. Who sees what: the employee, the managers above them and HR see
 * the status and the self-review; the manager's answers and the final rating are shown to the
 * employee only once SHARED (null before); peer feedback only to managers and HR (null otherwise).
 * A peer sees nothing (FORBIDDEN).
 */
export type Review = {
  __typename?: 'Review';
  calibrationNote?: Maybe<Scalars['String']['output']>;
  cycle: ReviewCycle;
  employee: Employee;
  finalRating?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** The manager when the cycle opened, who writes the manager review. */
  manager?: Maybe<Employee>;
  managerAnswers?: Maybe<Array<ReviewAnswer>>;
  managerSubmittedAt?: Maybe<Scalars['DateTime']['output']>;
  peerFeedback?: Maybe<Array<PeerFeedback>>;
  selfAnswers: Array<ReviewAnswer>;
  selfSubmittedAt?: Maybe<Scalars['DateTime']['output']>;
  sharedAt?: Maybe<Scalars['DateTime']['output']>;
  status: ReviewStatus;
};

export type ReviewAnswer = {
  __typename?: 'ReviewAnswer';
  comment?: Maybe<Scalars['String']['output']>;
  questionId: Scalars['ID']['output'];
  rating: Scalars['Int']['output'];
};

export type ReviewAnswerInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  questionId: Scalars['ID']['input'];
  rating: Scalars['Int']['input'];
};

export type ReviewCycle = {
  __typename?: 'ReviewCycle';
  completion: Array<DepartmentCompletion>;
  createdAt: Scalars['DateTime']['output'];
  finalizedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  managerReviewDue: Scalars['Date']['output'];
  name: Scalars['String']['output'];
  participantCount: Scalars['Int']['output'];
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  /** Questions with their rating scales; the first question's scale is the final rating's. */
  questions: Array<ReviewQuestion>;
  /** Final (calibrated) ratings: how many of each value. */
  ratingDistribution: Array<RatingCount>;
  selfReviewDue: Scalars['Date']['output'];
  status: ReviewCycleStatus;
};

export type ReviewCycleIdInput = {
  id: Scalars['ID']['input'];
};

export type ReviewCyclePayload = {
  __typename?: 'ReviewCyclePayload';
  reviewCycle?: Maybe<ReviewCycle>;
  userErrors: Array<UserError>;
};

export type ReviewCycleStatus =
  | 'FINALIZED'
  | 'OPEN'
  /** Its reviews are being created: not shown by any query until every participant's review exists. */
  | 'PREPARING';

export type ReviewPayload = {
  __typename?: 'ReviewPayload';
  review?: Maybe<Review>;
  userErrors: Array<UserError>;
};

export type ReviewQuestion = {
  __typename?: 'ReviewQuestion';
  id: Scalars['ID']['output'];
  scaleMax: Scalars['Int']['output'];
  scaleMin: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type ReviewQuestionInput = {
  scaleMax: Scalars['Int']['input'];
  scaleMin: Scalars['Int']['input'];
  text: Scalars['String']['input'];
};

/** NOT_STARTED -> SELF_SUBMITTED -> MANAGER_SUBMITTED -> CALIBRATED -> SHARED. */
export type ReviewStatus =
  | 'CALIBRATED'
  | 'MANAGER_SUBMITTED'
  | 'NOT_STARTED'
  | 'SELF_SUBMITTED'
  | 'SHARED';

export type SubmitReviewInput = {
  /** One per question of the cycle, each rating on its scale. */
  answers: Array<ReviewAnswerInput>;
  reviewId: Scalars['ID']['input'];
};

/** One slice of a progressive tax table: `rateBps` applies to the part of a period's gross from `from` up to the next bracket. */
export type TaxBracket = {
  __typename?: 'TaxBracket';
  from: Money;
  rateBps: Scalars['Int']['output'];
};

export type TaxBracketInput = {
  /** Where the bracket starts: an amount of a period's gross in the payroll currency; the first is 0. */
  from: MoneyInput;
  /** Whole basis points, 0-10000. */
  rateBps: Scalars['Int']['input'];
};

export type TerminateEmployeeInput = {
  /** The last day worked. */
  date: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type TimeOffBalance = {
  __typename?: 'TimeOffBalance';
  allowanceDays: Scalars['Int']['output'];
  approvedDays: Scalars['Int']['output'];
  /** Submitted, not yet decided; not deducted from `remainingDays`. */
  pendingDays: Scalars['Int']['output'];
  remainingDays: Scalars['Int']['output'];
  type: TimeOffType;
  year: Scalars['Int']['output'];
};

/** Unused time off paid out with a leaver's final pay: day rate = annual salary / daysPerYear, rounded half up. */
export type TimeOffPayoutPolicy = {
  __typename?: 'TimeOffPayoutPolicy';
  daysPerYear: Scalars['Int']['output'];
  types: Array<TimeOffType>;
};

export type TimeOffPayoutPolicyInput = {
  /** Divisor of the day rate (annual salary / daysPerYear), e.g. 260. */
  daysPerYear: Scalars['Int']['input'];
  /** Time-off types whose unused days of the leaving year are paid out. */
  typeIds: Array<Scalars['ID']['input']>;
};

export type TimeOffRequest = {
  __typename?: 'TimeOffRequest';
  createdAt: Scalars['DateTime']['output'];
  /** Working days (Mon-Fri) in the range. */
  days: Scalars['Int']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The manager who approved or rejected it. */
  decidedBy?: Maybe<Employee>;
  employee: Employee;
  /** Last day off (inclusive). */
  endDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** First day off (inclusive). */
  startDate: Scalars['Date']['output'];
  status: TimeOffRequestStatus;
  type: TimeOffType;
};

export type TimeOffRequestConnection = {
  __typename?: 'TimeOffRequestConnection';
  edges: Array<TimeOffRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TimeOffRequestEdge = {
  __typename?: 'TimeOffRequestEdge';
  cursor: Scalars['String']['output'];
  node: TimeOffRequest;
};

export type TimeOffRequestFilter = {
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<TimeOffRequestStatus>;
  typeId?: InputMaybe<Scalars['ID']['input']>;
};

export type TimeOffRequestIdInput = {
  id: Scalars['ID']['input'];
};

export type TimeOffRequestPayload = {
  __typename?: 'TimeOffRequestPayload';
  timeOffRequest?: Maybe<TimeOffRequest>;
  userErrors: Array<UserError>;
};

export type TimeOffRequestSort =
  | 'CREATED_DESC'
  | 'START_DATE_ASC';

/** DRAFT -> SUBMITTED -> APPROVED | REJECTED. */
export type TimeOffRequestStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED';

export type TimeOffType = {
  __typename?: 'TimeOffType';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Working days each employee may take per calendar year. */
  yearlyAllowanceDays: Scalars['Int']['output'];
};

export type TimeOffTypeConnection = {
  __typename?: 'TimeOffTypeConnection';
  edges: Array<TimeOffTypeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TimeOffTypeEdge = {
  __typename?: 'TimeOffTypeEdge';
  cursor: Scalars['String']['output'];
  node: TimeOffType;
};

export type TimeOffTypePayload = {
  __typename?: 'TimeOffTypePayload';
  timeOffType?: Maybe<TimeOffType>;
  userErrors: Array<UserError>;
};

export type UnlinkUserInput = {
  userId: Scalars['ID']['input'];
};

export type UpdateDepartmentInput = {
  id: Scalars['ID']['input'];
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Only the fields given change. */
export type UpdateEmployeeInput = {
  /** Annual base salary. Changing it needs the hr:sensitive scope, like reading it (FORBIDDEN otherwise). */
  compensation?: InputMaybe<MoneyInput>;
  /** Hourly cost rate; needs hr:sensitive, like compensation. */
  costRate?: InputMaybe<MoneyInput>;
  country?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  employmentType?: InputMaybe<EmploymentType>;
  id: Scalars['ID']['input'];
  managerId?: InputMaybe<Scalars['ID']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  weeklyHours?: InputMaybe<Scalars['Float']['input']>;
};

/** Only the fields given change. */
export type UpdateGoalInput = {
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  measure?: InputMaybe<Scalars['String']['input']>;
  progress?: InputMaybe<Scalars['Float']['input']>;
  status?: InputMaybe<GoalStatus>;
  target?: InputMaybe<Scalars['Float']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  weight?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateHolidayInput = {
  country?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

/** An expected failure of a mutation: invalid input or an illegal state transition. Nothing was changed. */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ["input", "lines", "0", "quantity"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type UserErrorCode =
  /** The record changed concurrently; retry. */
  | 'CONFLICT'
  /** Amounts in different currencies were combined. */
  | 'CURRENCY_MISMATCH'
  /** The record's current status does not allow this change. */
  | 'ILLEGAL_TRANSITION'
  /** Not enough allowance left (e.g. time-off days of the year). */
  | 'INSUFFICIENT_BALANCE'
  /** Not enough stock to take out. */
  | 'INSUFFICIENT_STOCK'
  /** The value is malformed or out of range. */
  | 'INVALID'
  /** The credentials were not accepted (never says which part was wrong). */
  | 'INVALID_CREDENTIALS'
  /** A supplier bill does not match its purchase order and receipts (its `match.reasons` say how); held until matched or its variance approved. */
  | 'MATCH_MISMATCH'
  /** A referenced record does not exist for this tenant. */
  | 'NOT_FOUND'
  /** The period overlaps another one that is already taken (e.g. approved time off). */
  | 'OVERLAPPING'
  /** A payment exceeds the amount due. */
  | 'OVERPAYMENT'
  /** The date falls in a closed accounting period (on or before the tenant's lock date); post into the open period, or reopen it. */
  | 'PERIOD_CLOSED'
  /** A required value is missing. */
  | 'REQUIRED'
  /** The value must be unique and is already used. */
  | 'TAKEN'
  /** Too many attempts; wait before trying again. */
  | 'THROTTLED';

/** A sign-in's link to an employee. */
export type UserLink = {
  __typename?: 'UserLink';
  /** Null once unlinked. */
  employee?: Maybe<Employee>;
  linkedBy?: Maybe<UserLinkSource>;
  updatedAt: Scalars['DateTime']['output'];
  userId: Scalars['ID']['output'];
};

export type UserLinkPayload = {
  __typename?: 'UserLinkPayload';
  userErrors: Array<UserError>;
  userLink?: Maybe<UserLink>;
};

/** How a user came to be linked to an employee. */
export type UserLinkSource =
  /** By `linkUserToEmployee`. */
  | 'ADMIN'
  /** The user was created with the employee's work email. */
  | 'EMAIL_MATCH';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Department: Department;
  Employee: Employee;
  Holiday: Holiday;
  PayrollRun: PayrollRun;
  ReviewCycle: ReviewCycle;
  TimeOffRequest: TimeOffRequest;
  TimeOffType: TimeOffType;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Department:
    ( { __typename: 'Department' }
    & GraphQLRecursivePick<FederationTypes['Department'], {"id":true}> );
  Employee:
    ( { __typename: 'Employee' }
    & GraphQLRecursivePick<FederationTypes['Employee'], {"id":true}> );
  Holiday:
    ( { __typename: 'Holiday' }
    & GraphQLRecursivePick<FederationTypes['Holiday'], {"id":true}> );
  PayrollRun:
    ( { __typename: 'PayrollRun' }
    & GraphQLRecursivePick<FederationTypes['PayrollRun'], {"id":true}> );
  ReviewCycle:
    ( { __typename: 'ReviewCycle' }
    & GraphQLRecursivePick<FederationTypes['ReviewCycle'], {"id":true}> );
  TimeOffRequest:
    ( { __typename: 'TimeOffRequest' }
    & GraphQLRecursivePick<FederationTypes['TimeOffRequest'], {"id":true}> );
  TimeOffType:
    ( { __typename: 'TimeOffType' }
    & GraphQLRecursivePick<FederationTypes['TimeOffType'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddHolidayInput: AddHolidayInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddOneOnOneNoteInput: AddOneOnOneNoteInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ArchiveEmployeeInput: ArchiveEmployeeInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Attachment: ResolverTypeWrapper<AttachmentDoc>;
  AttachmentOwnerType: AttachmentOwnerType;
  CalibrateReviewInput: CalibrateReviewInput;
  ChangeEmployeeStatusInput: ChangeEmployeeStatusInput;
  ConfigurePayrollInput: ConfigurePayrollInput;
  CreateDepartmentInput: CreateDepartmentInput;
  CreateEmployeeInput: CreateEmployeeInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreateGoalInput: CreateGoalInput;
  CreatePayrollRunInput: CreatePayrollRunInput;
  CreateReviewCycleInput: CreateReviewCycleInput;
  CreateTimeOffRequestInput: CreateTimeOffRequestInput;
  CreateTimeOffTypeInput: CreateTimeOffTypeInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideTimeOffRequestInput: DecideTimeOffRequestInput;
  Department: ResolverTypeWrapper<DepartmentDoc>;
  DepartmentCompletion: ResolverTypeWrapper<DepartmentCompletionModel>;
  DepartmentConnection: ResolverTypeWrapper<DepartmentConnectionModel>;
  DepartmentEdge: ResolverTypeWrapper<Omit<DepartmentEdge, 'node'> & { node: ResolversTypes['Department'] }>;
  DepartmentFilter: DepartmentFilter;
  DepartmentPayload: ResolverTypeWrapper<Omit<DepartmentPayload, 'department'> & { department?: Maybe<ResolversTypes['Department']> }>;
  Earning: ResolverTypeWrapper<EarningModel>;
  EarningKind: EarningKind;
  Employee: ResolverTypeWrapper<EmployeeDoc>;
  EmployeeConnection: ResolverTypeWrapper<EmployeeConnectionModel>;
  EmployeeEdge: ResolverTypeWrapper<Omit<EmployeeEdge, 'node'> & { node: ResolversTypes['Employee'] }>;
  EmployeeFilter: EmployeeFilter;
  EmployeePayload: ResolverTypeWrapper<Omit<EmployeePayload, 'employee'> & { employee?: Maybe<ResolversTypes['Employee']> }>;
  EmployeeSort: EmployeeSort;
  EmployeeStatus: EmployeeStatus;
  EmploymentType: EmploymentType;
  ExpenseClaim: ResolverTypeWrapper<ExpenseClaimDoc>;
  ExpenseClaimConnection: ResolverTypeWrapper<ExpenseClaimConnectionModel>;
  ExpenseClaimEdge: ResolverTypeWrapper<Omit<ExpenseClaimEdge, 'node'> & { node: ResolversTypes['ExpenseClaim'] }>;
  ExpenseClaimFilter: ExpenseClaimFilter;
  ExpenseClaimStatus: ExpenseClaimStatus;
  Goal: ResolverTypeWrapper<GoalDoc>;
  GoalPayload: ResolverTypeWrapper<Omit<GoalPayload, 'goal'> & { goal?: Maybe<ResolversTypes['Goal']> }>;
  GoalStatus: GoalStatus;
  Holiday: ResolverTypeWrapper<HolidayDoc>;
  HolidayIdInput: HolidayIdInput;
  HolidayPayload: ResolverTypeWrapper<Omit<HolidayPayload, 'holiday'> & { holiday?: Maybe<ResolversTypes['Holiday']> }>;
  LinkUserToEmployeeInput: LinkUserToEmployeeInput;
  MarkPayrollPaidInput: MarkPayrollPaidInput;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OneOnOneNote: ResolverTypeWrapper<OneOnOneNoteDoc>;
  OneOnOneNotePayload: ResolverTypeWrapper<Omit<OneOnOneNotePayload, 'oneOnOneNote'> & { oneOnOneNote?: Maybe<ResolversTypes['OneOnOneNote']> }>;
  OrgChart: ResolverTypeWrapper<OrgChartModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  OrgChartNode: ResolverTypeWrapper<OrgChartNodeModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PayrollRate: ResolverTypeWrapper<PayrollRate>;
  PayrollRateInput: PayrollRateInput;
  PayrollRun: ResolverTypeWrapper<PayrollRunDoc>;
  PayrollRunConnection: ResolverTypeWrapper<PayrollRunConnectionModel>;
  PayrollRunEdge: ResolverTypeWrapper<Omit<PayrollRunEdge, 'node'> & { node: ResolversTypes['PayrollRun'] }>;
  PayrollRunFilter: PayrollRunFilter;
  PayrollRunIdInput: PayrollRunIdInput;
  PayrollRunPayload: ResolverTypeWrapper<Omit<PayrollRunPayload, 'payrollRun'> & { payrollRun?: Maybe<ResolversTypes['PayrollRun']> }>;
  PayrollRunSort: PayrollRunSort;
  PayrollRunStatus: PayrollRunStatus;
  PayrollSettings: ResolverTypeWrapper<PayrollSettingsDoc>;
  PayrollSettingsPayload: ResolverTypeWrapper<Omit<PayrollSettingsPayload, 'payrollSettings'> & { payrollSettings?: Maybe<ResolversTypes['PayrollSettings']> }>;
  Payslip: ResolverTypeWrapper<PayslipModel>;
  PayslipLine: ResolverTypeWrapper<PayslipLineModel>;
  PayslipReimbursement: ResolverTypeWrapper<PayslipReimbursementModel>;
  PeerFeedback: ResolverTypeWrapper<PeerFeedbackDoc>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RatingCount: ResolverTypeWrapper<RatingCount>;
  Review: ResolverTypeWrapper<ReviewDoc>;
  ReviewAnswer: ResolverTypeWrapper<ReviewAnswer>;
  ReviewAnswerInput: ReviewAnswerInput;
  ReviewCycle: ResolverTypeWrapper<ReviewCycleDoc>;
  ReviewCycleIdInput: ReviewCycleIdInput;
  ReviewCyclePayload: ResolverTypeWrapper<Omit<ReviewCyclePayload, 'reviewCycle'> & { reviewCycle?: Maybe<ResolversTypes['ReviewCycle']> }>;
  ReviewCycleStatus: ReviewCycleStatus;
  ReviewPayload: ResolverTypeWrapper<Omit<ReviewPayload, 'review'> & { review?: Maybe<ResolversTypes['Review']> }>;
  ReviewQuestion: ResolverTypeWrapper<ReviewQuestion>;
  ReviewQuestionInput: ReviewQuestionInput;
  ReviewStatus: ReviewStatus;
  SubmitReviewInput: SubmitReviewInput;
  TaxBracket: ResolverTypeWrapper<TaxBracketModel>;
  TaxBracketInput: TaxBracketInput;
  TerminateEmployeeInput: TerminateEmployeeInput;
  TimeOffBalance: ResolverTypeWrapper<TimeOffBalanceModel>;
  TimeOffPayoutPolicy: ResolverTypeWrapper<TimeOffPayoutPolicyDoc>;
  TimeOffPayoutPolicyInput: TimeOffPayoutPolicyInput;
  TimeOffRequest: ResolverTypeWrapper<TimeOffRequestDoc>;
  TimeOffRequestConnection: ResolverTypeWrapper<TimeOffRequestConnectionModel>;
  TimeOffRequestEdge: ResolverTypeWrapper<Omit<TimeOffRequestEdge, 'node'> & { node: ResolversTypes['TimeOffRequest'] }>;
  TimeOffRequestFilter: TimeOffRequestFilter;
  TimeOffRequestIdInput: TimeOffRequestIdInput;
  TimeOffRequestPayload: ResolverTypeWrapper<Omit<TimeOffRequestPayload, 'timeOffRequest'> & { timeOffRequest?: Maybe<ResolversTypes['TimeOffRequest']> }>;
  TimeOffRequestSort: TimeOffRequestSort;
  TimeOffRequestStatus: TimeOffRequestStatus;
  TimeOffType: ResolverTypeWrapper<TimeOffTypeDoc>;
  TimeOffTypeConnection: ResolverTypeWrapper<TimeOffTypeConnectionModel>;
  TimeOffTypeEdge: ResolverTypeWrapper<Omit<TimeOffTypeEdge, 'node'> & { node: ResolversTypes['TimeOffType'] }>;
  TimeOffTypePayload: ResolverTypeWrapper<Omit<TimeOffTypePayload, 'timeOffType'> & { timeOffType?: Maybe<ResolversTypes['TimeOffType']> }>;
  UnlinkUserInput: UnlinkUserInput;
  UpdateDepartmentInput: UpdateDepartmentInput;
  UpdateEmployeeInput: UpdateEmployeeInput;
  UpdateGoalInput: UpdateGoalInput;
  UpdateHolidayInput: UpdateHolidayInput;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  UserLink: ResolverTypeWrapper<UserLinkDoc>;
  UserLinkPayload: ResolverTypeWrapper<Omit<UserLinkPayload, 'userLink'> & { userLink?: Maybe<ResolversTypes['UserLink']> }>;
  UserLinkSource: UserLinkSource;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddHolidayInput: AddHolidayInput;
  String: Scalars['String']['output'];
  AddOneOnOneNoteInput: AddOneOnOneNoteInput;
  ID: Scalars['ID']['output'];
  ArchiveEmployeeInput: ArchiveEmployeeInput;
  Int: Scalars['Int']['output'];
  Attachment: AttachmentDoc;
  CalibrateReviewInput: CalibrateReviewInput;
  ChangeEmployeeStatusInput: ChangeEmployeeStatusInput;
  ConfigurePayrollInput: ConfigurePayrollInput;
  CreateDepartmentInput: CreateDepartmentInput;
  CreateEmployeeInput: CreateEmployeeInput;
  Float: Scalars['Float']['output'];
  CreateGoalInput: CreateGoalInput;
  CreatePayrollRunInput: CreatePayrollRunInput;
  CreateReviewCycleInput: CreateReviewCycleInput;
  CreateTimeOffRequestInput: CreateTimeOffRequestInput;
  CreateTimeOffTypeInput: CreateTimeOffTypeInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecideTimeOffRequestInput: DecideTimeOffRequestInput;
  Department: DepartmentDoc;
  DepartmentCompletion: DepartmentCompletionModel;
  DepartmentConnection: DepartmentConnectionModel;
  DepartmentEdge: Omit<DepartmentEdge, 'node'> & { node: ResolversParentTypes['Department'] };
  DepartmentFilter: DepartmentFilter;
  DepartmentPayload: Omit<DepartmentPayload, 'department'> & { department?: Maybe<ResolversParentTypes['Department']> };
  Earning: EarningModel;
  Employee: EmployeeDoc;
  EmployeeConnection: EmployeeConnectionModel;
  EmployeeEdge: Omit<EmployeeEdge, 'node'> & { node: ResolversParentTypes['Employee'] };
  EmployeeFilter: EmployeeFilter;
  EmployeePayload: Omit<EmployeePayload, 'employee'> & { employee?: Maybe<ResolversParentTypes['Employee']> };
  ExpenseClaim: ExpenseClaimDoc;
  ExpenseClaimConnection: ExpenseClaimConnectionModel;
  ExpenseClaimEdge: Omit<ExpenseClaimEdge, 'node'> & { node: ResolversParentTypes['ExpenseClaim'] };
  ExpenseClaimFilter: ExpenseClaimFilter;
  Goal: GoalDoc;
  GoalPayload: Omit<GoalPayload, 'goal'> & { goal?: Maybe<ResolversParentTypes['Goal']> };
  Holiday: HolidayDoc;
  HolidayIdInput: HolidayIdInput;
  HolidayPayload: Omit<HolidayPayload, 'holiday'> & { holiday?: Maybe<ResolversParentTypes['Holiday']> };
  LinkUserToEmployeeInput: LinkUserToEmployeeInput;
  MarkPayrollPaidInput: MarkPayrollPaidInput;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  OneOnOneNote: OneOnOneNoteDoc;
  OneOnOneNotePayload: Omit<OneOnOneNotePayload, 'oneOnOneNote'> & { oneOnOneNote?: Maybe<ResolversParentTypes['OneOnOneNote']> };
  OrgChart: OrgChartModel;
  Boolean: Scalars['Boolean']['output'];
  OrgChartNode: OrgChartNodeModel;
  PageInfo: PageInfo;
  PayrollRate: PayrollRate;
  PayrollRateInput: PayrollRateInput;
  PayrollRun: PayrollRunDoc;
  PayrollRunConnection: PayrollRunConnectionModel;
  PayrollRunEdge: Omit<PayrollRunEdge, 'node'> & { node: ResolversParentTypes['PayrollRun'] };
  PayrollRunFilter: PayrollRunFilter;
  PayrollRunIdInput: PayrollRunIdInput;
  PayrollRunPayload: Omit<PayrollRunPayload, 'payrollRun'> & { payrollRun?: Maybe<ResolversParentTypes['PayrollRun']> };
  PayrollSettings: PayrollSettingsDoc;
  PayrollSettingsPayload: Omit<PayrollSettingsPayload, 'payrollSettings'> & { payrollSettings?: Maybe<ResolversParentTypes['PayrollSettings']> };
  Payslip: PayslipModel;
  PayslipLine: PayslipLineModel;
  PayslipReimbursement: PayslipReimbursementModel;
  PeerFeedback: PeerFeedbackDoc;
  Query: Record<PropertyKey, never>;
  RatingCount: RatingCount;
  Review: ReviewDoc;
  ReviewAnswer: ReviewAnswer;
  ReviewAnswerInput: ReviewAnswerInput;
  ReviewCycle: ReviewCycleDoc;
  ReviewCycleIdInput: ReviewCycleIdInput;
  ReviewCyclePayload: Omit<ReviewCyclePayload, 'reviewCycle'> & { reviewCycle?: Maybe<ResolversParentTypes['ReviewCycle']> };
  ReviewPayload: Omit<ReviewPayload, 'review'> & { review?: Maybe<ResolversParentTypes['Review']> };
  ReviewQuestion: ReviewQuestion;
  ReviewQuestionInput: ReviewQuestionInput;
  SubmitReviewInput: SubmitReviewInput;
  TaxBracket: TaxBracketModel;
  TaxBracketInput: TaxBracketInput;
  TerminateEmployeeInput: TerminateEmployeeInput;
  TimeOffBalance: TimeOffBalanceModel;
  TimeOffPayoutPolicy: TimeOffPayoutPolicyDoc;
  TimeOffPayoutPolicyInput: TimeOffPayoutPolicyInput;
  TimeOffRequest: TimeOffRequestDoc;
  TimeOffRequestConnection: TimeOffRequestConnectionModel;
  TimeOffRequestEdge: Omit<TimeOffRequestEdge, 'node'> & { node: ResolversParentTypes['TimeOffRequest'] };
  TimeOffRequestFilter: TimeOffRequestFilter;
  TimeOffRequestIdInput: TimeOffRequestIdInput;
  TimeOffRequestPayload: Omit<TimeOffRequestPayload, 'timeOffRequest'> & { timeOffRequest?: Maybe<ResolversParentTypes['TimeOffRequest']> };
  TimeOffType: TimeOffTypeDoc;
  TimeOffTypeConnection: TimeOffTypeConnectionModel;
  TimeOffTypeEdge: Omit<TimeOffTypeEdge, 'node'> & { node: ResolversParentTypes['TimeOffType'] };
  TimeOffTypePayload: Omit<TimeOffTypePayload, 'timeOffType'> & { timeOffType?: Maybe<ResolversParentTypes['TimeOffType']> };
  UnlinkUserInput: UnlinkUserInput;
  UpdateDepartmentInput: UpdateDepartmentInput;
  UpdateEmployeeInput: UpdateEmployeeInput;
  UpdateGoalInput: UpdateGoalInput;
  UpdateHolidayInput: UpdateHolidayInput;
  UserError: UserError;
  UserLink: UserLinkDoc;
  UserLinkPayload: Omit<UserLinkPayload, 'userLink'> & { userLink?: Maybe<ResolversParentTypes['UserLink']> };
}>;

export type AttachmentResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = ResolversObject<{
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uploadedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DepartmentResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department'], FederationReferenceType extends FederationReferenceTypes['Department'] = FederationReferenceTypes['Department']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Department']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  employees?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, RequireFields<DepartmentEmployeesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
}>;

export type DepartmentCompletionResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['DepartmentCompletion'] = ResolversParentTypes['DepartmentCompletion']> = ResolversObject<{
  calibrated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  managerSubmitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  selfSubmitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shared?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DepartmentConnectionResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['DepartmentConnection'] = ResolversParentTypes['DepartmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DepartmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DepartmentEdgeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['DepartmentEdge'] = ResolversParentTypes['DepartmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
}>;

export type DepartmentPayloadResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['DepartmentPayload'] = ResolversParentTypes['DepartmentPayload']> = ResolversObject<{
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type EarningResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Earning'] = ResolversParentTypes['Earning']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EarningKind'], ParentType, ContextType>;
}>;

export type EmployeeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee'], FederationReferenceType extends FederationReferenceTypes['Employee'] = FederationReferenceTypes['Employee']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Employee']> | FederationReferenceType, FederationReferenceType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  compensation?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  costRate?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employmentType?: Resolver<ResolversTypes['EmploymentType'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  oneOnOneNotes?: Resolver<Array<ResolversTypes['OneOnOneNote']>, ParentType, ContextType, RequireFields<EmployeeOneOnOneNotesArgs, 'first' | 'offset'>>;
  reports?: Resolver<Array<ResolversTypes['Employee']>, ParentType, ContextType>;
  reviews?: Resolver<Array<ResolversTypes['Review']>, ParentType, ContextType, RequireFields<EmployeeReviewsArgs, 'first' | 'offset'>>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EmployeeStatus'], ParentType, ContextType>;
  terminationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  terminationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeOffBalances?: Resolver<Array<ResolversTypes['TimeOffBalance']>, ParentType, ContextType, RequireFields<EmployeeTimeOffBalancesArgs, 'year'>>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weeklyHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type EmployeeConnectionResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['EmployeeConnection'] = ResolversParentTypes['EmployeeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EmployeeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EmployeeEdgeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['EmployeeEdge'] = ResolversParentTypes['EmployeeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
}>;

export type EmployeePayloadResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['EmployeePayload'] = ResolversParentTypes['EmployeePayload']> = ResolversObject<{
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ExpenseClaimResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['ExpenseClaim'] = ResolversParentTypes['ExpenseClaim']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  approvedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  expenseDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  expenseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payrollRun?: Resolver<Maybe<ResolversTypes['PayrollRun']>, ParentType, ContextType>;
  refusalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExpenseClaimStatus'], ParentType, ContextType>;
}>;

export type ExpenseClaimConnectionResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['ExpenseClaimConnection'] = ResolversParentTypes['ExpenseClaimConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExpenseClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExpenseClaimEdgeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['ExpenseClaimEdge'] = ResolversParentTypes['ExpenseClaimEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ExpenseClaim'], ParentType, ContextType>;
}>;

export type GoalResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GoalStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GoalPayloadResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['GoalPayload'] = ResolversParentTypes['GoalPayload']> = ResolversObject<{
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type HolidayResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Holiday'] = ResolversParentTypes['Holiday'], FederationReferenceType extends FederationReferenceTypes['Holiday'] = FederationReferenceTypes['Holiday']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Holiday']> | FederationReferenceType, FederationReferenceType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type HolidayPayloadResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['HolidayPayload'] = ResolversParentTypes['HolidayPayload']> = ResolversObject<{
  holiday?: Resolver<Maybe<ResolversTypes['Holiday']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addHoliday?: Resolver<ResolversTypes['HolidayPayload'], ParentType, ContextType, RequireFields<MutationAddHolidayArgs, 'input'>>;
  addOneOnOneNote?: Resolver<ResolversTypes['OneOnOneNotePayload'], ParentType, ContextType, RequireFields<MutationAddOneOnOneNoteArgs, 'input'>>;
  approvePayrollRun?: Resolver<ResolversTypes['PayrollRunPayload'], ParentType, ContextType, RequireFields<MutationApprovePayrollRunArgs, 'input'>>;
  approveTimeOffRequest?: Resolver<ResolversTypes['TimeOffRequestPayload'], ParentType, ContextType, RequireFields<MutationApproveTimeOffRequestArgs, 'input'>>;
  archiveEmployee?: Resolver<ResolversTypes['EmployeePayload'], ParentType, ContextType, RequireFields<MutationArchiveEmployeeArgs, 'input'>>;
  calibrateReview?: Resolver<ResolversTypes['ReviewPayload'], ParentType, ContextType, RequireFields<MutationCalibrateReviewArgs, 'input'>>;
  cancelPayrollRun?: Resolver<ResolversTypes['PayrollRunPayload'], ParentType, ContextType, RequireFields<MutationCancelPayrollRunArgs, 'input'>>;
  changeEmployeeStatus?: Resolver<ResolversTypes['EmployeePayload'], ParentType, ContextType, RequireFields<MutationChangeEmployeeStatusArgs, 'input'>>;
  configurePayroll?: Resolver<ResolversTypes['PayrollSettingsPayload'], ParentType, ContextType, RequireFields<MutationConfigurePayrollArgs, 'input'>>;
  createDepartment?: Resolver<ResolversTypes['DepartmentPayload'], ParentType, ContextType, RequireFields<MutationCreateDepartmentArgs, 'input'>>;
  createEmployee?: Resolver<ResolversTypes['EmployeePayload'], ParentType, ContextType, RequireFields<MutationCreateEmployeeArgs, 'input'>>;
  createGoal?: Resolver<ResolversTypes['GoalPayload'], ParentType, ContextType, RequireFields<MutationCreateGoalArgs, 'input'>>;
  createPayrollRun?: Resolver<ResolversTypes['PayrollRunPayload'], ParentType, ContextType, RequireFields<MutationCreatePayrollRunArgs, 'input'>>;
  createReviewCycle?: Resolver<ResolversTypes['ReviewCyclePayload'], ParentType, ContextType, RequireFields<MutationCreateReviewCycleArgs, 'input'>>;
  createTimeOffRequest?: Resolver<ResolversTypes['TimeOffRequestPayload'], ParentType, ContextType, RequireFields<MutationCreateTimeOffRequestArgs, 'input'>>;
  createTimeOffType?: Resolver<ResolversTypes['TimeOffTypePayload'], ParentType, ContextType, RequireFields<MutationCreateTimeOffTypeArgs, 'input'>>;
  finalizeReviewCycle?: Resolver<ResolversTypes['ReviewCyclePayload'], ParentType, ContextType, RequireFields<MutationFinalizeReviewCycleArgs, 'input'>>;
  linkUserToEmployee?: Resolver<ResolversTypes['UserLinkPayload'], ParentType, ContextType, RequireFields<MutationLinkUserToEmployeeArgs, 'input'>>;
  markPayrollPaid?: Resolver<ResolversTypes['PayrollRunPayload'], ParentType, ContextType, RequireFields<MutationMarkPayrollPaidArgs, 'input'>>;
  postPayrollRun?: Resolver<ResolversTypes['PayrollRunPayload'], ParentType, ContextType, RequireFields<MutationPostPayrollRunArgs, 'input'>>;
  rejectTimeOffRequest?: Resolver<ResolversTypes['TimeOffRequestPayload'], ParentType, ContextType, RequireFields<MutationRejectTimeOffRequestArgs, 'input'>>;
  removeHoliday?: Resolver<ResolversTypes['HolidayPayload'], ParentType, ContextType, RequireFields<MutationRemoveHolidayArgs, 'input'>>;
  restoreEmployee?: Resolver<ResolversTypes['EmployeePayload'], ParentType, ContextType, RequireFields<MutationRestoreEmployeeArgs, 'input'>>;
  submitManagerReview?: Resolver<ResolversTypes['ReviewPayload'], ParentType, ContextType, RequireFields<MutationSubmitManagerReviewArgs, 'input'>>;
  submitPeerFeedback?: Resolver<ResolversTypes['ReviewPayload'], ParentType, ContextType, RequireFields<MutationSubmitPeerFeedbackArgs, 'input'>>;
  submitSelfReview?: Resolver<ResolversTypes['ReviewPayload'], ParentType, ContextType, RequireFields<MutationSubmitSelfReviewArgs, 'input'>>;
  submitTimeOffRequest?: Resolver<ResolversTypes['TimeOffRequestPayload'], ParentType, ContextType, RequireFields<MutationSubmitTimeOffRequestArgs, 'input'>>;
  terminateEmployee?: Resolver<ResolversTypes['EmployeePayload'], ParentType, ContextType, RequireFields<MutationTerminateEmployeeArgs, 'input'>>;
  unlinkUser?: Resolver<ResolversTypes['UserLinkPayload'], ParentType, ContextType, RequireFields<MutationUnlinkUserArgs, 'input'>>;
  updateDepartment?: Resolver<ResolversTypes['DepartmentPayload'], ParentType, ContextType, RequireFields<MutationUpdateDepartmentArgs, 'input'>>;
  updateEmployee?: Resolver<ResolversTypes['EmployeePayload'], ParentType, ContextType, RequireFields<MutationUpdateEmployeeArgs, 'input'>>;
  updateGoal?: Resolver<ResolversTypes['GoalPayload'], ParentType, ContextType, RequireFields<MutationUpdateGoalArgs, 'input'>>;
  updateHoliday?: Resolver<ResolversTypes['HolidayPayload'], ParentType, ContextType, RequireFields<MutationUpdateHolidayArgs, 'input'>>;
}>;

export type OneOnOneNoteResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['OneOnOneNote'] = ResolversParentTypes['OneOnOneNote']> = ResolversObject<{
  author?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  manager?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
}>;

export type OneOnOneNotePayloadResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['OneOnOneNotePayload'] = ResolversParentTypes['OneOnOneNotePayload']> = ResolversObject<{
  oneOnOneNote?: Resolver<Maybe<ResolversTypes['OneOnOneNote']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type OrgChartResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['OrgChart'] = ResolversParentTypes['OrgChart']> = ResolversObject<{
  maxDepth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OrgChartNode']>, ParentType, ContextType, RequireFields<OrgChartNodesArgs, 'first' | 'offset'>>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type OrgChartNodeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['OrgChartNode'] = ResolversParentTypes['OrgChartNode']> = ResolversObject<{
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PayrollRateResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['PayrollRate'] = ResolversParentTypes['PayrollRate']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PayrollRunResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['PayrollRun'] = ResolversParentTypes['PayrollRun'], FederationReferenceType extends FederationReferenceTypes['PayrollRun'] = FederationReferenceTypes['PayrollRun']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PayrollRun']> | FederationReferenceType, FederationReferenceType, ContextType>;
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employeeDeductions?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  employerContributions?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payslips?: Resolver<Array<ResolversTypes['Payslip']>, ParentType, ContextType, RequireFields<PayrollRunPayslipsArgs, 'first' | 'offset'>>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reimbursements?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PayrollRunStatus'], ParentType, ContextType>;
}>;

export type PayrollRunConnectionResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['PayrollRunConnection'] = ResolversParentTypes['PayrollRunConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PayrollRunEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PayrollRunEdgeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['PayrollRunEdge'] = ResolversParentTypes['PayrollRunEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PayrollRun'], ParentType, ContextType>;
}>;

export type PayrollRunPayloadResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['PayrollRunPayload'] = ResolversParentTypes['PayrollRunPayload']> = ResolversObject<{
  payrollRun?: Resolver<Maybe<ResolversTypes['PayrollRun']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type PayrollSettingsResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['PayrollSettings'] = ResolversParentTypes['PayrollSettings']> = ResolversObject<{
  contributions?: Resolver<Array<ResolversTypes['PayrollRate']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deductions?: Resolver<Array<ResolversTypes['PayrollRate']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  taxBrackets?: Resolver<Array<ResolversTypes['TaxBracket']>, ParentType, ContextType>;
  timeOffPayout?: Resolver<Maybe<ResolversTypes['TimeOffPayoutPolicy']>, ParentType, ContextType>;
}>;

export type PayrollSettingsPayloadResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['PayrollSettingsPayload'] = ResolversParentTypes['PayrollSettingsPayload']> = ResolversObject<{
  payrollSettings?: Resolver<Maybe<ResolversTypes['PayrollSettings']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type PayslipResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Payslip'] = ResolversParentTypes['Payslip']> = ResolversObject<{
  contributions?: Resolver<Array<ResolversTypes['PayslipLine']>, ParentType, ContextType>;
  deductions?: Resolver<Array<ResolversTypes['PayslipLine']>, ParentType, ContextType>;
  earnings?: Resolver<Array<ResolversTypes['Earning']>, ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  employeeDeductions?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  employerContributions?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  final?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  periodWorkingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reimbursed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  reimbursements?: Resolver<Array<ResolversTypes['PayslipReimbursement']>, ParentType, ContextType>;
  workedDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type PayslipLineResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['PayslipLine'] = ResolversParentTypes['PayslipLine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  base?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PayslipReimbursementResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['PayslipReimbursement'] = ResolversParentTypes['PayslipReimbursement']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['ExpenseClaim']>, ParentType, ContextType>;
  expenseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PeerFeedbackResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['PeerFeedback'] = ResolversParentTypes['PeerFeedback']> = ResolversObject<{
  answers?: Resolver<Array<ResolversTypes['ReviewAnswer']>, ParentType, ContextType>;
  peer?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType, RequireFields<QueryDepartmentArgs, 'id'>>;
  departments?: Resolver<ResolversTypes['DepartmentConnection'], ParentType, ContextType, RequireFields<QueryDepartmentsArgs, 'first'>>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, RequireFields<QueryEmployeeArgs, 'id'>>;
  employees?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, RequireFields<QueryEmployeesArgs, 'first' | 'includeArchived' | 'sort'>>;
  expenseClaims?: Resolver<ResolversTypes['ExpenseClaimConnection'], ParentType, ContextType, RequireFields<QueryExpenseClaimsArgs, 'first'>>;
  holidays?: Resolver<Array<ResolversTypes['Holiday']>, ParentType, ContextType, RequireFields<QueryHolidaysArgs, 'from' | 'to'>>;
  myEmployee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  myTeamTimeOffRequests?: Resolver<Array<ResolversTypes['TimeOffRequest']>, ParentType, ContextType, RequireFields<QueryMyTeamTimeOffRequestsArgs, 'first' | 'offset' | 'status'>>;
  orgChart?: Resolver<Maybe<ResolversTypes['OrgChart']>, ParentType, ContextType, RequireFields<QueryOrgChartArgs, 'maxDepth' | 'rootId'>>;
  payrollRun?: Resolver<Maybe<ResolversTypes['PayrollRun']>, ParentType, ContextType, RequireFields<QueryPayrollRunArgs, 'id'>>;
  payrollRuns?: Resolver<ResolversTypes['PayrollRunConnection'], ParentType, ContextType, RequireFields<QueryPayrollRunsArgs, 'first' | 'sort'>>;
  payrollSettings?: Resolver<Maybe<ResolversTypes['PayrollSettings']>, ParentType, ContextType, Partial<QueryPayrollSettingsArgs>>;
  payrollSettingsHistory?: Resolver<Array<ResolversTypes['PayrollSettings']>, ParentType, ContextType, RequireFields<QueryPayrollSettingsHistoryArgs, 'first' | 'offset'>>;
  review?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType, RequireFields<QueryReviewArgs, 'id'>>;
  reviewCycle?: Resolver<Maybe<ResolversTypes['ReviewCycle']>, ParentType, ContextType, RequireFields<QueryReviewCycleArgs, 'id'>>;
  timeOffRequest?: Resolver<Maybe<ResolversTypes['TimeOffRequest']>, ParentType, ContextType, RequireFields<QueryTimeOffRequestArgs, 'id'>>;
  timeOffRequests?: Resolver<ResolversTypes['TimeOffRequestConnection'], ParentType, ContextType, RequireFields<QueryTimeOffRequestsArgs, 'first' | 'sort'>>;
  timeOffType?: Resolver<Maybe<ResolversTypes['TimeOffType']>, ParentType, ContextType, RequireFields<QueryTimeOffTypeArgs, 'id'>>;
  timeOffTypes?: Resolver<ResolversTypes['TimeOffTypeConnection'], ParentType, ContextType, RequireFields<QueryTimeOffTypesArgs, 'first'>>;
  userLink?: Resolver<Maybe<ResolversTypes['UserLink']>, ParentType, ContextType, RequireFields<QueryUserLinkArgs, 'userId'>>;
}>;

export type RatingCountResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['RatingCount'] = ResolversParentTypes['RatingCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReviewResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review']> = ResolversObject<{
  calibrationNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cycle?: Resolver<ResolversTypes['ReviewCycle'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  finalRating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  managerAnswers?: Resolver<Maybe<Array<ResolversTypes['ReviewAnswer']>>, ParentType, ContextType>;
  managerSubmittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  peerFeedback?: Resolver<Maybe<Array<ResolversTypes['PeerFeedback']>>, ParentType, ContextType>;
  selfAnswers?: Resolver<Array<ResolversTypes['ReviewAnswer']>, ParentType, ContextType>;
  selfSubmittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sharedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
}>;

export type ReviewAnswerResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['ReviewAnswer'] = ResolversParentTypes['ReviewAnswer']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  questionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReviewCycleResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['ReviewCycle'] = ResolversParentTypes['ReviewCycle'], FederationReferenceType extends FederationReferenceTypes['ReviewCycle'] = FederationReferenceTypes['ReviewCycle']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReviewCycle']> | FederationReferenceType, FederationReferenceType, ContextType>;
  completion?: Resolver<Array<ResolversTypes['DepartmentCompletion']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  finalizedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  managerReviewDue?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participantCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['ReviewQuestion']>, ParentType, ContextType>;
  ratingDistribution?: Resolver<Array<ResolversTypes['RatingCount']>, ParentType, ContextType>;
  selfReviewDue?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewCycleStatus'], ParentType, ContextType>;
}>;

export type ReviewCyclePayloadResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['ReviewCyclePayload'] = ResolversParentTypes['ReviewCyclePayload']> = ResolversObject<{
  reviewCycle?: Resolver<Maybe<ResolversTypes['ReviewCycle']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ReviewPayloadResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['ReviewPayload'] = ResolversParentTypes['ReviewPayload']> = ResolversObject<{
  review?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ReviewQuestionResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['ReviewQuestion'] = ResolversParentTypes['ReviewQuestion']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scaleMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scaleMin?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaxBracketResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['TaxBracket'] = ResolversParentTypes['TaxBracket']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  rateBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimeOffBalanceResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['TimeOffBalance'] = ResolversParentTypes['TimeOffBalance']> = ResolversObject<{
  allowanceDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  approvedDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remainingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TimeOffType'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimeOffPayoutPolicyResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['TimeOffPayoutPolicy'] = ResolversParentTypes['TimeOffPayoutPolicy']> = ResolversObject<{
  daysPerYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  types?: Resolver<Array<ResolversTypes['TimeOffType']>, ParentType, ContextType>;
}>;

export type TimeOffRequestResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['TimeOffRequest'] = ResolversParentTypes['TimeOffRequest'], FederationReferenceType extends FederationReferenceTypes['TimeOffRequest'] = FederationReferenceTypes['TimeOffRequest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TimeOffRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TimeOffRequestStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TimeOffType'], ParentType, ContextType>;
}>;

export type TimeOffRequestConnectionResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['TimeOffRequestConnection'] = ResolversParentTypes['TimeOffRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TimeOffRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimeOffRequestEdgeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['TimeOffRequestEdge'] = ResolversParentTypes['TimeOffRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimeOffRequest'], ParentType, ContextType>;
}>;

export type TimeOffRequestPayloadResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['TimeOffRequestPayload'] = ResolversParentTypes['TimeOffRequestPayload']> = ResolversObject<{
  timeOffRequest?: Resolver<Maybe<ResolversTypes['TimeOffRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type TimeOffTypeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['TimeOffType'] = ResolversParentTypes['TimeOffType'], FederationReferenceType extends FederationReferenceTypes['TimeOffType'] = FederationReferenceTypes['TimeOffType']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TimeOffType']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  yearlyAllowanceDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimeOffTypeConnectionResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['TimeOffTypeConnection'] = ResolversParentTypes['TimeOffTypeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TimeOffTypeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimeOffTypeEdgeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['TimeOffTypeEdge'] = ResolversParentTypes['TimeOffTypeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimeOffType'], ParentType, ContextType>;
}>;

export type TimeOffTypePayloadResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['TimeOffTypePayload'] = ResolversParentTypes['TimeOffTypePayload']> = ResolversObject<{
  timeOffType?: Resolver<Maybe<ResolversTypes['TimeOffType']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserLinkResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['UserLink'] = ResolversParentTypes['UserLink']> = ResolversObject<{
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  linkedBy?: Resolver<Maybe<ResolversTypes['UserLinkSource']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserLinkPayloadResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['UserLinkPayload'] = ResolversParentTypes['UserLinkPayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  userLink?: Resolver<Maybe<ResolversTypes['UserLink']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = HrContext> = ResolversObject<{
  Attachment?: AttachmentResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Department?: DepartmentResolvers<ContextType>;
  DepartmentCompletion?: DepartmentCompletionResolvers<ContextType>;
  DepartmentConnection?: DepartmentConnectionResolvers<ContextType>;
  DepartmentEdge?: DepartmentEdgeResolvers<ContextType>;
  DepartmentPayload?: DepartmentPayloadResolvers<ContextType>;
  Earning?: EarningResolvers<ContextType>;
  Employee?: EmployeeResolvers<ContextType>;
  EmployeeConnection?: EmployeeConnectionResolvers<ContextType>;
  EmployeeEdge?: EmployeeEdgeResolvers<ContextType>;
  EmployeePayload?: EmployeePayloadResolvers<ContextType>;
  ExpenseClaim?: ExpenseClaimResolvers<ContextType>;
  ExpenseClaimConnection?: ExpenseClaimConnectionResolvers<ContextType>;
  ExpenseClaimEdge?: ExpenseClaimEdgeResolvers<ContextType>;
  Goal?: GoalResolvers<ContextType>;
  GoalPayload?: GoalPayloadResolvers<ContextType>;
  Holiday?: HolidayResolvers<ContextType>;
  HolidayPayload?: HolidayPayloadResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OneOnOneNote?: OneOnOneNoteResolvers<ContextType>;
  OneOnOneNotePayload?: OneOnOneNotePayloadResolvers<ContextType>;
  OrgChart?: OrgChartResolvers<ContextType>;
  OrgChartNode?: OrgChartNodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PayrollRate?: PayrollRateResolvers<ContextType>;
  PayrollRun?: PayrollRunResolvers<ContextType>;
  PayrollRunConnection?: PayrollRunConnectionResolvers<ContextType>;
  PayrollRunEdge?: PayrollRunEdgeResolvers<ContextType>;
  PayrollRunPayload?: PayrollRunPayloadResolvers<ContextType>;
  PayrollSettings?: PayrollSettingsResolvers<ContextType>;
  PayrollSettingsPayload?: PayrollSettingsPayloadResolvers<ContextType>;
  Payslip?: PayslipResolvers<ContextType>;
  PayslipLine?: PayslipLineResolvers<ContextType>;
  PayslipReimbursement?: PayslipReimbursementResolvers<ContextType>;
  PeerFeedback?: PeerFeedbackResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RatingCount?: RatingCountResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  ReviewAnswer?: ReviewAnswerResolvers<ContextType>;
  ReviewCycle?: ReviewCycleResolvers<ContextType>;
  ReviewCyclePayload?: ReviewCyclePayloadResolvers<ContextType>;
  ReviewPayload?: ReviewPayloadResolvers<ContextType>;
  ReviewQuestion?: ReviewQuestionResolvers<ContextType>;
  TaxBracket?: TaxBracketResolvers<ContextType>;
  TimeOffBalance?: TimeOffBalanceResolvers<ContextType>;
  TimeOffPayoutPolicy?: TimeOffPayoutPolicyResolvers<ContextType>;
  TimeOffRequest?: TimeOffRequestResolvers<ContextType>;
  TimeOffRequestConnection?: TimeOffRequestConnectionResolvers<ContextType>;
  TimeOffRequestEdge?: TimeOffRequestEdgeResolvers<ContextType>;
  TimeOffRequestPayload?: TimeOffRequestPayloadResolvers<ContextType>;
  TimeOffType?: TimeOffTypeResolvers<ContextType>;
  TimeOffTypeConnection?: TimeOffTypeConnectionResolvers<ContextType>;
  TimeOffTypeEdge?: TimeOffTypeEdgeResolvers<ContextType>;
  TimeOffTypePayload?: TimeOffTypePayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  UserLink?: UserLinkResolvers<ContextType>;
  UserLinkPayload?: UserLinkPayloadResolvers<ContextType>;
}>;

