import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { EmployeeDoc, DepartmentDoc, EmployeeConnectionModel, DepartmentConnectionModel, TimeOffTypeDoc, TimeOffRequestDoc, TimeOffTypeConnectionModel, TimeOffRequestConnectionModel, TimeOffBalanceModel, PayrollSettingsDoc, PayrollRunDoc, PayrollRunConnectionModel, PayslipModel, PayslipLineModel, OrgChartModel, OrgChartNodeModel } from '../models';
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

export type ChangeEmployeeStatusInput = {
  id: Scalars['ID']['input'];
  status: EmployeeStatus;
};

export type ConfigurePayrollInput = {
  contributions: Array<PayrollRateInput>;
  currency: Scalars['String']['input'];
  deductions: Array<PayrollRateInput>;
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

export type CreatePayrollRunInput = {
  /** Calendar month, YYYY-MM. */
  period: Scalars['String']['input'];
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
 * The approver is identified explicitly: `approverId` must be the employee's current manager.
 * The caller's credential (hr:write) authorizes the call; the decision records both.
 */
export type DecideTimeOffRequestInput = {
  approverId: Scalars['ID']['input'];
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

/** A person working for the tenant. Owners of customers, deals and tickets reference it. */
export type Employee = {
  __typename?: 'Employee';
  /** Annual base salary. Sensitive: needs the hr:sensitive scope; without it the field is a FORBIDDEN error, never the data. */
  compensation?: Maybe<Money>;
  /** Hourly cost of the employee's time, for project costing. Sensitive, like compensation. */
  costRate?: Maybe<Money>;
  createdAt: Scalars['DateTime']['output'];
  department?: Maybe<Department>;
  /** Work email, unique per tenant. */
  email: Scalars['String']['output'];
  employmentType: EmploymentType;
  id: Scalars['ID']['output'];
  /** The employee this one reports to; they approve this employee's time off. */
  manager?: Maybe<Employee>;
  name: Scalars['String']['output'];
  /** Direct reports (bounded by team size). */
  reports: Array<Employee>;
  startDate?: Maybe<Scalars['Date']['output']>;
  status: EmployeeStatus;
  /** Allowance, approved, pending and remaining days per time-off type for a calendar year. */
  timeOffBalances: Array<TimeOffBalance>;
  title?: Maybe<Scalars['String']['output']>;
  /** Contracted working hours per week (40 unless set): the capacity projects are planned against. */
  weeklyHours: Scalars['Float']['output'];
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
  /** DRAFT -> APPROVED. */
  approvePayrollRun: PayrollRunPayload;
  /**
   * SUBMITTED -> APPROVED, by the employee's manager (`approverId`). Refused when it overlaps another
   * approved request of the employee or exceeds the year's allowance; race-safe per employee.
   */
  approveTimeOffRequest: TimeOffRequestPayload;
  /** DRAFT -> CANCELLED; frees the period for a new run. */
  cancelPayrollRun: PayrollRunPayload;
  /** Moves an employee along ACTIVE <-> ON_LEAVE -> TERMINATED (termination is final). */
  changeEmployeeStatus: EmployeePayload;
  /** Sets the tenant's payroll currency and rates (basis points). Applies to runs created afterwards. */
  configurePayroll: PayrollSettingsPayload;
  createDepartment: DepartmentPayload;
  createEmployee: EmployeePayload;
  /** Computes a DRAFT run for a month: one payslip per active employee with a compensation. One non-cancelled run per period. */
  createPayrollRun: PayrollRunPayload;
  /** Drafts a request (DRAFT). Weekdays in startDate..endDate (inclusive, one calendar year) count as days. */
  createTimeOffRequest: TimeOffRequestPayload;
  createTimeOffType: TimeOffTypePayload;
  /** APPROVED -> POSTED; emits `hr.payroll.posted` with the run's totals (finance books them). */
  postPayrollRun: PayrollRunPayload;
  /** SUBMITTED -> REJECTED, by the employee's manager (`approverId`). */
  rejectTimeOffRequest: TimeOffRequestPayload;
  /** DRAFT -> SUBMITTED. */
  submitTimeOffRequest: TimeOffRequestPayload;
  /** Renames, re-parents (never under itself) or sets the manager of a department. */
  updateDepartment: DepartmentPayload;
  /** Changes an employee's manager, department, title, employment type or compensation (compensation needs hr:sensitive too). A manager may not report to their own reports. */
  updateEmployee: EmployeePayload;
};


export type MutationApprovePayrollRunArgs = {
  input: PayrollRunIdInput;
};


export type MutationApproveTimeOffRequestArgs = {
  input: DecideTimeOffRequestInput;
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


export type MutationCreatePayrollRunArgs = {
  input: CreatePayrollRunInput;
};


export type MutationCreateTimeOffRequestArgs = {
  input: CreateTimeOffRequestInput;
};


export type MutationCreateTimeOffTypeArgs = {
  input: CreateTimeOffTypeInput;
};


export type MutationPostPayrollRunArgs = {
  input: PayrollRunIdInput;
};


export type MutationRejectTimeOffRequestArgs = {
  input: DecideTimeOffRequestInput;
};


export type MutationSubmitTimeOffRequestArgs = {
  input: TimeOffRequestIdInput;
};


export type MutationUpdateDepartmentArgs = {
  input: UpdateDepartmentInput;
};


export type MutationUpdateEmployeeArgs = {
  input: UpdateEmployeeInput;
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
 * A month's payroll. Gross = annual compensation / 12 rounded half up to the minor unit; each rate's
 * amount = gross x rateBps / 10000 rounded half up; net = gross - deductions. Totals are the sums of
 * the payslips.
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
  /** One per paid employee, embedded in the run (bounded by headcount). */
  payslips: Array<Payslip>;
  /** Calendar month, YYYY-MM. */
  period: Scalars['String']['output'];
  postedAt?: Maybe<Scalars['DateTime']['output']>;
  status: PayrollRunStatus;
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

/** DRAFT -> APPROVED -> POSTED, or DRAFT -> CANCELLED. */
export type PayrollRunStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'DRAFT'
  | 'POSTED';

export type PayrollSettings = {
  __typename?: 'PayrollSettings';
  /** Paid by the employer on top of gross. */
  contributions: Array<PayrollRate>;
  currency: Scalars['String']['output'];
  /** Withheld from the employee's gross. */
  deductions: Array<PayrollRate>;
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
  employee: Employee;
  employeeDeductions: Money;
  employerContributions: Money;
  gross: Money;
  net: Money;
};

export type PayslipLine = {
  __typename?: 'PayslipLine';
  amount: Money;
  name: Scalars['String']['output'];
  rateBps: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  department?: Maybe<Department>;
  departments: DepartmentConnection;
  employee?: Maybe<Employee>;
  /** The tenant's employees, filtered and sorted (newest first by default). */
  employees: EmployeeConnection;
  /**
   * The organisation under an employee (their reports, transitively) or a department (its
   * sub-departments and their members), down to `maxDepth` levels (1-10). Read level by level.
   */
  orgChart?: Maybe<OrgChart>;
  payrollRun?: Maybe<PayrollRun>;
  payrollRuns: PayrollRunConnection;
  /** The tenant's payroll rates (null until configured). */
  payrollSettings?: Maybe<PayrollSettings>;
  timeOffRequest?: Maybe<TimeOffRequest>;
  timeOffRequests: TimeOffRequestConnection;
  timeOffType?: Maybe<TimeOffType>;
  timeOffTypes: TimeOffTypeConnection;
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
  sort?: InputMaybe<EmployeeSort>;
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
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  employmentType?: InputMaybe<EmploymentType>;
  id: Scalars['ID']['input'];
  managerId?: InputMaybe<Scalars['ID']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  weeklyHours?: InputMaybe<Scalars['Float']['input']>;
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
  /** A referenced record does not exist for this tenant. */
  | 'NOT_FOUND'
  /** The period overlaps another one that is already taken (e.g. approved time off). */
  | 'OVERLAPPING'
  /** A payment exceeds the amount due. */
  | 'OVERPAYMENT'
  /** A required value is missing. */
  | 'REQUIRED'
  /** The value must be unique and is already used. */
  | 'TAKEN'
  /** Too many attempts; wait before trying again. */
  | 'THROTTLED';

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
  PayrollRun: PayrollRun;
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
  PayrollRun:
    ( { __typename: 'PayrollRun' }
    & GraphQLRecursivePick<FederationTypes['PayrollRun'], {"id":true}> );
  TimeOffRequest:
    ( { __typename: 'TimeOffRequest' }
    & GraphQLRecursivePick<FederationTypes['TimeOffRequest'], {"id":true}> );
  TimeOffType:
    ( { __typename: 'TimeOffType' }
    & GraphQLRecursivePick<FederationTypes['TimeOffType'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ChangeEmployeeStatusInput: ChangeEmployeeStatusInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ConfigurePayrollInput: ConfigurePayrollInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateDepartmentInput: CreateDepartmentInput;
  CreateEmployeeInput: CreateEmployeeInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreatePayrollRunInput: CreatePayrollRunInput;
  CreateTimeOffRequestInput: CreateTimeOffRequestInput;
  CreateTimeOffTypeInput: CreateTimeOffTypeInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideTimeOffRequestInput: DecideTimeOffRequestInput;
  Department: ResolverTypeWrapper<DepartmentDoc>;
  DepartmentConnection: ResolverTypeWrapper<DepartmentConnectionModel>;
  DepartmentEdge: ResolverTypeWrapper<Omit<DepartmentEdge, 'node'> & { node: ResolversTypes['Department'] }>;
  DepartmentFilter: DepartmentFilter;
  DepartmentPayload: ResolverTypeWrapper<Omit<DepartmentPayload, 'department'> & { department?: Maybe<ResolversTypes['Department']> }>;
  Employee: ResolverTypeWrapper<EmployeeDoc>;
  EmployeeConnection: ResolverTypeWrapper<EmployeeConnectionModel>;
  EmployeeEdge: ResolverTypeWrapper<Omit<EmployeeEdge, 'node'> & { node: ResolversTypes['Employee'] }>;
  EmployeeFilter: EmployeeFilter;
  EmployeePayload: ResolverTypeWrapper<Omit<EmployeePayload, 'employee'> & { employee?: Maybe<ResolversTypes['Employee']> }>;
  EmployeeSort: EmployeeSort;
  EmployeeStatus: EmployeeStatus;
  EmploymentType: EmploymentType;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
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
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TimeOffBalance: ResolverTypeWrapper<TimeOffBalanceModel>;
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
  UpdateDepartmentInput: UpdateDepartmentInput;
  UpdateEmployeeInput: UpdateEmployeeInput;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ChangeEmployeeStatusInput: ChangeEmployeeStatusInput;
  ID: Scalars['ID']['output'];
  ConfigurePayrollInput: ConfigurePayrollInput;
  String: Scalars['String']['output'];
  CreateDepartmentInput: CreateDepartmentInput;
  CreateEmployeeInput: CreateEmployeeInput;
  Float: Scalars['Float']['output'];
  CreatePayrollRunInput: CreatePayrollRunInput;
  CreateTimeOffRequestInput: CreateTimeOffRequestInput;
  CreateTimeOffTypeInput: CreateTimeOffTypeInput;
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecideTimeOffRequestInput: DecideTimeOffRequestInput;
  Department: DepartmentDoc;
  DepartmentConnection: DepartmentConnectionModel;
  DepartmentEdge: Omit<DepartmentEdge, 'node'> & { node: ResolversParentTypes['Department'] };
  DepartmentFilter: DepartmentFilter;
  DepartmentPayload: Omit<DepartmentPayload, 'department'> & { department?: Maybe<ResolversParentTypes['Department']> };
  Employee: EmployeeDoc;
  EmployeeConnection: EmployeeConnectionModel;
  EmployeeEdge: Omit<EmployeeEdge, 'node'> & { node: ResolversParentTypes['Employee'] };
  EmployeeFilter: EmployeeFilter;
  EmployeePayload: Omit<EmployeePayload, 'employee'> & { employee?: Maybe<ResolversParentTypes['Employee']> };
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
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
  Query: Record<PropertyKey, never>;
  TimeOffBalance: TimeOffBalanceModel;
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
  UpdateDepartmentInput: UpdateDepartmentInput;
  UpdateEmployeeInput: UpdateEmployeeInput;
  UserError: UserError;
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

export type EmployeeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee'], FederationReferenceType extends FederationReferenceTypes['Employee'] = FederationReferenceTypes['Employee']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Employee']> | FederationReferenceType, FederationReferenceType, ContextType>;
  compensation?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  costRate?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employmentType?: Resolver<ResolversTypes['EmploymentType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Employee']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EmployeeStatus'], ParentType, ContextType>;
  timeOffBalances?: Resolver<Array<ResolversTypes['TimeOffBalance']>, ParentType, ContextType, RequireFields<EmployeeTimeOffBalancesArgs, 'year'>>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type MoneyResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  approvePayrollRun?: Resolver<ResolversTypes['PayrollRunPayload'], ParentType, ContextType, RequireFields<MutationApprovePayrollRunArgs, 'input'>>;
  approveTimeOffRequest?: Resolver<ResolversTypes['TimeOffRequestPayload'], ParentType, ContextType, RequireFields<MutationApproveTimeOffRequestArgs, 'input'>>;
  cancelPayrollRun?: Resolver<ResolversTypes['PayrollRunPayload'], ParentType, ContextType, RequireFields<MutationCancelPayrollRunArgs, 'input'>>;
  changeEmployeeStatus?: Resolver<ResolversTypes['EmployeePayload'], ParentType, ContextType, RequireFields<MutationChangeEmployeeStatusArgs, 'input'>>;
  configurePayroll?: Resolver<ResolversTypes['PayrollSettingsPayload'], ParentType, ContextType, RequireFields<MutationConfigurePayrollArgs, 'input'>>;
  createDepartment?: Resolver<ResolversTypes['DepartmentPayload'], ParentType, ContextType, RequireFields<MutationCreateDepartmentArgs, 'input'>>;
  createEmployee?: Resolver<ResolversTypes['EmployeePayload'], ParentType, ContextType, RequireFields<MutationCreateEmployeeArgs, 'input'>>;
  createPayrollRun?: Resolver<ResolversTypes['PayrollRunPayload'], ParentType, ContextType, RequireFields<MutationCreatePayrollRunArgs, 'input'>>;
  createTimeOffRequest?: Resolver<ResolversTypes['TimeOffRequestPayload'], ParentType, ContextType, RequireFields<MutationCreateTimeOffRequestArgs, 'input'>>;
  createTimeOffType?: Resolver<ResolversTypes['TimeOffTypePayload'], ParentType, ContextType, RequireFields<MutationCreateTimeOffTypeArgs, 'input'>>;
  postPayrollRun?: Resolver<ResolversTypes['PayrollRunPayload'], ParentType, ContextType, RequireFields<MutationPostPayrollRunArgs, 'input'>>;
  rejectTimeOffRequest?: Resolver<ResolversTypes['TimeOffRequestPayload'], ParentType, ContextType, RequireFields<MutationRejectTimeOffRequestArgs, 'input'>>;
  submitTimeOffRequest?: Resolver<ResolversTypes['TimeOffRequestPayload'], ParentType, ContextType, RequireFields<MutationSubmitTimeOffRequestArgs, 'input'>>;
  updateDepartment?: Resolver<ResolversTypes['DepartmentPayload'], ParentType, ContextType, RequireFields<MutationUpdateDepartmentArgs, 'input'>>;
  updateEmployee?: Resolver<ResolversTypes['EmployeePayload'], ParentType, ContextType, RequireFields<MutationUpdateEmployeeArgs, 'input'>>;
}>;

export type OrgChartResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['OrgChart'] = ResolversParentTypes['OrgChart']> = ResolversObject<{
  maxDepth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OrgChartNode']>, ParentType, ContextType>;
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
  payslips?: Resolver<Array<ResolversTypes['Payslip']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
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
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deductions?: Resolver<Array<ResolversTypes['PayrollRate']>, ParentType, ContextType>;
}>;

export type PayrollSettingsPayloadResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['PayrollSettingsPayload'] = ResolversParentTypes['PayrollSettingsPayload']> = ResolversObject<{
  payrollSettings?: Resolver<Maybe<ResolversTypes['PayrollSettings']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type PayslipResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Payslip'] = ResolversParentTypes['Payslip']> = ResolversObject<{
  contributions?: Resolver<Array<ResolversTypes['PayslipLine']>, ParentType, ContextType>;
  deductions?: Resolver<Array<ResolversTypes['PayslipLine']>, ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  employeeDeductions?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  employerContributions?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type PayslipLineResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['PayslipLine'] = ResolversParentTypes['PayslipLine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType, RequireFields<QueryDepartmentArgs, 'id'>>;
  departments?: Resolver<ResolversTypes['DepartmentConnection'], ParentType, ContextType, RequireFields<QueryDepartmentsArgs, 'first'>>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, RequireFields<QueryEmployeeArgs, 'id'>>;
  employees?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, RequireFields<QueryEmployeesArgs, 'first' | 'sort'>>;
  orgChart?: Resolver<Maybe<ResolversTypes['OrgChart']>, ParentType, ContextType, RequireFields<QueryOrgChartArgs, 'maxDepth' | 'rootId'>>;
  payrollRun?: Resolver<Maybe<ResolversTypes['PayrollRun']>, ParentType, ContextType, RequireFields<QueryPayrollRunArgs, 'id'>>;
  payrollRuns?: Resolver<ResolversTypes['PayrollRunConnection'], ParentType, ContextType, RequireFields<QueryPayrollRunsArgs, 'first' | 'sort'>>;
  payrollSettings?: Resolver<Maybe<ResolversTypes['PayrollSettings']>, ParentType, ContextType>;
  timeOffRequest?: Resolver<Maybe<ResolversTypes['TimeOffRequest']>, ParentType, ContextType, RequireFields<QueryTimeOffRequestArgs, 'id'>>;
  timeOffRequests?: Resolver<ResolversTypes['TimeOffRequestConnection'], ParentType, ContextType, RequireFields<QueryTimeOffRequestsArgs, 'first' | 'sort'>>;
  timeOffType?: Resolver<Maybe<ResolversTypes['TimeOffType']>, ParentType, ContextType, RequireFields<QueryTimeOffTypeArgs, 'id'>>;
  timeOffTypes?: Resolver<ResolversTypes['TimeOffTypeConnection'], ParentType, ContextType, RequireFields<QueryTimeOffTypesArgs, 'first'>>;
}>;

export type TimeOffBalanceResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['TimeOffBalance'] = ResolversParentTypes['TimeOffBalance']> = ResolversObject<{
  allowanceDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  approvedDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remainingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TimeOffType'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type Resolvers<ContextType = HrContext> = ResolversObject<{
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Department?: DepartmentResolvers<ContextType>;
  DepartmentConnection?: DepartmentConnectionResolvers<ContextType>;
  DepartmentEdge?: DepartmentEdgeResolvers<ContextType>;
  DepartmentPayload?: DepartmentPayloadResolvers<ContextType>;
  Employee?: EmployeeResolvers<ContextType>;
  EmployeeConnection?: EmployeeConnectionResolvers<ContextType>;
  EmployeeEdge?: EmployeeEdgeResolvers<ContextType>;
  EmployeePayload?: EmployeePayloadResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
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
  Query?: QueryResolvers<ContextType>;
  TimeOffBalance?: TimeOffBalanceResolvers<ContextType>;
  TimeOffRequest?: TimeOffRequestResolvers<ContextType>;
  TimeOffRequestConnection?: TimeOffRequestConnectionResolvers<ContextType>;
  TimeOffRequestEdge?: TimeOffRequestEdgeResolvers<ContextType>;
  TimeOffRequestPayload?: TimeOffRequestPayloadResolvers<ContextType>;
  TimeOffType?: TimeOffTypeResolvers<ContextType>;
  TimeOffTypeConnection?: TimeOffTypeConnectionResolvers<ContextType>;
  TimeOffTypeEdge?: TimeOffTypeEdgeResolvers<ContextType>;
  TimeOffTypePayload?: TimeOffTypePayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

