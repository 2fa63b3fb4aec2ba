import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { AttachmentDoc } from '../../../lib/attachments';
import { CustomerDoc, ContactDoc, CustomerConnectionModel, InteractionDoc, InteractionConnectionModel, TaskDoc, TaskConnectionModel, TicketDoc, TicketCommentDoc, TicketCommentConnectionModel, TicketConnectionModel, EmployeeRef, CustomerAttentionModel, CustomerAttentionConnectionModel, CrmSettingsView } from '../models';
import { CustomersContext } from '../context';
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

export type AddContactInput = {
  customerId: Scalars['ID']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
};

export type AddTicketCommentInput = {
  body: Scalars['String']['input'];
  /** The ticket's `version` last read: a ticket changed since is a CONFLICT (omit to append anyway). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  ticketId: Scalars['ID']['input'];
  /** Defaults to PUBLIC. */
  visibility?: InputMaybe<TicketCommentVisibility>;
};

export type Address = {
  __typename?: 'Address';
  city: Scalars['String']['output'];
  /** ISO-3166 alpha-2, e.g. DE. */
  country: Scalars['String']['output'];
  kind: AddressKind;
  line1: Scalars['String']['output'];
  line2?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
};

export type AddressInput = {
  city: Scalars['String']['input'];
  country: Scalars['String']['input'];
  kind: AddressKind;
  line1: Scalars['String']['input'];
  line2?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
};

export type AddressKind =
  | 'BILLING'
  | 'OFFICE'
  | 'SHIPPING';

