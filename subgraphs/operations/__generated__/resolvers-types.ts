import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { ProjectDoc, ProjectConnectionModel, ProjectTaskDoc, TimesheetDoc, TimesheetConnectionModel, TimeEntryView, AllocationView, ResourcePlanModel, ResourcePlanRowModel, PlanCellModel, ProfitabilityModel, EntityRef } from '../models';
import { OperationsContext } from '../context';
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

export type AddProjectTaskInput = {
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** For a milestone of a FIXED_PRICE project. */
  billingAmount?: InputMaybe<MoneyInput>;
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  estimateMinutes?: InputMaybe<Scalars['Int']['input']>;
  kind: ProjectTaskKind;
  name: Scalars['String']['input'];
  /** A milestone or task of the same project; required for a task, absent for a milestone. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  projectId: Scalars['ID']['input'];
};

export type AllocateResourceInput = {
  allowOverbooking?: InputMaybe<Scalars['Boolean']['input']>;
  employeeId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  hoursPerWeek: Scalars['Float']['input'];
  projectId: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
};

/** The approver must be the project's manager (an employee); the caller's credential authorizes the call. */
export type ApproveTimesheetInput = {
  approverId: Scalars['ID']['input'];
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

export type ChangeProjectStatusInput = {
  id: Scalars['ID']['input'];
  status: ProjectStatus;
};

export type ChangeProjectTaskStatusInput = {
  id: Scalars['ID']['input'];
  status: ProjectTaskStatus;
};

export type ContractType =
  /** A fixed amount, billed per milestone as each completes. */
  | 'FIXED_PRICE'
  /** A monthly fee that includes a number of hours, billed per month once it ended; time beyond them billed at the project's rates when the terms say so. */
  | 'RETAINER'
  /** Approved billable time is billed at the project's rates. */
  | 'TIME_AND_MATERIALS';

export type CreateProjectInput = {
  budget?: InputMaybe<MoneyInput>;
  budgetHours?: InputMaybe<Scalars['Float']['input']>;
  contractType: ContractType;
  currency: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  defaultRate?: InputMaybe<MoneyInput>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** Required for a RETAINER contract (with a startDate), refused for the others. */
  retainer?: InputMaybe<RetainerInput>;
  roleRates?: InputMaybe<Array<RoleRateInput>>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** A customer, owned by the customers subgraph; operations adds its projects. */
export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  /** This customer's projects, newest first. */
  projects: ProjectConnection;
};


/** A customer, owned by the customers subgraph; operations adds its projects. */
export type CustomerProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ProjectStatus>;
};

/** A deal, owned by the sales subgraph; operations adds the project it became. */
export type Deal = {
  __typename?: 'Deal';
  id: Scalars['ID']['output'];
  /** The project created when this deal was won, if any. */
  project?: Maybe<Project>;
};

/** An employee, owned by the hr subgraph; operations adds their project assignments. */
export type Employee = {
  __typename?: 'Employee';
  /** Open tasks assigned to this employee (at most 100). */
  assignedTasks: Array<ProjectTask>;
  /** This employee's resource allocations on projects, soonest first. */
  assignments: Array<ResourceAllocation>;
  id: Scalars['ID']['output'];
};

export type LogTimeInput = {
  /** Default true. */
  billable?: InputMaybe<Scalars['Boolean']['input']>;
  date: Scalars['Date']['input'];
  employeeId: Scalars['ID']['input'];
  /** 1-1440. */
  minutes: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
  taskId?: InputMaybe<Scalars['ID']['input']>;
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
  /** Adds a milestone (top level) or a task (under a milestone or another task). */
  addProjectTask: ProjectTaskPayload;
  /** Makes a task depend on another of the same project; refused (INVALID) when it would close a cycle. */
  addTaskDependency: ProjectTaskPayload;
  /**
   * Books an employee on a project for hoursPerWeek between two dates. Refused (OVERLAPPING)
   * when it takes a week beyond the employee's capacity, unless `allowOverbooking`; then it is
   * stored and flagged `overbooked`.
   */
  allocateResource: ResourceAllocationPayload;
  /** SUBMITTED -> APPROVED by the project's manager; its entries are then immutable and its billable time is billed. */
  approveTimesheet: TimesheetPayload;
  /** PLANNED -> ACTIVE -> ON_HOLD -> ACTIVE ... -> COMPLETED, or CANCELLED from any open status. */
  changeProjectStatus: ProjectPayload;
  /** TODO -> IN_PROGRESS -> DONE, or CANCELLED; a task starts only when what it depends on is done. A FIXED_PRICE milestone bills when DONE. */
  changeProjectTaskStatus: ProjectTaskPayload;
  /** Creates a PLANNED project for a customer, managed by an employee. */
  createProject: ProjectPayload;
  /** Removes a time entry while its timesheet is OPEN or REJECTED. */
  deleteTimeEntry: TimesheetPayload;
  /** Logs time of an employee on a project (and task) for a date, into the employee's timesheet of that week and project. */
  logTime: TimeEntryPayload;
  /** SUBMITTED -> REJECTED by the project's manager, with a reason; the entries can then be corrected and resubmitted. */
  rejectTimesheet: TimesheetPayload;
  /** Removes an allocation. */
  removeResourceAllocation: ResourceAllocationPayload;
  removeTaskDependency: ProjectTaskPayload;
  /** OPEN or REJECTED -> SUBMITTED (needs at least one entry). */
  submitTimesheet: TimesheetPayload;
  /** Corrects a project's details (name, manager, dates, budget, rates). Its currency and contract type are fixed once time is billed. */
  updateProject: ProjectPayload;
  /** Corrects a milestone or task (name, estimate, assignees, due date, billing amount). */
  updateProjectTask: ProjectTaskPayload;
  /**
   * Corrects an allocation's dates or hours, checked against capacity like a new booking (without
   * the allocation itself); `overbooked` is decided again.
   */
  updateResourceAllocation: ResourceAllocationPayload;
  /** Corrects a time entry while its timesheet is OPEN or REJECTED. */
  updateTimeEntry: TimeEntryPayload;
};


export type MutationAddProjectTaskArgs = {
  input: AddProjectTaskInput;
};


export type MutationAddTaskDependencyArgs = {
  input: TaskDependencyInput;
};


export type MutationAllocateResourceArgs = {
  input: AllocateResourceInput;
};


export type MutationApproveTimesheetArgs = {
  input: ApproveTimesheetInput;
};


export type MutationChangeProjectStatusArgs = {
  input: ChangeProjectStatusInput;
};


export type MutationChangeProjectTaskStatusArgs = {
  input: ChangeProjectTaskStatusInput;
};


export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


export type MutationDeleteTimeEntryArgs = {
  input: TimeEntryIdInput;
};


export type MutationLogTimeArgs = {
  input: LogTimeInput;
};


export type MutationRejectTimesheetArgs = {
  input: RejectTimesheetInput;
};


export type MutationRemoveResourceAllocationArgs = {
  input: ResourceAllocationIdInput;
};


export type MutationRemoveTaskDependencyArgs = {
  input: TaskDependencyInput;
};


export type MutationSubmitTimesheetArgs = {
  input: TimesheetIdInput;
};


export type MutationUpdateProjectArgs = {
  input: UpdateProjectInput;
};


export type MutationUpdateProjectTaskArgs = {
  input: UpdateProjectTaskInput;
};


export type MutationUpdateResourceAllocationArgs = {
  input: UpdateResourceAllocationInput;
};


export type MutationUpdateTimeEntryArgs = {
  input: UpdateTimeEntryInput;
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Client work for a customer: budget, schedule, milestones and tasks, time and billing. */
export type Project = {
  __typename?: 'Project';
  allocations: Array<ResourceAllocation>;
  budget?: Maybe<Money>;
  budgetHours?: Maybe<Scalars['Float']['output']>;
  contractType: ContractType;
  createdAt: Scalars['DateTime']['output'];
  /** ISO-4217 currency of its budget, rates and billing. */
  currency: Scalars['String']['output'];
  customer: Customer;
  /** The won deal it was created from, if any. */
  deal?: Maybe<Deal>;
  /** Hourly rate billed for time of employees whose role has no rate of its own. */
  defaultRate?: Maybe<Money>;
  endDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** The employee (hr) who manages the project and approves its timesheets. */
  manager?: Maybe<Employee>;
  /** Milestones (top level), each with its tasks as children. */
  milestones: Array<ProjectTask>;
  name: Scalars['String']['output'];
  /** Revenue billed (less what finance voided or credited), cost of time, margin and budget use. */
  profitability: ProjectProfitability;
  /** Share of the estimated work that is done. */
  progress: ProjectProgress;
  /** RETAINER: the monthly fee, its included hours and the periods billed; null for other contracts. */
  retainer?: Maybe<Retainer>;
  /** Hourly rates per employee role (hr title). */
  roleRates: Array<RoleRate>;
  startDate?: Maybe<Scalars['Date']['output']>;
  status: ProjectStatus;
  /** Every milestone and task of the project (at most 500), in creation order. */
  tasks: Array<ProjectTask>;
};

/** One billing sent to finance (`operations.billing.ready`); finance drafts one invoice from it. */
export type ProjectBilling = {
  __typename?: 'ProjectBilling';
  /** What was billed (net of tax). */
  amount: Money;
  billedAt: Scalars['DateTime']['output'];
  /** The net share of the credit notes finance issued against the invoice. */
  credited: Money;
  /** What of it is revenue: 0 when voided, else amount - credited. */
  revenue: Money;
  /** timesheet:<id>, milestone:<id> or retainer:<projectId>:<YYYY-MM>; finance's invoice carries it as its source (operations:<source>). */
  source: Scalars['String']['output'];
  /** Finance voided the invoice: none of it counts as revenue. */
  voided: Scalars['Boolean']['output'];
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type ProjectFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  managerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ProjectStatus>;
};

export type ProjectPayload = {
  __typename?: 'ProjectPayload';
  project?: Maybe<Project>;
  userErrors: Array<UserError>;
};

/**
 * What the project earned and cost so far. Revenue is what operations billed to finance (approved
 * billable time, completed milestones); cost is minutes logged times each employee's hourly cost
 * rate replicated from hr; each figure lists the documents it comes from in `billing`.
 */
export type ProjectProfitability = {
  __typename?: 'ProjectProfitability';
  /** The latest `last` billings sent to finance (`offset` counted back from the newest), oldest first: one per approved timesheet, completed milestone or retainer month. */
  billing: Array<ProjectBilling>;
  /** hoursLogged / budgetHours in percent, one decimal; null without a budget. */
  budgetHoursUsedPercent?: Maybe<Scalars['Float']['output']>;
  /** cost / budget in percent, one decimal; null without a money budget. */
  budgetUsedPercent?: Maybe<Scalars['Float']['output']>;
  cost: Money;
  /**
   * Cost at completion, from cost so far divided by progress (null at 0 % progress): the
   * budget overrun to expect if the rest goes as the done part did.
   */
  estimateAtCompletion?: Maybe<Money>;
  hoursLogged: Scalars['Float']['output'];
  margin: Money;
  /** margin / revenue in percent, one decimal; null without revenue. */
  marginPercent?: Maybe<Scalars['Float']['output']>;
  revenue: Money;
  /** Time logged without a known cost rate (hr never published one), so not in `cost`. */
  unpricedHours: Scalars['Float']['output'];
};


/**
 * What the project earned and cost so far. Revenue is what operations billed to finance (approved
 * billable time, completed milestones); cost is minutes logged times each employee's hourly cost
 * rate replicated from hr; each figure lists the documents it comes from in `billing`.
 */
export type ProjectProfitabilityBillingArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** From estimates: minutes of done leaf tasks over minutes of all leaf tasks not cancelled. */
export type ProjectProgress = {
  __typename?: 'ProjectProgress';
  completedMinutes: Scalars['Int']['output'];
  estimatedMinutes: Scalars['Int']['output'];
  /** 0-100, one decimal; 0 when nothing is estimated. */
  percent: Scalars['Float']['output'];
};

/** PLANNED -> ACTIVE <-> ON_HOLD -> COMPLETED; CANCELLED from PLANNED, ACTIVE or ON_HOLD. */
export type ProjectStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ON_HOLD'
  | 'PLANNED';

/** A milestone or a task of a project. Tasks form a tree under milestones. */
export type ProjectTask = {
  __typename?: 'ProjectTask';
  assignees: Array<Employee>;
  /** When a completed FIXED_PRICE milestone was billed. */
  billedAt?: Maybe<Scalars['DateTime']['output']>;
  /** For a FIXED_PRICE milestone: the amount billed when it completes. */
  billingAmount?: Maybe<Money>;
  children: Array<ProjectTask>;
  createdAt: Scalars['DateTime']['output'];
  /** Tasks that must be DONE before this one starts. */
  dependsOn: Array<ProjectTask>;
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** Estimated work in minutes (a milestone's is the sum of its tasks'). */
  estimateMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: ProjectTaskKind;
  name: Scalars['String']['output'];
  parent?: Maybe<ProjectTask>;
  project: Project;
  status: ProjectTaskStatus;
};

export type ProjectTaskKind =
  | 'MILESTONE'
  | 'TASK';

export type ProjectTaskPayload = {
  __typename?: 'ProjectTaskPayload';
  task?: Maybe<ProjectTask>;
  userErrors: Array<UserError>;
};

/** TODO -> IN_PROGRESS -> DONE (TODO -> DONE directly, IN_PROGRESS back to TODO); CANCELLED from TODO or IN_PROGRESS; DONE -> IN_PROGRESS reopens (not a billed milestone). */
export type ProjectTaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'TODO';

export type Query = {
  __typename?: 'Query';
  /** Employees allocated beyond their capacity in at least one week of `from`..`to`, with those weeks. */
  overallocatedEmployees: Array<ResourcePlanRow>;
  project?: Maybe<Project>;
  /** A milestone or task of a project. */
  projectTask?: Maybe<ProjectTask>;
  /** The tenant's projects, newest first. */
  projects: ProjectConnection;
  resourceAllocation?: Maybe<ResourceAllocation>;
  /**
   * Per employee (of the department, when given) and ISO week (Monday to Sunday) overlapping
   * `from`..`to`: capacity (working hours less approved time off), hours allocated, hours booked
   * (time logged) and utilisation. At most 26 weeks and 200 employees.
   */
  resourcePlan: ResourcePlan;
  timesheet?: Maybe<Timesheet>;
  /** Weekly timesheets, newest first. */
  timesheets: TimesheetConnection;
};


export type QueryOverallocatedEmployeesArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryResourceAllocationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResourcePlanArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryTimesheetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTimesheetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TimesheetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RejectTimesheetInput = {
  approverId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type ResourceAllocation = {
  __typename?: 'ResourceAllocation';
  createdAt: Scalars['DateTime']['output'];
  employee: Employee;
  from: Scalars['Date']['output'];
  hoursPerWeek: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** Booked beyond the employee's capacity in some week (allowed with allowOverbooking). */
  overbooked: Scalars['Boolean']['output'];
  project: Project;
  to: Scalars['Date']['output'];
};

export type ResourceAllocationIdInput = {
  id: Scalars['ID']['input'];
};

export type ResourceAllocationPayload = {
  __typename?: 'ResourceAllocationPayload';
  allocation?: Maybe<ResourceAllocation>;
  userErrors: Array<UserError>;
};

export type ResourcePlan = {
  __typename?: 'ResourcePlan';
  rows: Array<ResourcePlanRow>;
  /** Mondays of the weeks covered. */
  weeks: Array<Scalars['Date']['output']>;
};

/** One employee in one week. */
export type ResourcePlanCell = {
  __typename?: 'ResourcePlanCell';
  allocatedHours: Scalars['Float']['output'];
  /** Time logged in the week. */
  bookedHours: Scalars['Float']['output'];
  /** Working hours of the week less approved time off and the public holidays of the employee's calendar. */
  capacityHours: Scalars['Float']['output'];
  /** Public holidays on working days of the week (tenant-wide and the employee's country), replicated from hr's calendar. */
  holidays: Array<Scalars['Date']['output']>;
  overallocated: Scalars['Boolean']['output'];
  /** allocated / capacity in percent, one decimal; null at zero capacity. */
  utilisationPercent?: Maybe<Scalars['Float']['output']>;
  weekStart: Scalars['Date']['output'];
};

export type ResourcePlanRow = {
  __typename?: 'ResourcePlanRow';
  cells: Array<ResourcePlanCell>;
  employee: Employee;
};

/** The terms of a RETAINER contract and what it billed per month. */
export type Retainer = {
  __typename?: 'Retainer';
  /** Whether approved billable time beyond the included hours is billed, at the project's rates (role rate, else default). */
  billOverage: Scalars['Boolean']['output'];
  /** The fee of one month (period). */
  fee: Money;
  /** Hours the fee includes per month. */
  includedHours: Scalars['Float']['output'];
  /** When the next period bills (the start of the month after it); null when nothing is left to bill or the project is PLANNED or CANCELLED. */
  nextBillingAt?: Maybe<Scalars['DateTime']['output']>;
  /** The latest `last` periods billed (`offset` counted back from the newest), oldest first. */
  periods: Array<RetainerPeriod>;
};


/** The terms of a RETAINER contract and what it billed per month. */
export type RetainerPeriodsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type RetainerInput = {
  /** Bill approved billable time beyond the included hours at the project's rates. */
  billOverage?: InputMaybe<Scalars['Boolean']['input']>;
  /** The fee of one month, in the project's currency. */
  fee: MoneyInput;
  /** Hours the fee includes per month (0-744). */
  includedHours: Scalars['Float']['input'];
};

/** One month of a retainer, billed once to finance (`source` retainer:<projectId>:<YYYY-MM>). */
export type RetainerPeriod = {
  __typename?: 'RetainerPeriod';
  /** fee + overage: the invoice's net total. */
  amount: Money;
  billedAt: Scalars['DateTime']['output'];
  fee: Money;
  includedHours: Scalars['Float']['output'];
  /** What the overage billed (zero when the terms do not bill overage). */
  overage: Money;
  /** usedHours beyond includedHours. */
  overageHours: Scalars['Float']['output'];
  /** YYYY-MM */
  period: Scalars['String']['output'];
  source: Scalars['String']['output'];
  /** Approved billable time dated in the month when it was billed. */
  usedHours: Scalars['Float']['output'];
};

export type RoleRate = {
  __typename?: 'RoleRate';
  rate: Money;
  role: Scalars['String']['output'];
};

export type RoleRateInput = {
  rate: MoneyInput;
  role: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** A project changed status (of the given customer, when set). */
  projectStatusChanged: Project;
  /** A timesheet was submitted for approval (of the given project, when set). */
  timesheetSubmitted: Timesheet;
};


export type SubscriptionProjectStatusChangedArgs = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionTimesheetSubmittedArgs = {
  projectId?: InputMaybe<Scalars['ID']['input']>;
};

export type TaskDependencyInput = {
  /** The task it waits for. */
  dependsOnId: Scalars['ID']['input'];
  /** The task that waits. */
  taskId: Scalars['ID']['input'];
};

export type TimeEntry = {
  __typename?: 'TimeEntry';
  billable: Scalars['Boolean']['output'];
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  minutes: Scalars['Int']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Hourly rate billed for it (TIME_AND_MATERIALS, billable), fixed at approval. */
  rate?: Maybe<Money>;
  task?: Maybe<ProjectTask>;
};

export type TimeEntryIdInput = {
  id: Scalars['ID']['input'];
};

export type TimeEntryPayload = {
  __typename?: 'TimeEntryPayload';
  entry?: Maybe<TimeEntry>;
  timesheet?: Maybe<Timesheet>;
  userErrors: Array<UserError>;
};

/** One employee's time on one project in one ISO week (Monday to Sunday). */
export type Timesheet = {
  __typename?: 'Timesheet';
  billableMinutes: Scalars['Int']['output'];
  /** What its billable time was billed for (TIME_AND_MATERIALS projects), once approved. */
  billedAmount?: Maybe<Money>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The project manager who approved or rejected it. */
  decidedBy?: Maybe<Employee>;
  employee: Employee;
  entries: Array<TimeEntry>;
  id: Scalars['ID']['output'];
  project: Project;
  rejectionReason?: Maybe<Scalars['String']['output']>;
  status: TimesheetStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  totalMinutes: Scalars['Int']['output'];
  /** The Monday of the week. */
  weekStart: Scalars['Date']['output'];
};

export type TimesheetConnection = {
  __typename?: 'TimesheetConnection';
  edges: Array<TimesheetEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TimesheetEdge = {
  __typename?: 'TimesheetEdge';
  cursor: Scalars['String']['output'];
  node: Timesheet;
};

export type TimesheetFilter = {
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<TimesheetStatus>;
};

export type TimesheetIdInput = {
  id: Scalars['ID']['input'];
};

export type TimesheetPayload = {
  __typename?: 'TimesheetPayload';
  timesheet?: Maybe<Timesheet>;
  userErrors: Array<UserError>;
};

/** OPEN -> SUBMITTED -> APPROVED, or SUBMITTED -> REJECTED -> SUBMITTED again. APPROVED is final. */
export type TimesheetStatus =
  | 'APPROVED'
  | 'OPEN'
  | 'REJECTED'
  | 'SUBMITTED';

/** Only the fields given change. */
export type UpdateProjectInput = {
  budget?: InputMaybe<MoneyInput>;
  budgetHours?: InputMaybe<Scalars['Float']['input']>;
  contractType?: InputMaybe<ContractType>;
  defaultRate?: InputMaybe<MoneyInput>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** New retainer terms: they apply to the periods not billed yet. */
  retainer?: InputMaybe<RetainerInput>;
  roleRates?: InputMaybe<Array<RoleRateInput>>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

export type UpdateProjectTaskInput = {
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  billingAmount?: InputMaybe<MoneyInput>;
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  estimateMinutes?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change. */
export type UpdateResourceAllocationInput = {
  allowOverbooking?: InputMaybe<Scalars['Boolean']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Only the fields given change; a new date must stay in the same week. */
export type UpdateTimeEntryInput = {
  billable?: InputMaybe<Scalars['Boolean']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  minutes?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  taskId?: InputMaybe<Scalars['ID']['input']>;
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
  Customer: Customer;
  Deal: Deal;
  Employee: Employee;
  Project: Project;
  ProjectTask: ProjectTask;
  ResourceAllocation: ResourceAllocation;
  Timesheet: Timesheet;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Deal:
    ( { __typename: 'Deal' }
    & GraphQLRecursivePick<FederationTypes['Deal'], {"id":true}> );
  Employee:
    ( { __typename: 'Employee' }
    & GraphQLRecursivePick<FederationTypes['Employee'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  ProjectTask:
    ( { __typename: 'ProjectTask' }
    & GraphQLRecursivePick<FederationTypes['ProjectTask'], {"id":true}> );
  ResourceAllocation:
    ( { __typename: 'ResourceAllocation' }
    & GraphQLRecursivePick<FederationTypes['ResourceAllocation'], {"id":true}> );
  Timesheet:
    ( { __typename: 'Timesheet' }
    & GraphQLRecursivePick<FederationTypes['Timesheet'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddProjectTaskInput: AddProjectTaskInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AllocateResourceInput: AllocateResourceInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ApproveTimesheetInput: ApproveTimesheetInput;
  Attachment: ResolverTypeWrapper<Attachment>;
  AttachmentOwnerType: AttachmentOwnerType;
  ChangeProjectStatusInput: ChangeProjectStatusInput;
  ChangeProjectTaskStatusInput: ChangeProjectTaskStatusInput;
  ContractType: ContractType;
  CreateProjectInput: CreateProjectInput;
  Customer: ResolverTypeWrapper<EntityRef>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deal: ResolverTypeWrapper<EntityRef>;
  Employee: ResolverTypeWrapper<EntityRef>;
  LogTimeInput: LogTimeInput;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Project: ResolverTypeWrapper<ProjectDoc>;
  ProjectBilling: ResolverTypeWrapper<ProjectBilling>;
  ProjectConnection: ResolverTypeWrapper<ProjectConnectionModel>;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  ProjectFilter: ProjectFilter;
  ProjectPayload: ResolverTypeWrapper<Omit<ProjectPayload, 'project'> & { project?: Maybe<ResolversTypes['Project']> }>;
  ProjectProfitability: ResolverTypeWrapper<ProfitabilityModel>;
  ProjectProgress: ResolverTypeWrapper<ProjectProgress>;
  ProjectStatus: ProjectStatus;
  ProjectTask: ResolverTypeWrapper<ProjectTaskDoc>;
  ProjectTaskKind: ProjectTaskKind;
  ProjectTaskPayload: ResolverTypeWrapper<Omit<ProjectTaskPayload, 'task'> & { task?: Maybe<ResolversTypes['ProjectTask']> }>;
  ProjectTaskStatus: ProjectTaskStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RejectTimesheetInput: RejectTimesheetInput;
  ResourceAllocation: ResolverTypeWrapper<AllocationView>;
  ResourceAllocationIdInput: ResourceAllocationIdInput;
  ResourceAllocationPayload: ResolverTypeWrapper<Omit<ResourceAllocationPayload, 'allocation'> & { allocation?: Maybe<ResolversTypes['ResourceAllocation']> }>;
  ResourcePlan: ResolverTypeWrapper<ResourcePlanModel>;
  ResourcePlanCell: ResolverTypeWrapper<PlanCellModel>;
  ResourcePlanRow: ResolverTypeWrapper<ResourcePlanRowModel>;
  Retainer: ResolverTypeWrapper<Retainer>;
  RetainerInput: RetainerInput;
  RetainerPeriod: ResolverTypeWrapper<RetainerPeriod>;
  RoleRate: ResolverTypeWrapper<RoleRate>;
  RoleRateInput: RoleRateInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TaskDependencyInput: TaskDependencyInput;
  TimeEntry: ResolverTypeWrapper<TimeEntryView>;
  TimeEntryIdInput: TimeEntryIdInput;
  TimeEntryPayload: ResolverTypeWrapper<Omit<TimeEntryPayload, 'entry' | 'timesheet'> & { entry?: Maybe<ResolversTypes['TimeEntry']>, timesheet?: Maybe<ResolversTypes['Timesheet']> }>;
  Timesheet: ResolverTypeWrapper<TimesheetDoc>;
  TimesheetConnection: ResolverTypeWrapper<TimesheetConnectionModel>;
  TimesheetEdge: ResolverTypeWrapper<Omit<TimesheetEdge, 'node'> & { node: ResolversTypes['Timesheet'] }>;
  TimesheetFilter: TimesheetFilter;
  TimesheetIdInput: TimesheetIdInput;
  TimesheetPayload: ResolverTypeWrapper<Omit<TimesheetPayload, 'timesheet'> & { timesheet?: Maybe<ResolversTypes['Timesheet']> }>;
  TimesheetStatus: TimesheetStatus;
  UpdateProjectInput: UpdateProjectInput;
  UpdateProjectTaskInput: UpdateProjectTaskInput;
  UpdateResourceAllocationInput: UpdateResourceAllocationInput;
  UpdateTimeEntryInput: UpdateTimeEntryInput;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddProjectTaskInput: AddProjectTaskInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  AllocateResourceInput: AllocateResourceInput;
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  ApproveTimesheetInput: ApproveTimesheetInput;
  Attachment: Attachment;
  ChangeProjectStatusInput: ChangeProjectStatusInput;
  ChangeProjectTaskStatusInput: ChangeProjectTaskStatusInput;
  CreateProjectInput: CreateProjectInput;
  Customer: EntityRef;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deal: EntityRef;
  Employee: EntityRef;
  LogTimeInput: LogTimeInput;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Project: ProjectDoc;
  ProjectBilling: ProjectBilling;
  ProjectConnection: ProjectConnectionModel;
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  ProjectFilter: ProjectFilter;
  ProjectPayload: Omit<ProjectPayload, 'project'> & { project?: Maybe<ResolversParentTypes['Project']> };
  ProjectProfitability: ProfitabilityModel;
  ProjectProgress: ProjectProgress;
  ProjectTask: ProjectTaskDoc;
  ProjectTaskPayload: Omit<ProjectTaskPayload, 'task'> & { task?: Maybe<ResolversParentTypes['ProjectTask']> };
  Query: Record<PropertyKey, never>;
  RejectTimesheetInput: RejectTimesheetInput;
  ResourceAllocation: AllocationView;
  ResourceAllocationIdInput: ResourceAllocationIdInput;
  ResourceAllocationPayload: Omit<ResourceAllocationPayload, 'allocation'> & { allocation?: Maybe<ResolversParentTypes['ResourceAllocation']> };
  ResourcePlan: ResourcePlanModel;
  ResourcePlanCell: PlanCellModel;
  ResourcePlanRow: ResourcePlanRowModel;
  Retainer: Retainer;
  RetainerInput: RetainerInput;
  RetainerPeriod: RetainerPeriod;
  RoleRate: RoleRate;
  RoleRateInput: RoleRateInput;
  Subscription: Record<PropertyKey, never>;
  TaskDependencyInput: TaskDependencyInput;
  TimeEntry: TimeEntryView;
  TimeEntryIdInput: TimeEntryIdInput;
  TimeEntryPayload: Omit<TimeEntryPayload, 'entry' | 'timesheet'> & { entry?: Maybe<ResolversParentTypes['TimeEntry']>, timesheet?: Maybe<ResolversParentTypes['Timesheet']> };
  Timesheet: TimesheetDoc;
  TimesheetConnection: TimesheetConnectionModel;
  TimesheetEdge: Omit<TimesheetEdge, 'node'> & { node: ResolversParentTypes['Timesheet'] };
  TimesheetFilter: TimesheetFilter;
  TimesheetIdInput: TimesheetIdInput;
  TimesheetPayload: Omit<TimesheetPayload, 'timesheet'> & { timesheet?: Maybe<ResolversParentTypes['Timesheet']> };
  UpdateProjectInput: UpdateProjectInput;
  UpdateProjectTaskInput: UpdateProjectTaskInput;
  UpdateResourceAllocationInput: UpdateResourceAllocationInput;
  UpdateTimeEntryInput: UpdateTimeEntryInput;
  UserError: UserError;
}>;

export type AttachmentResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = ResolversObject<{
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uploadedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, RequireFields<CustomerProjectsArgs, 'first'>>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DealResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['Deal'] = ResolversParentTypes['Deal'], FederationReferenceType extends FederationReferenceTypes['Deal'] = FederationReferenceTypes['Deal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Deal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
}>;

export type EmployeeResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee'], FederationReferenceType extends FederationReferenceTypes['Employee'] = FederationReferenceTypes['Employee']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Employee']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignedTasks?: Resolver<Array<ResolversTypes['ProjectTask']>, ParentType, ContextType>;
  assignments?: Resolver<Array<ResolversTypes['ResourceAllocation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addProjectTask?: Resolver<ResolversTypes['ProjectTaskPayload'], ParentType, ContextType, RequireFields<MutationAddProjectTaskArgs, 'input'>>;
  addTaskDependency?: Resolver<ResolversTypes['ProjectTaskPayload'], ParentType, ContextType, RequireFields<MutationAddTaskDependencyArgs, 'input'>>;
  allocateResource?: Resolver<ResolversTypes['ResourceAllocationPayload'], ParentType, ContextType, RequireFields<MutationAllocateResourceArgs, 'input'>>;
  approveTimesheet?: Resolver<ResolversTypes['TimesheetPayload'], ParentType, ContextType, RequireFields<MutationApproveTimesheetArgs, 'input'>>;
  changeProjectStatus?: Resolver<ResolversTypes['ProjectPayload'], ParentType, ContextType, RequireFields<MutationChangeProjectStatusArgs, 'input'>>;
  changeProjectTaskStatus?: Resolver<ResolversTypes['ProjectTaskPayload'], ParentType, ContextType, RequireFields<MutationChangeProjectTaskStatusArgs, 'input'>>;
  createProject?: Resolver<ResolversTypes['ProjectPayload'], ParentType, ContextType, RequireFields<MutationCreateProjectArgs, 'input'>>;
  deleteTimeEntry?: Resolver<ResolversTypes['TimesheetPayload'], ParentType, ContextType, RequireFields<MutationDeleteTimeEntryArgs, 'input'>>;
  logTime?: Resolver<ResolversTypes['TimeEntryPayload'], ParentType, ContextType, RequireFields<MutationLogTimeArgs, 'input'>>;
  rejectTimesheet?: Resolver<ResolversTypes['TimesheetPayload'], ParentType, ContextType, RequireFields<MutationRejectTimesheetArgs, 'input'>>;
  removeResourceAllocation?: Resolver<ResolversTypes['ResourceAllocationPayload'], ParentType, ContextType, RequireFields<MutationRemoveResourceAllocationArgs, 'input'>>;
  removeTaskDependency?: Resolver<ResolversTypes['ProjectTaskPayload'], ParentType, ContextType, RequireFields<MutationRemoveTaskDependencyArgs, 'input'>>;
  submitTimesheet?: Resolver<ResolversTypes['TimesheetPayload'], ParentType, ContextType, RequireFields<MutationSubmitTimesheetArgs, 'input'>>;
  updateProject?: Resolver<ResolversTypes['ProjectPayload'], ParentType, ContextType, RequireFields<MutationUpdateProjectArgs, 'input'>>;
  updateProjectTask?: Resolver<ResolversTypes['ProjectTaskPayload'], ParentType, ContextType, RequireFields<MutationUpdateProjectTaskArgs, 'input'>>;
  updateResourceAllocation?: Resolver<ResolversTypes['ResourceAllocationPayload'], ParentType, ContextType, RequireFields<MutationUpdateResourceAllocationArgs, 'input'>>;
  updateTimeEntry?: Resolver<ResolversTypes['TimeEntryPayload'], ParentType, ContextType, RequireFields<MutationUpdateTimeEntryArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allocations?: Resolver<Array<ResolversTypes['ResourceAllocation']>, ParentType, ContextType>;
  budget?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  budgetHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  contractType?: Resolver<ResolversTypes['ContractType'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  defaultRate?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['ProjectTask']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  profitability?: Resolver<ResolversTypes['ProjectProfitability'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['ProjectProgress'], ParentType, ContextType>;
  retainer?: Resolver<Maybe<ResolversTypes['Retainer']>, ParentType, ContextType>;
  roleRates?: Resolver<Array<ResolversTypes['RoleRate']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['ProjectTask']>, ParentType, ContextType>;
}>;

export type ProjectBillingResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['ProjectBilling'] = ResolversParentTypes['ProjectBilling']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  billedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  credited?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  voided?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProjectConnectionResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProjectEdgeResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
}>;

export type ProjectPayloadResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['ProjectPayload'] = ResolversParentTypes['ProjectPayload']> = ResolversObject<{
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ProjectProfitabilityResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['ProjectProfitability'] = ResolversParentTypes['ProjectProfitability']> = ResolversObject<{
  billing?: Resolver<Array<ResolversTypes['ProjectBilling']>, ParentType, ContextType, RequireFields<ProjectProfitabilityBillingArgs, 'last' | 'offset'>>;
  budgetHoursUsedPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  budgetUsedPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  estimateAtCompletion?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  hoursLogged?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  margin?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  marginPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unpricedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ProjectProgressResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['ProjectProgress'] = ResolversParentTypes['ProjectProgress']> = ResolversObject<{
  completedMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  estimatedMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ProjectTaskResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['ProjectTask'] = ResolversParentTypes['ProjectTask'], FederationReferenceType extends FederationReferenceTypes['ProjectTask'] = FederationReferenceTypes['ProjectTask']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProjectTask']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignees?: Resolver<Array<ResolversTypes['Employee']>, ParentType, ContextType>;
  billedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  billingAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['ProjectTask']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dependsOn?: Resolver<Array<ResolversTypes['ProjectTask']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  estimateMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProjectTaskKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['ProjectTask']>, ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectTaskStatus'], ParentType, ContextType>;
}>;

export type ProjectTaskPayloadResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['ProjectTaskPayload'] = ResolversParentTypes['ProjectTaskPayload']> = ResolversObject<{
  task?: Resolver<Maybe<ResolversTypes['ProjectTask']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  overallocatedEmployees?: Resolver<Array<ResolversTypes['ResourcePlanRow']>, ParentType, ContextType, RequireFields<QueryOverallocatedEmployeesArgs, 'from' | 'to'>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projectTask?: Resolver<Maybe<ResolversTypes['ProjectTask']>, ParentType, ContextType, RequireFields<QueryProjectTaskArgs, 'id'>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, RequireFields<QueryProjectsArgs, 'first'>>;
  resourceAllocation?: Resolver<Maybe<ResolversTypes['ResourceAllocation']>, ParentType, ContextType, RequireFields<QueryResourceAllocationArgs, 'id'>>;
  resourcePlan?: Resolver<ResolversTypes['ResourcePlan'], ParentType, ContextType, RequireFields<QueryResourcePlanArgs, 'from' | 'to'>>;
  timesheet?: Resolver<Maybe<ResolversTypes['Timesheet']>, ParentType, ContextType, RequireFields<QueryTimesheetArgs, 'id'>>;
  timesheets?: Resolver<ResolversTypes['TimesheetConnection'], ParentType, ContextType, RequireFields<QueryTimesheetsArgs, 'first'>>;
}>;

export type ResourceAllocationResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['ResourceAllocation'] = ResolversParentTypes['ResourceAllocation'], FederationReferenceType extends FederationReferenceTypes['ResourceAllocation'] = FederationReferenceTypes['ResourceAllocation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ResourceAllocation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overbooked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type ResourceAllocationPayloadResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['ResourceAllocationPayload'] = ResolversParentTypes['ResourceAllocationPayload']> = ResolversObject<{
  allocation?: Resolver<Maybe<ResolversTypes['ResourceAllocation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ResourcePlanResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['ResourcePlan'] = ResolversParentTypes['ResourcePlan']> = ResolversObject<{
  rows?: Resolver<Array<ResolversTypes['ResourcePlanRow']>, ParentType, ContextType>;
  weeks?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type ResourcePlanCellResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['ResourcePlanCell'] = ResolversParentTypes['ResourcePlanCell']> = ResolversObject<{
  allocatedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bookedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  capacityHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  holidays?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  overallocated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  utilisationPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  weekStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type ResourcePlanRowResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['ResourcePlanRow'] = ResolversParentTypes['ResourcePlanRow']> = ResolversObject<{
  cells?: Resolver<Array<ResolversTypes['ResourcePlanCell']>, ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
}>;

export type RetainerResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['Retainer'] = ResolversParentTypes['Retainer']> = ResolversObject<{
  billOverage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fee?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  includedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  nextBillingAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['RetainerPeriod']>, ParentType, ContextType, RequireFields<RetainerPeriodsArgs, 'last' | 'offset'>>;
}>;

export type RetainerPeriodResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['RetainerPeriod'] = ResolversParentTypes['RetainerPeriod']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  billedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fee?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  includedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  overage?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  overageHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RoleRateResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['RoleRate'] = ResolversParentTypes['RoleRate']> = ResolversObject<{
  rate?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  projectStatusChanged?: SubscriptionResolver<ResolversTypes['Project'], "projectStatusChanged", ParentType, ContextType, Partial<SubscriptionProjectStatusChangedArgs>>;
  timesheetSubmitted?: SubscriptionResolver<ResolversTypes['Timesheet'], "timesheetSubmitted", ParentType, ContextType, Partial<SubscriptionTimesheetSubmittedArgs>>;
}>;

export type TimeEntryResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['TimeEntry'] = ResolversParentTypes['TimeEntry']> = ResolversObject<{
  billable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['ProjectTask']>, ParentType, ContextType>;
}>;

export type TimeEntryPayloadResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['TimeEntryPayload'] = ResolversParentTypes['TimeEntryPayload']> = ResolversObject<{
  entry?: Resolver<Maybe<ResolversTypes['TimeEntry']>, ParentType, ContextType>;
  timesheet?: Resolver<Maybe<ResolversTypes['Timesheet']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type TimesheetResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['Timesheet'] = ResolversParentTypes['Timesheet'], FederationReferenceType extends FederationReferenceTypes['Timesheet'] = FederationReferenceTypes['Timesheet']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Timesheet']> | FederationReferenceType, FederationReferenceType, ContextType>;
  billableMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  billedAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['TimeEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TimesheetStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  totalMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weekStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type TimesheetConnectionResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['TimesheetConnection'] = ResolversParentTypes['TimesheetConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TimesheetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimesheetEdgeResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['TimesheetEdge'] = ResolversParentTypes['TimesheetEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Timesheet'], ParentType, ContextType>;
}>;

export type TimesheetPayloadResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['TimesheetPayload'] = ResolversParentTypes['TimesheetPayload']> = ResolversObject<{
  timesheet?: Resolver<Maybe<ResolversTypes['Timesheet']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = OperationsContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = OperationsContext> = ResolversObject<{
  Attachment?: AttachmentResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deal?: DealResolvers<ContextType>;
  Employee?: EmployeeResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectBilling?: ProjectBillingResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  ProjectPayload?: ProjectPayloadResolvers<ContextType>;
  ProjectProfitability?: ProjectProfitabilityResolvers<ContextType>;
  ProjectProgress?: ProjectProgressResolvers<ContextType>;
  ProjectTask?: ProjectTaskResolvers<ContextType>;
  ProjectTaskPayload?: ProjectTaskPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResourceAllocation?: ResourceAllocationResolvers<ContextType>;
  ResourceAllocationPayload?: ResourceAllocationPayloadResolvers<ContextType>;
  ResourcePlan?: ResourcePlanResolvers<ContextType>;
  ResourcePlanCell?: ResourcePlanCellResolvers<ContextType>;
  ResourcePlanRow?: ResourcePlanRowResolvers<ContextType>;
  Retainer?: RetainerResolvers<ContextType>;
  RetainerPeriod?: RetainerPeriodResolvers<ContextType>;
  RoleRate?: RoleRateResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TimeEntry?: TimeEntryResolvers<ContextType>;
  TimeEntryPayload?: TimeEntryPayloadResolvers<ContextType>;
  Timesheet?: TimesheetResolvers<ContextType>;
  TimesheetConnection?: TimesheetConnectionResolvers<ContextType>;
  TimesheetEdge?: TimesheetEdgeResolvers<ContextType>;
  TimesheetPayload?: TimesheetPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