/** Archives or restores a customer. */
export type ArchiveCustomerInput = {
  /** The `version` last read: a customer changed since is a CONFLICT (omit to overwrite). */
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

export type AttentionReason = {
  __typename?: 'AttentionReason';
  kind: AttentionReasonKind;
  /** Human explanation, e.g. "2 overdue tasks". */
  message: Scalars['String']['output'];
};

/** Why a customer needs attention. */
export type AttentionReasonKind =
  | 'NO_RECENT_INTERACTION'
  | 'OVERDUE_TASKS'
  | 'TICKET_PAST_SLA';

export type AutomationAction =
  /** Assigns the payload's ticket to the tenant's onCallAgentId. */
  | 'ASSIGN_TICKET_TO_ON_CALL'
  /** A follow-up task for the payload's ownerId, due afterDays after the event. */
  | 'CREATE_FOLLOW_UP_TASK';

/** A payload field must equal a value (compared as a string). */
export type AutomationCondition = {
  __typename?: 'AutomationCondition';
  equals: Scalars['String']['output'];
  field: Scalars['String']['output'];
};

export type AutomationConditionInput = {
  equals: Scalars['String']['input'];
  field: Scalars['String']['input'];
};

/** When an event of eventType arrives and every condition holds, the action runs (once per rule and event). */
export type AutomationRule = {
  __typename?: 'AutomationRule';
  action: AutomationAction;
  afterDays?: Maybe<Scalars['Int']['output']>;
  conditions: Array<AutomationCondition>;
  enabled: Scalars['Boolean']['output'];
  /** sales.deal.stageChanged, sales.deal.won or customers.ticket.created. */
  eventType: Scalars['String']['output'];
  name: Scalars['String']['output'];
  taskTitle?: Maybe<Scalars['String']['output']>;
};

export type AutomationRuleInput = {
  action: AutomationAction;
  afterDays?: InputMaybe<Scalars['Int']['input']>;
  conditions?: InputMaybe<Array<AutomationConditionInput>>;
  /** Defaults to true. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  eventType: Scalars['String']['input'];
  name: Scalars['String']['input'];
  taskTitle?: InputMaybe<Scalars['String']['input']>;
};

/** A person at a customer. */
export type Contact = {
  __typename?: 'Contact';
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** Their role at the customer, e.g. Purchasing, CFO. */
  role?: Maybe<Scalars['String']['output']>;
};

export type CreateCustomerInput = {
  addresses?: InputMaybe<Array<AddressInput>>;
  email?: InputMaybe<Scalars['String']['input']>;
  kind: CustomerKind;
  name: Scalars['String']['input'];
  /** An hr Employee id. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to LEAD. */
  status?: InputMaybe<CustomerStatus>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreateTaskInput = {
  /** hr Employee id. */
  assigneeId: Scalars['ID']['input'];
  customerId?: InputMaybe<Scalars['ID']['input']>;
  dealId?: InputMaybe<Scalars['ID']['input']>;
  dueAt: Scalars['DateTime']['input'];
  ticketId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type CreateTicketInput = {
  /** Skips routing when given (hr Employee id). */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  customerId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to MEDIUM. */
  priority?: InputMaybe<TicketPriority>;
  subject: Scalars['String']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CrmSettings = {
  __typename?: 'CrmSettings';
  /** Days without interaction after which a customer needs attention (default 30). */
  attentionDays: Scalars['Int']['output'];
  /** The automation rules in effect (the defaults until the tenant sets its own). */
  automationRules: Array<AutomationRule>;
  /** Who ASSIGN_TICKET_TO_ON_CALL rules assign to (hr Employee id). */
  onCallAgentId?: Maybe<Scalars['ID']['output']>;
  routingRules: Array<RoutingRule>;
};

export type CrmSettingsPayload = {
  __typename?: 'CrmSettingsPayload';
  settings?: Maybe<CrmSettings>;
  userErrors: Array<UserError>;
};

/** A business or person the tenant sells to. Owned by the customers subgraph; sales and finance extend it. */
export type Customer = {
  __typename?: 'Customer';
  addresses: Array<Address>;
  /** When it was archived; null while it is in use. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Files attached to this record, oldest first (at most 100); upload with `createUpload`. */
  attachments: Array<Attachment>;
  /** People to talk to at this customer. */
  contacts: Array<Contact>;
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: CustomerKind;
  /** When the last call, email, meeting or note happened (SYSTEM entries do not count); null when never. */
  lastInteractionAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The employee who owns the relationship. */
  owner?: Maybe<Employee>;
  phone?: Maybe<Scalars['String']['output']>;
  status: CustomerStatus;
  /** Free labels, lower-cased (e.g. vip, reseller). */
  tags: Array<Scalars['String']['output']>;
  /** Tickets of this customer, newest first. */
  tickets: TicketConnection;
  /** Interactions of every kind, newest first (ordered by occurrence time to the second). */
  timeline: InteractionConnection;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change: send it as `expectedVersion` to refuse overwriting a newer edit. */
  version: Scalars['Int']['output'];
};


/** A business or person the tenant sells to. Owned by the customers subgraph; sales and finance extend it. */
export type CustomerTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A business or person the tenant sells to. Owned by the customers subgraph; sales and finance extend it. */
export type CustomerTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<InteractionKind>>;
};

export type CustomerAttention = {
  __typename?: 'CustomerAttention';
  customer: Customer;
  reasons: Array<AttentionReason>;
};

export type CustomerAttentionConnection = {
  __typename?: 'CustomerAttentionConnection';
  edges: Array<CustomerAttentionEdge>;
  pageInfo: PageInfo;
};

export type CustomerAttentionEdge = {
  __typename?: 'CustomerAttentionEdge';
  cursor: Scalars['String']['output'];
  node: CustomerAttention;
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

/** Typed filters; every field narrows the result. */
export type CustomerFilter = {
  kind?: InputMaybe<CustomerKind>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive prefix match on the words of the name, the email and contact names. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CustomerStatus>;
  /** Customers carrying this tag. */
  tag?: InputMaybe<Scalars['String']['input']>;
};

export type CustomerKind =
  | 'COMPANY'
  | 'PERSON';

export type CustomerPayload = {
  __typename?: 'CustomerPayload';
  customer?: Maybe<Customer>;
  userErrors: Array<UserError>;
};

/**
 * How a list of customers is ordered; ties keep creation order. Pages stay stable (keyset cursors); a
 * cursor belongs to the sort it came from.
 */
export type CustomerSort =
  /** Longest without an interaction first; customers never talked to come first. */
  | 'LAST_ACTIVITY_ASC'
  /** Most recent interaction first (see lastInteractionAt); customers never talked to come last. */
  | 'LAST_ACTIVITY_DESC'
  /** By name, A to Z, ignoring case and surrounding spaces. */
  | 'NAME_ASC'
  | 'NAME_DESC'
  | 'NEWEST_FIRST'
  | 'OLDEST_FIRST';

/** Where the customer is in its lifecycle. */
export type CustomerStatus =
  | 'ACTIVE'
  | 'CHURNED'
  | 'LEAD'
  | 'PROSPECT';

/** An employee, owned by the hr subgraph; referenced here by id. */
export type Employee = {
  __typename?: 'Employee';
  id: Scalars['ID']['output'];
};

/** One entry on a customer's timeline. */
export type Interaction = {
  __typename?: 'Interaction';
  body?: Maybe<Scalars['String']['output']>;
  /** Contacts of the customer who took part. */
  contacts: Array<Contact>;
  createdAt: Scalars['DateTime']['output'];
  customer?: Maybe<Customer>;
  /** A sales deal this is about (sales' Deal id). */
  dealId?: Maybe<Scalars['ID']['output']>;
  direction: InteractionDirection;
  /** Employees who took part. */
  employees: Array<Employee>;
  id: Scalars['ID']['output'];
  kind: InteractionKind;
  occurredAt: Scalars['DateTime']['output'];
  /** A sales order this is about (sales' Order id). */
  orderId?: Maybe<Scalars['ID']['output']>;
  outcome?: Maybe<Scalars['String']['output']>;
  subject: Scalars['String']['output'];
  ticket?: Maybe<Ticket>;
};

export type InteractionConnection = {
  __typename?: 'InteractionConnection';
  edges: Array<InteractionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InteractionDirection =
  | 'INBOUND'
  | 'INTERNAL'
  | 'OUTBOUND';

export type InteractionEdge = {
  __typename?: 'InteractionEdge';
  cursor: Scalars['String']['output'];
  node: Interaction;
};

/** What kind of entry a timeline item is. SYSTEM entries are written by the platform (e.g. invoice paid). */
export type InteractionKind =
  | 'CALL'
  | 'EMAIL'
  | 'MEETING'
  | 'NOTE'
  | 'SYSTEM';

export type InteractionPayload = {
  __typename?: 'InteractionPayload';
  interaction?: Maybe<Interaction>;
  userErrors: Array<UserError>;
};

export type LogInteractionInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  /** Ids of the customer's contacts. */
  contactIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  customerId: Scalars['ID']['input'];
  dealId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to OUTBOUND (INTERNAL for notes). */
  direction?: InputMaybe<InteractionDirection>;
  /** hr Employee ids. */
  employeeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** CALL, EMAIL, MEETING or NOTE (SYSTEM is reserved for the platform). */
  kind: InteractionKind;
  /** Defaults to now; may not be more than 5 minutes in the future. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  orderId?: InputMaybe<Scalars['ID']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  subject: Scalars['String']['input'];
  ticketId?: InputMaybe<Scalars['ID']['input']>;
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
  addContact: CustomerPayload;
  /**
   * Adds to the conversation of a ticket that is not CLOSED: a PUBLIC reply (the customer sees it;
   * the first one records the ticket's `firstRespondedAt`) or an INTERNAL note for agents.
   * At most 500 comments per ticket.
   */
  addTicketComment: TicketCommentPayload;
  /** Takes a customer out of the lists, search and attention (emits customers.customer.archived); it still resolves by id, with its timeline and documents. */
  archiveCustomer: CustomerPayload;
  /** OPEN -> CANCELLED. */
  cancelTask: TaskPayload;
  /** RESOLVED -> CLOSED (final). */
  closeTicket: TicketPayload;
  /** OPEN -> DONE. */
  completeTask: TaskPayload;
  createCustomer: CustomerPayload;
  createTask: TaskPayload;
  /** Opens a ticket (NEW); the tenant's routing rules pick its assignee unless one is given. */
  createTicket: TicketPayload;
  /** Records a call, email, meeting or note on a customer's timeline. */
  logInteraction: InteractionPayload;
  /** OPEN -> PENDING (waiting on the customer). */
  markTicketPending: TicketPayload;
  /** NEW, PENDING or RESOLVED -> OPEN. */
  openTicket: TicketPayload;
  /** Records the customer's satisfaction (1 to 5) with a RESOLVED or CLOSED ticket; rating again replaces it. */
  rateTicket: TicketPayload;
  /** Gives an OPEN task to another employee. */
  reassignTask: TaskPayload;
  /** Gives a ticket that is not CLOSED to another agent. */
  reassignTicket: TicketPayload;
  /** Removes a contact from a customer; interactions that named them keep their text. */
  removeContact: CustomerPayload;
  /** RESOLVED -> OPEN. */
  reopenTicket: TicketPayload;
  /** OPEN or PENDING -> RESOLVED. */
  resolveTicket: TicketPayload;
  /** Brings an archived customer back (emits customers.customer.restored). */
  restoreCustomer: CustomerPayload;
  /** Corrects a contact of a customer: name, email, phone or role (search follows the new name and email). */
  updateContact: CustomerPayload;
  /** Replaces the tenant's CRM settings (fields not given keep their value). */
  updateCrmSettings: CrmSettingsPayload;
  updateCustomer: CustomerPayload;
  /** Corrects a ticket that is not CLOSED: subject, description, priority (its SLA is counted again from when it was opened), tags, assignee. */
  updateTicket: TicketPayload;
};


export type MutationAddContactArgs = {
  input: AddContactInput;
};


export type MutationAddTicketCommentArgs = {
  input: AddTicketCommentInput;
};


export type MutationArchiveCustomerArgs = {
  input: ArchiveCustomerInput;
};


export type MutationCancelTaskArgs = {
  input: TaskIdInput;
};


export type MutationCloseTicketArgs = {
  input: TicketIdInput;
};


export type MutationCompleteTaskArgs = {
  input: TaskIdInput;
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};


export type MutationLogInteractionArgs = {
  input: LogInteractionInput;
};


export type MutationMarkTicketPendingArgs = {
  input: TicketIdInput;
};


export type MutationOpenTicketArgs = {
  input: TicketIdInput;
};


export type MutationRateTicketArgs = {
  input: RateTicketInput;
};


export type MutationReassignTaskArgs = {
  input: ReassignTaskInput;
};


export type MutationReassignTicketArgs = {
  input: ReassignTicketInput;
};


export type MutationRemoveContactArgs = {
  input: RemoveContactInput;
};


export type MutationReopenTicketArgs = {
  input: TicketIdInput;
};


export type MutationResolveTicketArgs = {
  input: TicketIdInput;
};


export type MutationRestoreCustomerArgs = {
  input: ArchiveCustomerInput;
};


export type MutationUpdateContactArgs = {
  input: UpdateContactInput;
};


export type MutationUpdateCrmSettingsArgs = {
  input: UpdateCrmSettingsInput;
};


export type MutationUpdateCustomerArgs = {
  input: UpdateCustomerInput;
};


export type MutationUpdateTicketArgs = {
  input: UpdateTicketInput;
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** The tenant's CRM settings: attention threshold and ticket routing rules. */
  crmSettings: CrmSettings;
  /** One customer of the caller's tenant, or null. */
  customer?: Maybe<Customer>;
  /** The tenant's customers, newest first unless another sort is chosen. */
  customers: CustomerConnection;
  /**
   * Customers that need someone's attention, each with its reasons: no interaction for the tenant's
   * `attentionDays`, overdue open tasks, or open URGENT/HIGH tickets past their SLA. Newest customer first.
   */
  customersNeedingAttention: CustomerAttentionConnection;
  /**
   * The caller's OPEN tasks, soonest due first (at most 100). Whose tasks: `assigneeId` (an hr Employee id) when
   * given; otherwise a signed-in user's linked employee (hr `linkUserToEmployee`, or the matching email
   * at user creation). An API key caller, or a user not linked, must pass `assigneeId`.
   */
  myTasks: Array<Task>;
  /** One follow-up task, or null. */
  task?: Maybe<Task>;
  /** The tenant's follow-up tasks, newest first. */
  tasks: TaskConnection;
  /** One support ticket, or null. */
  ticket?: Maybe<Ticket>;
  /** The tenant's support tickets, newest first. */
  tickets: TicketConnection;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  sort?: InputMaybe<CustomerSort>;
};


export type QueryCustomersNeedingAttentionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyTasksArgs = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RateTicketInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** A whole number from 1 to 5. */
  rating: Scalars['Int']['input'];
};

export type ReassignTaskInput = {
  /** hr Employee id. */
  assigneeId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};

export type ReassignTicketInput = {
  /** hr Employee id. */
  assigneeId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};

export type RemoveContactInput = {
  contactId: Scalars['ID']['input'];
  customerId: Scalars['ID']['input'];
  /** The customer's `version` last read: a customer changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

/** A rule picking the assignee of new tickets. Rules are tried in order; the first that matches routes. */
export type RoutingRule = {
  __typename?: 'RoutingRule';
  /** The team: hr Employee ids. */
  agentIds: Array<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  /** Matches only tickets of this priority (any when null). */
  priority?: Maybe<TicketPriority>;
  strategy: RoutingStrategy;
  /** Matches only tickets carrying this tag (any when null). */
  tag?: Maybe<Scalars['String']['output']>;
};

export type RoutingRuleInput = {
  agentIds: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  priority?: InputMaybe<TicketPriority>;
  strategy: RoutingStrategy;
  tag?: InputMaybe<Scalars['String']['input']>;
};

export type RoutingStrategy =
  /** The agent with the fewest unresolved tickets (ties: the first listed). */
  | 'LEAST_LOADED'
  /** Agents of the rule take turns. */
  | 'ROUND_ROBIN';

/** Delivered by the gateway (graphql-ws); each event is resolved through Query.ticket / Query.task. */
export type Subscription = {
  __typename?: 'Subscription';
  /** A task's due time passed (once per task); optionally only one assignee's tasks. */
  taskDue: Task;
  /** A ticket was assigned (by routing or reassignment); optionally only to one assignee. */
  ticketAssigned: Ticket;
};


/** Delivered by the gateway (graphql-ws); each event is resolved through Query.ticket / Query.task. */
export type SubscriptionTaskDueArgs = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
};


/** Delivered by the gateway (graphql-ws); each event is resolved through Query.ticket / Query.task. */
export type SubscriptionTicketAssignedArgs = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
};

/** A follow-up for an employee. */
export type Task = {
  __typename?: 'Task';
  assignee: Employee;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  customer?: Maybe<Customer>;
  dealId?: Maybe<Scalars['ID']['output']>;
  dueAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** OPEN and due in the past (derived from the current time). */
  overdue: Scalars['Boolean']['output'];
  status: TaskStatus;
  ticket?: Maybe<Ticket>;
  title: Scalars['String']['output'];
};

export type TaskConnection = {
  __typename?: 'TaskConnection';
  edges: Array<TaskEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TaskEdge = {
  __typename?: 'TaskEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

export type TaskFilter = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<TaskStatus>;
};

export type TaskIdInput = {
  id: Scalars['ID']['input'];
};

export type TaskPayload = {
  __typename?: 'TaskPayload';
  task?: Maybe<Task>;
  userErrors: Array<UserError>;
};

/** A follow-up's lifecycle: OPEN -> DONE or CANCELLED (both final). */
export type TaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

/** A support request of a customer. */
export type Ticket = {
  __typename?: 'Ticket';
  assignee?: Maybe<Employee>;
  /** Files attached to this record, oldest first (at most 100); upload with `createUpload`. */
  attachments: Array<Attachment>;
  /** The conversation, oldest first; `visibility` keeps only PUBLIC replies or INTERNAL notes. */
  comments: TicketCommentConnection;
  createdAt: Scalars['DateTime']['output'];
  customer?: Maybe<Customer>;
  description?: Maybe<Scalars['String']['output']>;
  /** When the first PUBLIC comment was added (null until an agent has replied). */
  firstRespondedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Human number, e.g. TCK-000042. */
  number: Scalars['String']['output'];
  priority: TicketPriority;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  routing?: Maybe<TicketRouting>;
  /** The customer's rating once the ticket is resolved, or null. */
  satisfaction?: Maybe<TicketSatisfaction>;
  /** Not RESOLVED/CLOSED and past slaDueAt (derived from the current time). */
  slaBreached: Scalars['Boolean']['output'];
  /** When the ticket must be resolved by: creation time plus the priority's SLA (URGENT 4h, HIGH 8h, MEDIUM 24h, LOW 72h). */
  slaDueAt: Scalars['DateTime']['output'];
  status: TicketStatus;
  subject: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change: send it as `expectedVersion` to refuse overwriting a newer edit. */
  version: Scalars['Int']['output'];
};


/** A support request of a customer. */
export type TicketCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  visibility?: InputMaybe<TicketCommentVisibility>;
};

/** One message of a ticket's conversation. */
export type TicketComment = {
  __typename?: 'TicketComment';
  /** The hr employee who wrote it, when the author is a user hr has linked to one. */
  author?: Maybe<Employee>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Who wrote it: `user:<id>` or `apikey:<id>`. */
  principal: Scalars['String']['output'];
  visibility: TicketCommentVisibility;
};

export type TicketCommentConnection = {
  __typename?: 'TicketCommentConnection';
  edges: Array<TicketCommentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TicketCommentEdge = {
  __typename?: 'TicketCommentEdge';
  cursor: Scalars['String']['output'];
  node: TicketComment;
};

export type TicketCommentPayload = {
  __typename?: 'TicketCommentPayload';
  comment?: Maybe<TicketComment>;
  ticket?: Maybe<Ticket>;
  userErrors: Array<UserError>;
};

export type TicketCommentVisibility =
  /** A note for agents only. */
  | 'INTERNAL'
  /** A reply the customer sees. */
  | 'PUBLIC';

export type TicketConnection = {
  __typename?: 'TicketConnection';
  edges: Array<TicketEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TicketEdge = {
  __typename?: 'TicketEdge';
  cursor: Scalars['String']['output'];
  node: Ticket;
};

export type TicketFilter = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<TicketPriority>;
  status?: InputMaybe<TicketStatus>;
};

export type TicketIdInput = {
  id: Scalars['ID']['input'];
};

export type TicketPayload = {
  __typename?: 'TicketPayload';
  ticket?: Maybe<Ticket>;
  userErrors: Array<UserError>;
};

export type TicketPriority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'URGENT';

/** How a ticket got its assignee. */
export type TicketRouting = {
  __typename?: 'TicketRouting';
  routedAt: Scalars['DateTime']['output'];
  /** The routing rule that matched; null when assigned by hand. */
  ruleName?: Maybe<Scalars['String']['output']>;
  strategy?: Maybe<RoutingStrategy>;
};

/** How the customer rated the handling of a ticket. */
export type TicketSatisfaction = {
  __typename?: 'TicketSatisfaction';
  comment?: Maybe<Scalars['String']['output']>;
  ratedAt: Scalars['DateTime']['output'];
  /** 1 (very unhappy) to 5 (very happy). */
  rating: Scalars['Int']['output'];
};

/** NEW -> OPEN -> PENDING <-> OPEN -> RESOLVED -> CLOSED; RESOLVED may be reopened. */
export type TicketStatus =
  | 'CLOSED'
  | 'NEW'
  | 'OPEN'
  | 'PENDING'
  | 'RESOLVED';

/** Only the fields given are changed; null clears email, phone or role. */
export type UpdateContactInput = {
  contactId: Scalars['ID']['input'];
  customerId: Scalars['ID']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  /** The customer's `version` last read: a customer changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCrmSettingsInput = {
  attentionDays?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces all automation rules (an empty list turns automation off). */
  automationRules?: InputMaybe<Array<AutomationRuleInput>>;
  onCallAgentId?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces all rules. */
  routingRules?: InputMaybe<Array<RoutingRuleInput>>;
};

/** Only the fields given are changed (lists replace the whole list). */
export type UpdateCustomerInput = {
  addresses?: InputMaybe<Array<AddressInput>>;
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CustomerStatus>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateTicketInput = {
  /** hr Employee id: gives the ticket to this agent (as `reassignTicket`). */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The `version` last read: a ticket changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  priority?: InputMaybe<TicketPriority>;
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
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
  Task: Task;
  Ticket: Ticket;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Task:
    ( { __typename: 'Task' }
    & GraphQLRecursivePick<FederationTypes['Task'], {"id":true}> );
  Ticket:
    ( { __typename: 'Ticket' }
    & GraphQLRecursivePick<FederationTypes['Ticket'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddContactInput: AddContactInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddTicketCommentInput: AddTicketCommentInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Address: ResolverTypeWrapper<Address>;
  AddressInput: AddressInput;
  AddressKind: AddressKind;
  ArchiveCustomerInput: ArchiveCustomerInput;
  Attachment: ResolverTypeWrapper<AttachmentDoc>;
  AttachmentOwnerType: AttachmentOwnerType;
  AttentionReason: ResolverTypeWrapper<AttentionReason>;
  AttentionReasonKind: AttentionReasonKind;
  AutomationAction: AutomationAction;
  AutomationCondition: ResolverTypeWrapper<AutomationCondition>;
  AutomationConditionInput: AutomationConditionInput;
  AutomationRule: ResolverTypeWrapper<AutomationRule>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AutomationRuleInput: AutomationRuleInput;
  Contact: ResolverTypeWrapper<ContactDoc>;
  CreateCustomerInput: CreateCustomerInput;
  CreateTaskInput: CreateTaskInput;
  CreateTicketInput: CreateTicketInput;
  CrmSettings: ResolverTypeWrapper<CrmSettingsView>;
  CrmSettingsPayload: ResolverTypeWrapper<Omit<CrmSettingsPayload, 'settings'> & { settings?: Maybe<ResolversTypes['CrmSettings']> }>;
  Customer: ResolverTypeWrapper<CustomerDoc>;
  CustomerAttention: ResolverTypeWrapper<CustomerAttentionModel>;
  CustomerAttentionConnection: ResolverTypeWrapper<CustomerAttentionConnectionModel>;
  CustomerAttentionEdge: ResolverTypeWrapper<Omit<CustomerAttentionEdge, 'node'> & { node: ResolversTypes['CustomerAttention'] }>;
  CustomerConnection: ResolverTypeWrapper<CustomerConnectionModel>;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerFilter: CustomerFilter;
  CustomerKind: CustomerKind;
  CustomerPayload: ResolverTypeWrapper<Omit<CustomerPayload, 'customer'> & { customer?: Maybe<ResolversTypes['Customer']> }>;
  CustomerSort: CustomerSort;
  CustomerStatus: CustomerStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Employee: ResolverTypeWrapper<EmployeeRef>;
  Interaction: ResolverTypeWrapper<InteractionDoc>;
  InteractionConnection: ResolverTypeWrapper<InteractionConnectionModel>;
  InteractionDirection: InteractionDirection;
  InteractionEdge: ResolverTypeWrapper<Omit<InteractionEdge, 'node'> & { node: ResolversTypes['Interaction'] }>;
  InteractionKind: InteractionKind;
  InteractionPayload: ResolverTypeWrapper<Omit<InteractionPayload, 'interaction'> & { interaction?: Maybe<ResolversTypes['Interaction']> }>;
  LogInteractionInput: LogInteractionInput;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateTicketInput: RateTicketInput;
  ReassignTaskInput: ReassignTaskInput;
  ReassignTicketInput: ReassignTicketInput;
  RemoveContactInput: RemoveContactInput;
  RoutingRule: ResolverTypeWrapper<RoutingRule>;
  RoutingRuleInput: RoutingRuleInput;
  RoutingStrategy: RoutingStrategy;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Task: ResolverTypeWrapper<TaskDoc>;
  TaskConnection: ResolverTypeWrapper<TaskConnectionModel>;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TaskFilter: TaskFilter;
  TaskIdInput: TaskIdInput;
  TaskPayload: ResolverTypeWrapper<Omit<TaskPayload, 'task'> & { task?: Maybe<ResolversTypes['Task']> }>;
  TaskStatus: TaskStatus;
  Ticket: ResolverTypeWrapper<TicketDoc>;
  TicketComment: ResolverTypeWrapper<TicketCommentDoc>;
  TicketCommentConnection: ResolverTypeWrapper<TicketCommentConnectionModel>;
  TicketCommentEdge: ResolverTypeWrapper<Omit<TicketCommentEdge, 'node'> & { node: ResolversTypes['TicketComment'] }>;
  TicketCommentPayload: ResolverTypeWrapper<Omit<TicketCommentPayload, 'comment' | 'ticket'> & { comment?: Maybe<ResolversTypes['TicketComment']>, ticket?: Maybe<ResolversTypes['Ticket']> }>;
  TicketCommentVisibility: TicketCommentVisibility;
  TicketConnection: ResolverTypeWrapper<TicketConnectionModel>;
  TicketEdge: ResolverTypeWrapper<Omit<TicketEdge, 'node'> & { node: ResolversTypes['Ticket'] }>;
  TicketFilter: TicketFilter;
  TicketIdInput: TicketIdInput;
  TicketPayload: ResolverTypeWrapper<Omit<TicketPayload, 'ticket'> & { ticket?: Maybe<ResolversTypes['Ticket']> }>;
  TicketPriority: TicketPriority;
  TicketRouting: ResolverTypeWrapper<TicketRouting>;
  TicketSatisfaction: ResolverTypeWrapper<TicketSatisfaction>;
  TicketStatus: TicketStatus;
  UpdateContactInput: UpdateContactInput;
  UpdateCrmSettingsInput: UpdateCrmSettingsInput;
  UpdateCustomerInput: UpdateCustomerInput;
  UpdateTicketInput: UpdateTicketInput;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddContactInput: AddContactInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AddTicketCommentInput: AddTicketCommentInput;
  Int: Scalars['Int']['output'];
  Address: Address;
  AddressInput: AddressInput;
  ArchiveCustomerInput: ArchiveCustomerInput;
  Attachment: AttachmentDoc;
  AttentionReason: AttentionReason;
  AutomationCondition: AutomationCondition;
  AutomationConditionInput: AutomationConditionInput;
  AutomationRule: AutomationRule;
  Boolean: Scalars['Boolean']['output'];
  AutomationRuleInput: AutomationRuleInput;
  Contact: ContactDoc;
  CreateCustomerInput: CreateCustomerInput;
  CreateTaskInput: CreateTaskInput;
  CreateTicketInput: CreateTicketInput;
  CrmSettings: CrmSettingsView;
  CrmSettingsPayload: Omit<CrmSettingsPayload, 'settings'> & { settings?: Maybe<ResolversParentTypes['CrmSettings']> };
  Customer: CustomerDoc;
  CustomerAttention: CustomerAttentionModel;
  CustomerAttentionConnection: CustomerAttentionConnectionModel;
  CustomerAttentionEdge: Omit<CustomerAttentionEdge, 'node'> & { node: ResolversParentTypes['CustomerAttention'] };
  CustomerConnection: CustomerConnectionModel;
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  CustomerFilter: CustomerFilter;
  CustomerPayload: Omit<CustomerPayload, 'customer'> & { customer?: Maybe<ResolversParentTypes['Customer']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Employee: EmployeeRef;
  Interaction: InteractionDoc;
  InteractionConnection: InteractionConnectionModel;
  InteractionEdge: Omit<InteractionEdge, 'node'> & { node: ResolversParentTypes['Interaction'] };
  InteractionPayload: Omit<InteractionPayload, 'interaction'> & { interaction?: Maybe<ResolversParentTypes['Interaction']> };
  LogInteractionInput: LogInteractionInput;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RateTicketInput: RateTicketInput;
  ReassignTaskInput: ReassignTaskInput;
  ReassignTicketInput: ReassignTicketInput;
  RemoveContactInput: RemoveContactInput;
  RoutingRule: RoutingRule;
  RoutingRuleInput: RoutingRuleInput;
  Subscription: Record<PropertyKey, never>;
  Task: TaskDoc;
  TaskConnection: TaskConnectionModel;
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  TaskFilter: TaskFilter;
  TaskIdInput: TaskIdInput;
  TaskPayload: Omit<TaskPayload, 'task'> & { task?: Maybe<ResolversParentTypes['Task']> };
  Ticket: TicketDoc;
  TicketComment: TicketCommentDoc;
  TicketCommentConnection: TicketCommentConnectionModel;
  TicketCommentEdge: Omit<TicketCommentEdge, 'node'> & { node: ResolversParentTypes['TicketComment'] };
  TicketCommentPayload: Omit<TicketCommentPayload, 'comment' | 'ticket'> & { comment?: Maybe<ResolversParentTypes['TicketComment']>, ticket?: Maybe<ResolversParentTypes['Ticket']> };
  TicketConnection: TicketConnectionModel;
  TicketEdge: Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] };
  TicketFilter: TicketFilter;
  TicketIdInput: TicketIdInput;
  TicketPayload: Omit<TicketPayload, 'ticket'> & { ticket?: Maybe<ResolversParentTypes['Ticket']> };
  TicketRouting: TicketRouting;
  TicketSatisfaction: TicketSatisfaction;
  UpdateContactInput: UpdateContactInput;
  UpdateCrmSettingsInput: UpdateCrmSettingsInput;
  UpdateCustomerInput: UpdateCustomerInput;
  UpdateTicketInput: UpdateTicketInput;
  UserError: UserError;
}>;

export type AddressResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AddressKind'], ParentType, ContextType>;
  line1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AttachmentResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = ResolversObject<{
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uploadedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AttentionReasonResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['AttentionReason'] = ResolversParentTypes['AttentionReason']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['AttentionReasonKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AutomationConditionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['AutomationCondition'] = ResolversParentTypes['AutomationCondition']> = ResolversObject<{
  equals?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AutomationRuleResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['AutomationRule'] = ResolversParentTypes['AutomationRule']> = ResolversObject<{
  action?: Resolver<ResolversTypes['AutomationAction'], ParentType, ContextType>;
  afterDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['AutomationCondition']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taskTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ContactResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CrmSettingsResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CrmSettings'] = ResolversParentTypes['CrmSettings']> = ResolversObject<{
  attentionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  automationRules?: Resolver<Array<ResolversTypes['AutomationRule']>, ParentType, ContextType>;
  onCallAgentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  routingRules?: Resolver<Array<ResolversTypes['RoutingRule']>, ParentType, ContextType>;
}>;

export type CrmSettingsPayloadResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CrmSettingsPayload'] = ResolversParentTypes['CrmSettingsPayload']> = ResolversObject<{
  settings?: Resolver<Maybe<ResolversTypes['CrmSettings']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  addresses?: Resolver<Array<ResolversTypes['Address']>, ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CustomerKind'], ParentType, ContextType>;
  lastInteractionAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CustomerStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tickets?: Resolver<ResolversTypes['TicketConnection'], ParentType, ContextType, RequireFields<CustomerTicketsArgs, 'first'>>;
  timeline?: Resolver<ResolversTypes['InteractionConnection'], ParentType, ContextType, RequireFields<CustomerTimelineArgs, 'first'>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerAttentionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerAttention'] = ResolversParentTypes['CustomerAttention']> = ResolversObject<{
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['AttentionReason']>, ParentType, ContextType>;
}>;

export type CustomerAttentionConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerAttentionConnection'] = ResolversParentTypes['CustomerAttentionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerAttentionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CustomerAttentionEdgeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerAttentionEdge'] = ResolversParentTypes['CustomerAttentionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CustomerAttention'], ParentType, ContextType>;
}>;

export type CustomerConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerEdgeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
}>;

export type CustomerPayloadResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerPayload'] = ResolversParentTypes['CustomerPayload']> = ResolversObject<{
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EmployeeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type InteractionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Interaction'] = ResolversParentTypes['Interaction']> = ResolversObject<{
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  dealId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['InteractionDirection'], ParentType, ContextType>;
  employees?: Resolver<Array<ResolversTypes['Employee']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InteractionKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
}>;

export type InteractionConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['InteractionConnection'] = ResolversParentTypes['InteractionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InteractionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InteractionEdgeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['InteractionEdge'] = ResolversParentTypes['InteractionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType>;
}>;

export type InteractionPayloadResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['InteractionPayload'] = ResolversParentTypes['InteractionPayload']> = ResolversObject<{
  interaction?: Resolver<Maybe<ResolversTypes['Interaction']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addContact?: Resolver<ResolversTypes['CustomerPayload'], ParentType, ContextType, RequireFields<MutationAddContactArgs, 'input'>>;
  addTicketComment?: Resolver<ResolversTypes['TicketCommentPayload'], ParentType, ContextType, RequireFields<MutationAddTicketCommentArgs, 'input'>>;
  archiveCustomer?: Resolver<ResolversTypes['CustomerPayload'], ParentType, ContextType, RequireFields<MutationArchiveCustomerArgs, 'input'>>;
  cancelTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationCancelTaskArgs, 'input'>>;
  closeTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationCloseTicketArgs, 'input'>>;
  completeTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationCompleteTaskArgs, 'input'>>;
  createCustomer?: Resolver<ResolversTypes['CustomerPayload'], ParentType, ContextType, RequireFields<MutationCreateCustomerArgs, 'input'>>;
  createTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationCreateTaskArgs, 'input'>>;
  createTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationCreateTicketArgs, 'input'>>;
  logInteraction?: Resolver<ResolversTypes['InteractionPayload'], ParentType, ContextType, RequireFields<MutationLogInteractionArgs, 'input'>>;
  markTicketPending?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationMarkTicketPendingArgs, 'input'>>;
  openTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationOpenTicketArgs, 'input'>>;
  rateTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationRateTicketArgs, 'input'>>;
  reassignTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationReassignTaskArgs, 'input'>>;
  reassignTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationReassignTicketArgs, 'input'>>;
  removeContact?: Resolver<ResolversTypes['CustomerPayload'], ParentType, ContextType, RequireFields<MutationRemoveContactArgs, 'input'>>;
  reopenTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationReopenTicketArgs, 'input'>>;
  resolveTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationResolveTicketArgs, 'input'>>;
  restoreCustomer?: Resolver<ResolversTypes['CustomerPayload'], ParentType, ContextType, RequireFields<MutationRestoreCustomerArgs, 'input'>>;
  updateContact?: Resolver<ResolversTypes['CustomerPayload'], ParentType, ContextType, RequireFields<MutationUpdateContactArgs, 'input'>>;
  updateCrmSettings?: Resolver<ResolversTypes['CrmSettingsPayload'], ParentType, ContextType, RequireFields<MutationUpdateCrmSettingsArgs, 'input'>>;
  updateCustomer?: Resolver<ResolversTypes['CustomerPayload'], ParentType, ContextType, RequireFields<MutationUpdateCustomerArgs, 'input'>>;
  updateTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationUpdateTicketArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  crmSettings?: Resolver<ResolversTypes['CrmSettings'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, RequireFields<QueryCustomersArgs, 'first' | 'includeArchived' | 'sort'>>;
  customersNeedingAttention?: Resolver<ResolversTypes['CustomerAttentionConnection'], ParentType, ContextType, RequireFields<QueryCustomersNeedingAttentionArgs, 'first'>>;
  myTasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<QueryMyTasksArgs, 'first'>>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<QueryTaskArgs, 'id'>>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<QueryTasksArgs, 'first'>>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<QueryTicketArgs, 'id'>>;
  tickets?: Resolver<ResolversTypes['TicketConnection'], ParentType, ContextType, RequireFields<QueryTicketsArgs, 'first'>>;
}>;

export type RoutingRuleResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['RoutingRule'] = ResolversParentTypes['RoutingRule']> = ResolversObject<{
  agentIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['TicketPriority']>, ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['RoutingStrategy'], ParentType, ContextType>;
  tag?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  taskDue?: SubscriptionResolver<ResolversTypes['Task'], "taskDue", ParentType, ContextType, Partial<SubscriptionTaskDueArgs>>;
  ticketAssigned?: SubscriptionResolver<ResolversTypes['Ticket'], "ticketAssigned", ParentType, ContextType, Partial<SubscriptionTicketAssignedArgs>>;
}>;

export type TaskResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task'], FederationReferenceType extends FederationReferenceTypes['Task'] = FederationReferenceTypes['Task']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Task']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  dealId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaskConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TaskEdgeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
}>;

export type TaskPayloadResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['TaskPayload'] = ResolversParentTypes['TaskPayload']> = ResolversObject<{
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type TicketResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket'], FederationReferenceType extends FederationReferenceTypes['Ticket'] = FederationReferenceTypes['Ticket']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ticket']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  comments?: Resolver<ResolversTypes['TicketCommentConnection'], ParentType, ContextType, RequireFields<TicketCommentsArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstRespondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  routing?: Resolver<Maybe<ResolversTypes['TicketRouting']>, ParentType, ContextType>;
  satisfaction?: Resolver<Maybe<ResolversTypes['TicketSatisfaction']>, ParentType, ContextType>;
  slaBreached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slaDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TicketCommentResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['TicketComment'] = ResolversParentTypes['TicketComment']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['TicketCommentVisibility'], ParentType, ContextType>;
}>;

export type TicketCommentConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['TicketCommentConnection'] = ResolversParentTypes['TicketCommentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TicketCommentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TicketCommentEdgeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['TicketCommentEdge'] = ResolversParentTypes['TicketCommentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TicketComment'], ParentType, ContextType>;
}>;

export type TicketCommentPayloadResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['TicketCommentPayload'] = ResolversParentTypes['TicketCommentPayload']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['TicketComment']>, ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type TicketConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['TicketConnection'] = ResolversParentTypes['TicketConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TicketEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TicketEdgeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['TicketEdge'] = ResolversParentTypes['TicketEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
}>;

export type TicketPayloadResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['TicketPayload'] = ResolversParentTypes['TicketPayload']> = ResolversObject<{
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type TicketRoutingResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['TicketRouting'] = ResolversParentTypes['TicketRouting']> = ResolversObject<{
  routedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  ruleName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  strategy?: Resolver<Maybe<ResolversTypes['RoutingStrategy']>, ParentType, ContextType>;
}>;

export type TicketSatisfactionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['TicketSatisfaction'] = ResolversParentTypes['TicketSatisfaction']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ratedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CustomersContext> = ResolversObject<{
  Address?: AddressResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  AttentionReason?: AttentionReasonResolvers<ContextType>;
  AutomationCondition?: AutomationConditionResolvers<ContextType>;
  AutomationRule?: AutomationRuleResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  CrmSettings?: CrmSettingsResolvers<ContextType>;
  CrmSettingsPayload?: CrmSettingsPayloadResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerAttention?: CustomerAttentionResolvers<ContextType>;
  CustomerAttentionConnection?: CustomerAttentionConnectionResolvers<ContextType>;
  CustomerAttentionEdge?: CustomerAttentionEdgeResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  CustomerPayload?: CustomerPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Employee?: EmployeeResolvers<ContextType>;
  Interaction?: InteractionResolvers<ContextType>;
  InteractionConnection?: InteractionConnectionResolvers<ContextType>;
  InteractionEdge?: InteractionEdgeResolvers<ContextType>;
  InteractionPayload?: InteractionPayloadResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RoutingRule?: RoutingRuleResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TaskPayload?: TaskPayloadResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketComment?: TicketCommentResolvers<ContextType>;
  TicketCommentConnection?: TicketCommentConnectionResolvers<ContextType>;
  TicketCommentEdge?: TicketCommentEdgeResolvers<ContextType>;
  TicketCommentPayload?: TicketCommentPayloadResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
  TicketPayload?: TicketPayloadResolvers<ContextType>;
  TicketRouting?: TicketRoutingResolvers<ContextType>;
  TicketSatisfaction?: TicketSatisfactionResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

