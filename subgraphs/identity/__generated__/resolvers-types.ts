import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { UserDoc, ApiKeyDoc, AuditEventDoc, TenantDoc, ViewerModel, UserConnectionModel, ApiKeyConnectionModel, AuditEventConnectionModel, DomainEventModel, DomainEventConnectionModel, EventConsumerStatusModel, EventConsumerConnectionModel, DeadLetterModel, DeadLetterConnectionModel, WebhookEndpointDoc, WebhookEndpointConnectionModel, WebhookDeliveryDoc, WebhookDeliveryConnectionModel } from '../models';
import { IdentityContext } from '../context';
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

/** A partner credential. The key itself is shown once, when created. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Last request made with it (recorded at most once a minute). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The key's first characters, to recognise it. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<Scalars['String']['output']>;
};

export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  apiKey?: Maybe<ApiKey>;
  userErrors: Array<UserError>;
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

/** A tenant's attachment limits (defaults: 10 MB; PDF, PNG, JPEG, plain text, CSV). */
export type AttachmentLimits = {
  __typename?: 'AttachmentLimits';
  contentTypes: Array<Scalars['String']['output']>;
  maxBytes: Scalars['Int']['output'];
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

/** A security event. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** Who acted: `user:<id>`, `apikey:<id>`, or the email tried at login. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
  type: AuditEventType;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditEventType =
  | 'API_KEY_CREATED'
  | 'API_KEY_REVOKED'
  | 'AUTHORIZATION_DENIED'
  | 'LOGGED_OUT'
  | 'LOGIN_FAILED'
  | 'LOGIN_SUCCEEDED'
  | 'LOGIN_THROTTLED'
  /** A user changed their own password; their sessions were revoked. */
  | 'PASSWORD_CHANGED'
  /** Finance closed its books up to a day (`finance.period.closed`). */
  | 'PERIOD_CLOSED'
  /** Finance moved a closed period's lock date back (`finance.period.reopened`), with the reason. */
  | 'PERIOD_REOPENED'
  | 'REFRESH_TOKEN_REUSED'
  | 'USER_CREATED'
  /** An admin disabled a user: sign-in refused, sessions revoked. */
  | 'USER_DISABLED'
  | 'USER_ENABLED'
  /** An admin changed a user's name or roles. */
  | 'USER_UPDATED'
  | 'WEBHOOK_ENDPOINT_CREATED'
  | 'WEBHOOK_ENDPOINT_DISABLED'
  | 'WEBHOOK_ENDPOINT_ENABLED'
  | 'WEBHOOK_ENDPOINT_UPDATED'
  /** Finance closed a financial year into retained earnings (`finance.year.closed`), with each currency's result. */
  | 'YEAR_CLOSED';

export type AuditFilter = {
  type?: InputMaybe<AuditEventType>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** JWT for `Authorization: Bearer`; expires at accessTokenExpiresAt. */
  accessToken?: Maybe<Scalars['String']['output']>;
  accessTokenExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque; trade it for a new pair with refreshToken before it expires. */
  refreshToken?: Maybe<Scalars['String']['output']>;
  user?: Maybe<User>;
  userErrors: Array<UserError>;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** At least 12 characters, different from the current one. */
  newPassword: Scalars['String']['input'];
};

export type CreateApiKeyInput = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  /** A subset of the caller's own scopes, e.g. ["customers:read"]. */
  scopes: Array<Scalars['String']['input']>;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey?: Maybe<ApiKey>;
  /** The key. Store it now: it is not shown again. */
  key?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type CreateUploadInput = {
  /** The type the bytes will be; checked against the bytes' magic numbers on upload. */
  contentType: Scalars['String']['input'];
  filename: Scalars['String']['input'];
  ownerId: Scalars['ID']['input'];
  ownerType: AttachmentOwnerType;
  /** Exact size in bytes; the upload must carry exactly this many. */
  size: Scalars['Int']['input'];
};

export type CreateUploadPayload = {
  __typename?: 'CreateUploadPayload';
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** PUT the bytes here (relative to the gateway's origin), with this Content-Type, before `expiresAt`. */
  uploadUrl?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type CreateUserInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** At least 12 characters. */
  password: Scalars['String']['input'];
  roles: Array<Role>;
};

export type CreateWebhookEndpointInput = {
  /** 1 to 50 exact event types. */
  eventTypes: Array<Scalars['String']['input']>;
  /** 16 to 200 characters; generated (`whsec_...`) when not given. */
  secret?: InputMaybe<Scalars['String']['input']>;
  /** http or https; in production not one that resolves to a loopback, private or link-local address. */
  url: Scalars['String']['input'];
};

export type CreateWebhookEndpointPayload = {
  __typename?: 'CreateWebhookEndpointPayload';
  /** The signing secret when this call set it (generated or given). Store it now: it is not shown again. */
  secret?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
  webhookEndpoint?: Maybe<WebhookEndpoint>;
};

export type Customer = Node & {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
};

/** An event a consumer group could not process, or one held back behind it. */
export type DeadLetter = {
  __typename?: 'DeadLetter';
  aggregateId: Scalars['ID']['output'];
  /** Handler attempts so far (replays included); 0 for a parked event. */
  attempts: Scalars['Int']['output'];
  /** For a PARKED one: the dead letter it waits behind. */
  blockedBy?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  eventId: Scalars['ID']['output'];
  eventType: Scalars['String']['output'];
  /** The consumer group that failed, e.g. `finance.invoice-drafter`. */
  group: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The last handler error (name and message only). */
  lastError?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  /** The event's payload, as JSON text. */
  payload: Scalars['String']['output'];
  replayRequestedAt?: Maybe<Scalars['DateTime']['output']>;
  replayedAt?: Maybe<Scalars['DateTime']['output']>;
  status: DeadLetterStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type DeadLetterConnection = {
  __typename?: 'DeadLetterConnection';
  edges: Array<DeadLetterEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DeadLetterEdge = {
  __typename?: 'DeadLetterEdge';
  cursor: Scalars['String']['output'];
  node: DeadLetter;
};

export type DeadLetterFilter = {
  group?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<DeadLetterStatus>;
};

export type DeadLetterPayload = {
  __typename?: 'DeadLetterPayload';
  deadLetter?: Maybe<DeadLetter>;
  userErrors: Array<UserError>;
};

export type DeadLetterStatus =
  /** Failed every attempt; holds its aggregate's later events back until replayed. */
  | 'FAILED'
  /** Held back, in order, behind an earlier failed event of the same aggregate. */
  | 'PARKED'
  /** Processed on replay. */
  | 'REPLAYED'
  /** An admin asked for a replay; the group does it on its next round. */
  | 'REPLAY_REQUESTED';

export type Deal = Node & {
  __typename?: 'Deal';
  id: Scalars['ID']['output'];
};

export type Department = Node & {
  __typename?: 'Department';
  id: Scalars['ID']['output'];
};

/** A domain event as the event bus holds it (docs/events.md). */
export type DomainEvent = {
  __typename?: 'DomainEvent';
  /** The record the event is about; events of one aggregate are processed in order. */
  aggregateId: Scalars['ID']['output'];
  /** The event id; consumers process each id at most once in effect. */
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** The payload, as JSON text. */
  payload: Scalars['String']['output'];
  /** Its position in the bus's log (increasing, gap-free). */
  position: Scalars['String']['output'];
  /** The service that produced it, e.g. `sales`. */
  producer: Scalars['String']['output'];
  /** When the bus stored it. */
  publishedAt: Scalars['DateTime']['output'];
  /** The request that caused it, when there was one (find it in the logs). */
  requestId?: Maybe<Scalars['String']['output']>;
  /** Version of the payload's shape for this type. */
  schemaVersion: Scalars['Int']['output'];
  /** `<domain>.<aggregate>.<happened>`, e.g. `sales.order.confirmed`. */
  type: Scalars['String']['output'];
};

export type DomainEventConnection = {
  __typename?: 'DomainEventConnection';
  edges: Array<DomainEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DomainEventEdge = {
  __typename?: 'DomainEventEdge';
  cursor: Scalars['String']['output'];
  node: DomainEvent;
};

export type DomainEventFilter = {
  aggregateId?: InputMaybe<Scalars['ID']['input']>;
  /** Exact event type, e.g. `sales.deal.won`. */
  type?: InputMaybe<Scalars['String']['input']>;
};

export type Employee = Node & {
  __typename?: 'Employee';
  id: Scalars['ID']['output'];
};

export type EventConsumerConnection = {
  __typename?: 'EventConsumerConnection';
  edges: Array<EventConsumerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventConsumerEdge = {
  __typename?: 'EventConsumerEdge';
  cursor: Scalars['String']['output'];
  node: EventConsumerStatus;
};

/** A consumer group (e.g. `finance.invoice-drafter`): where it stands in the log, counted on the caller's tenant's events. */
export type EventConsumerStatus = {
  __typename?: 'EventConsumerStatus';
  group: Scalars['String']['output'];
  /** Seconds since then (0 when nothing is pending). */
  oldestPendingAgeSeconds: Scalars['Int']['output'];
  /** When the oldest of those was published; null when nothing is pending. */
  oldestPendingAt?: Maybe<Scalars['DateTime']['output']>;
  /** The tenant's dead letters of this group that wait for an admin (FAILED, PARKED or REPLAY_REQUESTED). */
  openDeadLetters: Scalars['Int']['output'];
  /** The tenant's events after that position: the group's lag for this tenant. */
  pending: Scalars['Int']['output'];
  /** The last position the group acknowledged. */
  position: Scalars['String']['output'];
};

export type Holiday = Node & {
  __typename?: 'Holiday';
  id: Scalars['ID']['output'];
};

export type Invoice = Node & {
  __typename?: 'Invoice';
  id: Scalars['ID']['output'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** The tenant's slug, e.g. acme. */
  tenant: Scalars['String']['input'];
};

export type LogoutInput = {
  refreshToken: Scalars['String']['input'];
};

export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  userErrors: Array<UserError>;
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
  /** The signed-in user's new password: every session of theirs is revoked, and a new one opened for this caller (its tokens come back). */
  changePassword: AuthPayload;
  /** Creates a partner API key with some of the caller's scopes. The key is returned once, here. */
  createApiKey: CreateApiKeyPayload;
  /**
   * A short-lived signed URL to PUT one file's bytes to (docs/partners.md#attachments), checked against
   * the tenant's attachment limits and the owner type's write scope (customers:write for CUSTOMER and
   * TICKET, sales:write for DEAL, finance:write for INVOICE, SUPPLIER_BILL and EXPENSE, hr:write for EMPLOYEE).
   */
  createUpload: CreateUploadPayload;
  createUser: UserPayload;
  /**
   * Registers a URL that receives the tenant's events of the given types, signed with the endpoint's
   * secret (generated when not given). The secret is returned once, here.
   */
  createWebhookEndpoint: CreateWebhookEndpointPayload;
  /** Refuses the user's sign-ins and revokes every session (their API keys are the tenant's and stay). Not yourself, not the last ADMIN. */
  disableUser: UserPayload;
  /** Stops deliveries to an endpoint; pending ones wait until it is enabled again. */
  disableWebhookEndpoint: WebhookEndpointPayload;
  /** Lets a disabled user sign in again. */
  enableUser: UserPayload;
  /** Resumes deliveries to an endpoint (also one disabled because it kept failing); its failure count starts over. */
  enableWebhookEndpoint: WebhookEndpointPayload;
  /** Signs a user in: a short-lived access token (send as `Authorization: Bearer`) and a refresh token. Callable without credentials. */
  login: AuthPayload;
  /** Ends the session of a refresh token: it and every access token issued in the session stop working. Callable without credentials. */
  logout: LogoutPayload;
  /**
   * Sends a delivery again now, whatever its status (DEAD, DELIVERED or PENDING): it becomes PENDING,
   * due at once, with a fresh retry window. Its attempts count on.
   */
  redeliverWebhook: WebhookDeliveryPayload;
  /** Trades a refresh token for a new pair; the old refresh token stops working. Reusing one revokes the whole session. Callable without credentials. */
  refreshToken: AuthPayload;
  /**
   * Asks the consumer group that owns a FAILED dead letter to process its event again, then the events
   * of the same aggregate parked behind it, in order. The group's running process picks the request up
   * on its next round (any process, any machine): the dead letter is REPLAY_REQUESTED now, then
   * REPLAYED, or FAILED again with the new error.
   */
  replayDeadLetter: DeadLetterPayload;
  revokeApiKey: ApiKeyPayload;
  /** Sets the tenant's attachment limits (maximum size, allowed content types). */
  updateAttachmentLimits: TenantPayload;
  /** Corrects a user's name or roles (only roles within the caller's own scopes); losing a scope revokes the user's sessions. */
  updateUser: UserPayload;
  /** Changes an endpoint's URL, event types or secret (a new secret is returned once, in `secret`). */
  updateWebhookEndpoint: CreateWebhookEndpointPayload;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateUploadArgs = {
  input: CreateUploadInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDisableUserArgs = {
  input: UserIdInput;
};


export type MutationDisableWebhookEndpointArgs = {
  input: WebhookEndpointIdInput;
};


export type MutationEnableUserArgs = {
  input: UserIdInput;
};


export type MutationEnableWebhookEndpointArgs = {
  input: WebhookEndpointIdInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  input: LogoutInput;
};


export type MutationRedeliverWebhookArgs = {
  input: RedeliverWebhookInput;
};


export type MutationRefreshTokenArgs = {
  input: RefreshTokenInput;
};


export type MutationReplayDeadLetterArgs = {
  input: ReplayDeadLetterInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationUpdateAttachmentLimitsArgs = {
  input: UpdateAttachmentLimitsInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};


export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};

/**
 * An entity with a global id: every entity of the API implements it (its `id` field, unchanged).
 * An entity interface: identity answers `node`/`nodes` with the type an id was minted for
 * (lib/node-id.ts), and the gateway fetches the rest from the entity's own subgraph.
 */
export type Node = {
  id: Scalars['ID']['output'];
};

export type Order = Node & {
  __typename?: 'Order';
  id: Scalars['ID']['output'];
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Payment = Node & {
  __typename?: 'Payment';
  id: Scalars['ID']['output'];
};

export type PayrollRun = Node & {
  __typename?: 'PayrollRun';
  id: Scalars['ID']['output'];
};

export type Product = Node & {
  __typename?: 'Product';
  id: Scalars['ID']['output'];
};

export type Project = Node & {
  __typename?: 'Project';
  id: Scalars['ID']['output'];
};

export type ProjectTask = Node & {
  __typename?: 'ProjectTask';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The tenant's API keys (never the keys themselves), newest first. */
  apiKeys: ApiKeyConnection;
  /** Security events of the tenant, newest first. */
  auditLog: AuditEventConnection;
  /** Events of the tenant that a consumer group could not process (and those held back behind them), newest first. */
  deadLetters: DeadLetterConnection;
  /** Every consumer group reading the event bus, by name, with how far behind it is on the tenant's events. */
  eventConsumers: EventConsumerConnection;
  /** The tenant's domain events in the event bus's log, newest first (what was published between domains). */
  events: DomainEventConnection;
  /** Who is calling: the tenant, the principal and its scopes, and the user when signed in. */
  me: Viewer;
  /**
   * Any entity by its id (Relay's refetch): null when the id is malformed, of another tenant, not
   * found, or minted before ids carried their type. The entity's own scopes apply.
   */
  node?: Maybe<Node>;
  /** Entities by their ids, in the order asked (at most 100): each entry as `node(id)` would answer it. */
  nodes: Array<Maybe<Node>>;
  /** The tenant's users, newest first. */
  users: UserConnection;
  /** The deliveries of one of the tenant's endpoints, newest first. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** One of the tenant's webhook endpoints; null when there is none with this id. */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
  /** The tenant's webhook endpoints, newest first (docs/api/webhooks.md). */
  webhookEndpoints: WebhookEndpointConnection;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDeadLettersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeadLetterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEventConsumersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DomainEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  endpointId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Quote = Node & {
  __typename?: 'Quote';
  id: Scalars['ID']['output'];
};

export type RedeliverWebhookInput = {
  deliveryId: Scalars['ID']['input'];
};

export type RefreshTokenInput = {
  refreshToken: Scalars['String']['input'];
};

export type ReplayDeadLetterInput = {
  id: Scalars['ID']['input'];
};

export type ResourceAllocation = Node & {
  __typename?: 'ResourceAllocation';
  id: Scalars['ID']['output'];
};

export type ReviewCycle = Node & {
  __typename?: 'ReviewCycle';
  id: Scalars['ID']['output'];
};

export type RevokeApiKeyInput = {
  id: Scalars['ID']['input'];
};

/** Roles grant scopes (the table in docs/api/identity.md). */
export type Role =
  | 'ADMIN'
  | 'FINANCE'
  | 'HR'
  | 'INVENTORY'
  | 'SALES'
  | 'SUPPORT'
  | 'VIEWER';

export type StockLevel = Node & {
  __typename?: 'StockLevel';
  id: Scalars['ID']['output'];
};

export type Task = Node & {
  __typename?: 'Task';
  id: Scalars['ID']['output'];
};

/** A business using the platform. */
export type Tenant = {
  __typename?: 'Tenant';
  /** What files the tenant's users may attach to records. */
  attachmentLimits: AttachmentLimits;
  /** Reporting currency, ISO-4217. */
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

export type TenantPayload = {
  __typename?: 'TenantPayload';
  tenant?: Maybe<Tenant>;
  userErrors: Array<UserError>;
};

export type Ticket = Node & {
  __typename?: 'Ticket';
  id: Scalars['ID']['output'];
};

export type TimeOffRequest = Node & {
  __typename?: 'TimeOffRequest';
  id: Scalars['ID']['output'];
};

export type TimeOffType = Node & {
  __typename?: 'TimeOffType';
  id: Scalars['ID']['output'];
};

export type Timesheet = Node & {
  __typename?: 'Timesheet';
  id: Scalars['ID']['output'];
};

export type UpdateAttachmentLimitsInput = {
  /** Each one of application/pdf, image/png, image/jpeg, image/gif, application/zip, text/plain, text/csv. */
  contentTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 byte to 100 MB. */
  maxBytes?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateUserInput = {
  /** The `version` last read: a user changed since is a CONFLICT (omit to overwrite). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the roles (at least one). */
  roles?: InputMaybe<Array<Role>>;
};

export type UpdateWebhookEndpointInput = {
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  /** True: generate a new secret (returned once, in `secret`). */
  rotateSecret?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new secret (16 to 200 characters); deliveries are signed with it from now on. */
  secret?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A person who signs in to the web or mobile app. */
export type User = Node & {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  /** Set while the user is disabled (sign-in refused). */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  roles: Array<Role>;
  /** Scopes the roles grant. */
  scopes: Array<Scalars['String']['output']>;
  /** Increases with every change: send it as `expectedVersion` to refuse overwriting a newer edit. */
  version: Scalars['Int']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
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

export type UserIdInput = {
  id: Scalars['ID']['input'];
};

export type UserPayload = {
  __typename?: 'UserPayload';
  user?: Maybe<User>;
  userErrors: Array<UserError>;
};

/** The caller of the current request. */
export type Viewer = {
  __typename?: 'Viewer';
  /** `user:<id>` or `apikey:<id>`. */
  principal: Scalars['String']['output'];
  scopes: Array<Scalars['String']['output']>;
  tenant: Tenant;
  /** The signed-in user; null for an API key. */
  user?: Maybe<User>;
};

export type Warehouse = Node & {
  __typename?: 'Warehouse';
  id: Scalars['ID']['output'];
};

/** One event sent (or to be sent) to one endpoint, with its attempts. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  /** The JSON body sent on every attempt. */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  endpointId: Scalars['ID']['output'];
  /** The event's id (also in the body): receivers de-duplicate on it. */
  eventId: Scalars['ID']['output'];
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last attempt failed, when it did (no response bodies are kept). */
  lastError?: Maybe<Scalars['String']['output']>;
  /** HTTP status of the last attempt; null before the first or when there was no response. */
  lastResponseCode?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due (PENDING only). */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type WebhookDeliveryPayload = {
  __typename?: 'WebhookDeliveryPayload';
  userErrors: Array<UserError>;
  webhookDelivery?: Maybe<WebhookDelivery>;
};

export type WebhookDeliveryStatus =
  /** Failed for a whole day of retries; `redeliverWebhook` sends it again. */
  | 'DEAD'
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Not delivered yet: due at `nextAttemptAt`. */
  | 'PENDING';

export type WebhookDisabledReason =
  /** Its deliveries kept failing until dead-lettered. */
  | 'FAILING'
  /** An admin disabled it. */
  | 'MANUAL';

/** A URL that receives the tenant's events of some types, signed (docs/api/webhooks.md). */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** Deliveries dead-lettered in a row since the last success; the endpoint is disabled at 3. */
  consecutiveDeadDeliveries: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  disabledReason?: Maybe<WebhookDisabledReason>;
  enabled: Scalars['Boolean']['output'];
  /** Exact event types delivered, e.g. `sales.deal.won` (docs/events.md). */
  eventTypes: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The secret's first characters, to recognise it (the secret itself is shown once). */
  secretPrefix: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};

export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  edges: Array<WebhookEndpointEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  cursor: Scalars['String']['output'];
  node: WebhookEndpoint;
};

export type WebhookEndpointIdInput = {
  id: Scalars['ID']['input'];
};

export type WebhookEndpointPayload = {
  __typename?: 'WebhookEndpointPayload';
  userErrors: Array<UserError>;
  webhookEndpoint?: Maybe<WebhookEndpoint>;
};

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
  Department: Department;
  Employee: Employee;
  Holiday: Holiday;
  Invoice: Invoice;
  Node: Node;
  Order: Order;
  Payment: Payment;
  PayrollRun: PayrollRun;
  Product: Product;
  Project: Project;
  ProjectTask: ProjectTask;
  Quote: Quote;
  ResourceAllocation: ResourceAllocation;
  ReviewCycle: ReviewCycle;
  StockLevel: StockLevel;
  Task: Task;
  Ticket: Ticket;
  TimeOffRequest: TimeOffRequest;
  TimeOffType: TimeOffType;
  Timesheet: Timesheet;
  User: User;
  Warehouse: Warehouse;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Deal:
    ( { __typename: 'Deal' }
    & GraphQLRecursivePick<FederationTypes['Deal'], {"id":true}> );
  Department:
    ( { __typename: 'Department' }
    & GraphQLRecursivePick<FederationTypes['Department'], {"id":true}> );
  Employee:
    ( { __typename: 'Employee' }
    & GraphQLRecursivePick<FederationTypes['Employee'], {"id":true}> );
  Holiday:
    ( { __typename: 'Holiday' }
    & GraphQLRecursivePick<FederationTypes['Holiday'], {"id":true}> );
  Invoice:
    ( { __typename: 'Invoice' }
    & GraphQLRecursivePick<FederationTypes['Invoice'], {"id":true}> );
  Node:
    ( { __typename: 'Node' }
    & GraphQLRecursivePick<FederationTypes['Node'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  Payment:
    ( { __typename: 'Payment' }
    & GraphQLRecursivePick<FederationTypes['Payment'], {"id":true}> );
  PayrollRun:
    ( { __typename: 'PayrollRun' }
    & GraphQLRecursivePick<FederationTypes['PayrollRun'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  ProjectTask:
    ( { __typename: 'ProjectTask' }
    & GraphQLRecursivePick<FederationTypes['ProjectTask'], {"id":true}> );
  Quote:
    ( { __typename: 'Quote' }
    & GraphQLRecursivePick<FederationTypes['Quote'], {"id":true}> );
  ResourceAllocation:
    ( { __typename: 'ResourceAllocation' }
    & GraphQLRecursivePick<FederationTypes['ResourceAllocation'], {"id":true}> );
  ReviewCycle:
    ( { __typename: 'ReviewCycle' }
    & GraphQLRecursivePick<FederationTypes['ReviewCycle'], {"id":true}> );
  StockLevel:
    ( { __typename: 'StockLevel' }
    & GraphQLRecursivePick<FederationTypes['StockLevel'], {"id":true}> );
  Task:
    ( { __typename: 'Task' }
    & GraphQLRecursivePick<FederationTypes['Task'], {"id":true}> );
  Ticket:
    ( { __typename: 'Ticket' }
    & GraphQLRecursivePick<FederationTypes['Ticket'], {"id":true}> );
  TimeOffRequest:
    ( { __typename: 'TimeOffRequest' }
    & GraphQLRecursivePick<FederationTypes['TimeOffRequest'], {"id":true}> );
  TimeOffType:
    ( { __typename: 'TimeOffType' }
    & GraphQLRecursivePick<FederationTypes['TimeOffType'], {"id":true}> );
  Timesheet:
    ( { __typename: 'Timesheet' }
    & GraphQLRecursivePick<FederationTypes['Timesheet'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
  Warehouse:
    ( { __typename: 'Warehouse' }
    & GraphQLRecursivePick<FederationTypes['Warehouse'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( Customer )
    | ( Deal )
    | ( Department )
    | ( Employee )
    | ( Holiday )
    | ( Invoice )
    | ( Order )
    | ( Payment )
    | ( PayrollRun )
    | ( Product )
    | ( Project )
    | ( ProjectTask )
    | ( Quote )
    | ( ResourceAllocation )
    | ( ReviewCycle )
    | ( StockLevel )
    | ( Task )
    | ( Ticket )
    | ( TimeOffRequest )
    | ( TimeOffType )
    | ( Timesheet )
    | ( UserDoc )
    | ( Warehouse )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApiKey: ResolverTypeWrapper<ApiKeyDoc>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ApiKeyConnection: ResolverTypeWrapper<ApiKeyConnectionModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  ApiKeyPayload: ResolverTypeWrapper<Omit<ApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  Attachment: ResolverTypeWrapper<Attachment>;
  AttachmentLimits: ResolverTypeWrapper<AttachmentLimits>;
  AttachmentOwnerType: AttachmentOwnerType;
  AuditEvent: ResolverTypeWrapper<AuditEventDoc>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnectionModel>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditEventType: AuditEventType;
  AuditFilter: AuditFilter;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  ChangePasswordInput: ChangePasswordInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  CreateUploadInput: CreateUploadInput;
  CreateUploadPayload: ResolverTypeWrapper<CreateUploadPayload>;
  CreateUserInput: CreateUserInput;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  CreateWebhookEndpointPayload: ResolverTypeWrapper<Omit<CreateWebhookEndpointPayload, 'webhookEndpoint'> & { webhookEndpoint?: Maybe<ResolversTypes['WebhookEndpoint']> }>;
  Customer: ResolverTypeWrapper<Customer>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeadLetter: ResolverTypeWrapper<DeadLetterModel>;
  DeadLetterConnection: ResolverTypeWrapper<DeadLetterConnectionModel>;
  DeadLetterEdge: ResolverTypeWrapper<Omit<DeadLetterEdge, 'node'> & { node: ResolversTypes['DeadLetter'] }>;
  DeadLetterFilter: DeadLetterFilter;
  DeadLetterPayload: ResolverTypeWrapper<Omit<DeadLetterPayload, 'deadLetter'> & { deadLetter?: Maybe<ResolversTypes['DeadLetter']> }>;
  DeadLetterStatus: DeadLetterStatus;
  Deal: ResolverTypeWrapper<Deal>;
  Department: ResolverTypeWrapper<Department>;
  DomainEvent: ResolverTypeWrapper<DomainEventModel>;
  DomainEventConnection: ResolverTypeWrapper<DomainEventConnectionModel>;
  DomainEventEdge: ResolverTypeWrapper<Omit<DomainEventEdge, 'node'> & { node: ResolversTypes['DomainEvent'] }>;
  DomainEventFilter: DomainEventFilter;
  Employee: ResolverTypeWrapper<Employee>;
  EventConsumerConnection: ResolverTypeWrapper<EventConsumerConnectionModel>;
  EventConsumerEdge: ResolverTypeWrapper<Omit<EventConsumerEdge, 'node'> & { node: ResolversTypes['EventConsumerStatus'] }>;
  EventConsumerStatus: ResolverTypeWrapper<EventConsumerStatusModel>;
  Holiday: ResolverTypeWrapper<Holiday>;
  Invoice: ResolverTypeWrapper<Invoice>;
  LoginInput: LoginInput;
  LogoutInput: LogoutInput;
  LogoutPayload: ResolverTypeWrapper<LogoutPayload>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Order: ResolverTypeWrapper<Order>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Payment: ResolverTypeWrapper<Payment>;
  PayrollRun: ResolverTypeWrapper<PayrollRun>;
  Product: ResolverTypeWrapper<Product>;
  Project: ResolverTypeWrapper<Project>;
  ProjectTask: ResolverTypeWrapper<ProjectTask>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<Quote>;
  RedeliverWebhookInput: RedeliverWebhookInput;
  RefreshTokenInput: RefreshTokenInput;
  ReplayDeadLetterInput: ReplayDeadLetterInput;
  ResourceAllocation: ResolverTypeWrapper<ResourceAllocation>;
  ReviewCycle: ResolverTypeWrapper<ReviewCycle>;
  RevokeApiKeyInput: RevokeApiKeyInput;
  Role: Role;
  StockLevel: ResolverTypeWrapper<StockLevel>;
  Task: ResolverTypeWrapper<Task>;
  Tenant: ResolverTypeWrapper<TenantDoc>;
  TenantPayload: ResolverTypeWrapper<Omit<TenantPayload, 'tenant'> & { tenant?: Maybe<ResolversTypes['Tenant']> }>;
  Ticket: ResolverTypeWrapper<Ticket>;
  TimeOffRequest: ResolverTypeWrapper<TimeOffRequest>;
  TimeOffType: ResolverTypeWrapper<TimeOffType>;
  Timesheet: ResolverTypeWrapper<Timesheet>;
  UpdateAttachmentLimitsInput: UpdateAttachmentLimitsInput;
  UpdateUserInput: UpdateUserInput;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  User: ResolverTypeWrapper<UserDoc>;
  UserConnection: ResolverTypeWrapper<UserConnectionModel>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  UserIdInput: UserIdInput;
  UserPayload: ResolverTypeWrapper<Omit<UserPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  Warehouse: ResolverTypeWrapper<Warehouse>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryDoc>;
  WebhookDeliveryConnection: ResolverTypeWrapper<WebhookDeliveryConnectionModel>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryPayload: ResolverTypeWrapper<Omit<WebhookDeliveryPayload, 'webhookDelivery'> & { webhookDelivery?: Maybe<ResolversTypes['WebhookDelivery']> }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookDisabledReason: WebhookDisabledReason;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpointDoc>;
  WebhookEndpointConnection: ResolverTypeWrapper<WebhookEndpointConnectionModel>;
  WebhookEndpointEdge: ResolverTypeWrapper<Omit<WebhookEndpointEdge, 'node'> & { node: ResolversTypes['WebhookEndpoint'] }>;
  WebhookEndpointIdInput: WebhookEndpointIdInput;
  WebhookEndpointPayload: ResolverTypeWrapper<Omit<WebhookEndpointPayload, 'webhookEndpoint'> & { webhookEndpoint?: Maybe<ResolversTypes['WebhookEndpoint']> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiKey: ApiKeyDoc;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  ApiKeyConnection: ApiKeyConnectionModel;
  Int: Scalars['Int']['output'];
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  ApiKeyPayload: Omit<ApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  Attachment: Attachment;
  AttachmentLimits: AttachmentLimits;
  AuditEvent: AuditEventDoc;
  AuditEventConnection: AuditEventConnectionModel;
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditFilter: AuditFilter;
  AuthPayload: Omit<AuthPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  ChangePasswordInput: ChangePasswordInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  CreateUploadInput: CreateUploadInput;
  CreateUploadPayload: CreateUploadPayload;
  CreateUserInput: CreateUserInput;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  CreateWebhookEndpointPayload: Omit<CreateWebhookEndpointPayload, 'webhookEndpoint'> & { webhookEndpoint?: Maybe<ResolversParentTypes['WebhookEndpoint']> };
  Customer: Customer | FederationReferenceTypes['Customer'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeadLetter: DeadLetterModel;
  DeadLetterConnection: DeadLetterConnectionModel;
  DeadLetterEdge: Omit<DeadLetterEdge, 'node'> & { node: ResolversParentTypes['DeadLetter'] };
  DeadLetterFilter: DeadLetterFilter;
  DeadLetterPayload: Omit<DeadLetterPayload, 'deadLetter'> & { deadLetter?: Maybe<ResolversParentTypes['DeadLetter']> };
  Deal: Deal | FederationReferenceTypes['Deal'];
  Department: Department | FederationReferenceTypes['Department'];
  DomainEvent: DomainEventModel;
  DomainEventConnection: DomainEventConnectionModel;
  DomainEventEdge: Omit<DomainEventEdge, 'node'> & { node: ResolversParentTypes['DomainEvent'] };
  DomainEventFilter: DomainEventFilter;
  Employee: Employee | FederationReferenceTypes['Employee'];
  EventConsumerConnection: EventConsumerConnectionModel;
  EventConsumerEdge: Omit<EventConsumerEdge, 'node'> & { node: ResolversParentTypes['EventConsumerStatus'] };
  EventConsumerStatus: EventConsumerStatusModel;
  Holiday: Holiday | FederationReferenceTypes['Holiday'];
  Invoice: Invoice | FederationReferenceTypes['Invoice'];
  LoginInput: LoginInput;
  LogoutInput: LogoutInput;
  LogoutPayload: LogoutPayload;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Order: Order | FederationReferenceTypes['Order'];
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Payment: Payment | FederationReferenceTypes['Payment'];
  PayrollRun: PayrollRun | FederationReferenceTypes['PayrollRun'];
  Product: Product | FederationReferenceTypes['Product'];
  Project: Project | FederationReferenceTypes['Project'];
  ProjectTask: ProjectTask | FederationReferenceTypes['ProjectTask'];
  Query: Record<PropertyKey, never>;
  Quote: Quote | FederationReferenceTypes['Quote'];
  RedeliverWebhookInput: RedeliverWebhookInput;
  RefreshTokenInput: RefreshTokenInput;
  ReplayDeadLetterInput: ReplayDeadLetterInput;
  ResourceAllocation: ResourceAllocation | FederationReferenceTypes['ResourceAllocation'];
  ReviewCycle: ReviewCycle | FederationReferenceTypes['ReviewCycle'];
  RevokeApiKeyInput: RevokeApiKeyInput;
  StockLevel: StockLevel | FederationReferenceTypes['StockLevel'];
  Task: Task | FederationReferenceTypes['Task'];
  Tenant: TenantDoc;
  TenantPayload: Omit<TenantPayload, 'tenant'> & { tenant?: Maybe<ResolversParentTypes['Tenant']> };
  Ticket: Ticket | FederationReferenceTypes['Ticket'];
  TimeOffRequest: TimeOffRequest | FederationReferenceTypes['TimeOffRequest'];
  TimeOffType: TimeOffType | FederationReferenceTypes['TimeOffType'];
  Timesheet: Timesheet | FederationReferenceTypes['Timesheet'];
  UpdateAttachmentLimitsInput: UpdateAttachmentLimitsInput;
  UpdateUserInput: UpdateUserInput;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  User: UserDoc;
  UserConnection: UserConnectionModel;
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserError: UserError;
  UserIdInput: UserIdInput;
  UserPayload: Omit<UserPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  Viewer: ViewerModel;
  Warehouse: Warehouse | FederationReferenceTypes['Warehouse'];
  WebhookDelivery: WebhookDeliveryDoc;
  WebhookDeliveryConnection: WebhookDeliveryConnectionModel;
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookDeliveryPayload: Omit<WebhookDeliveryPayload, 'webhookDelivery'> & { webhookDelivery?: Maybe<ResolversParentTypes['WebhookDelivery']> };
  WebhookEndpoint: WebhookEndpointDoc;
  WebhookEndpointConnection: WebhookEndpointConnectionModel;
  WebhookEndpointEdge: Omit<WebhookEndpointEdge, 'node'> & { node: ResolversParentTypes['WebhookEndpoint'] };
  WebhookEndpointIdInput: WebhookEndpointIdInput;
  WebhookEndpointPayload: Omit<WebhookEndpointPayload, 'webhookEndpoint'> & { webhookEndpoint?: Maybe<ResolversParentTypes['WebhookEndpoint']> };
}>;

export type ApiKeyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ApiKeyConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApiKeyEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
}>;

export type ApiKeyPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiKeyPayload'] = ResolversParentTypes['ApiKeyPayload']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type AttachmentResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = ResolversObject<{
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uploadedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AttachmentLimitsResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AttachmentLimits'] = ResolversParentTypes['AttachmentLimits']> = ResolversObject<{
  contentTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AuditEventType'], ParentType, ContextType>;
}>;

export type AuditEventConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type AuthPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = ResolversObject<{
  accessToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  refreshToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateApiKeyPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateUploadPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CreateUploadPayload'] = ResolversParentTypes['CreateUploadPayload']> = ResolversObject<{
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  uploadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateWebhookEndpointPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CreateWebhookEndpointPayload'] = ResolversParentTypes['CreateWebhookEndpointPayload']> = ResolversObject<{
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeadLetterResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DeadLetter'] = ResolversParentTypes['DeadLetter']> = ResolversObject<{
  aggregateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  blockedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  replayRequestedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  replayedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeadLetterStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type DeadLetterConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DeadLetterConnection'] = ResolversParentTypes['DeadLetterConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DeadLetterEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeadLetterEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DeadLetterEdge'] = ResolversParentTypes['DeadLetterEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DeadLetter'], ParentType, ContextType>;
}>;

export type DeadLetterPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DeadLetterPayload'] = ResolversParentTypes['DeadLetterPayload']> = ResolversObject<{
  deadLetter?: Resolver<Maybe<ResolversTypes['DeadLetter']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DealResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Deal'] = ResolversParentTypes['Deal'], FederationReferenceType extends FederationReferenceTypes['Deal'] = FederationReferenceTypes['Deal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Deal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DepartmentResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department'], FederationReferenceType extends FederationReferenceTypes['Department'] = FederationReferenceTypes['Department']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Department']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DomainEventResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DomainEvent'] = ResolversParentTypes['DomainEvent']> = ResolversObject<{
  aggregateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  producer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schemaVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DomainEventConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DomainEventConnection'] = ResolversParentTypes['DomainEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DomainEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DomainEventEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DomainEventEdge'] = ResolversParentTypes['DomainEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DomainEvent'], ParentType, ContextType>;
}>;

export type EmployeeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee'], FederationReferenceType extends FederationReferenceTypes['Employee'] = FederationReferenceTypes['Employee']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Employee']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventConsumerConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['EventConsumerConnection'] = ResolversParentTypes['EventConsumerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EventConsumerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventConsumerEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['EventConsumerEdge'] = ResolversParentTypes['EventConsumerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EventConsumerStatus'], ParentType, ContextType>;
}>;

export type EventConsumerStatusResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['EventConsumerStatus'] = ResolversParentTypes['EventConsumerStatus']> = ResolversObject<{
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  oldestPendingAgeSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oldestPendingAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  openDeadLetters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HolidayResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Holiday'] = ResolversParentTypes['Holiday'], FederationReferenceType extends FederationReferenceTypes['Holiday'] = FederationReferenceTypes['Holiday']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Holiday']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvoiceResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Invoice'] = ResolversParentTypes['Invoice'], FederationReferenceType extends FederationReferenceTypes['Invoice'] = FederationReferenceTypes['Invoice']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Invoice']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LogoutPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['LogoutPayload'] = ResolversParentTypes['LogoutPayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  changePassword?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createUpload?: Resolver<ResolversTypes['CreateUploadPayload'], ParentType, ContextType, RequireFields<MutationCreateUploadArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  createWebhookEndpoint?: Resolver<ResolversTypes['CreateWebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationCreateWebhookEndpointArgs, 'input'>>;
  disableUser?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationDisableUserArgs, 'input'>>;
  disableWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationDisableWebhookEndpointArgs, 'input'>>;
  enableUser?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationEnableUserArgs, 'input'>>;
  enableWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationEnableWebhookEndpointArgs, 'input'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['LogoutPayload'], ParentType, ContextType, RequireFields<MutationLogoutArgs, 'input'>>;
  redeliverWebhook?: Resolver<ResolversTypes['WebhookDeliveryPayload'], ParentType, ContextType, RequireFields<MutationRedeliverWebhookArgs, 'input'>>;
  refreshToken?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRefreshTokenArgs, 'input'>>;
  replayDeadLetter?: Resolver<ResolversTypes['DeadLetterPayload'], ParentType, ContextType, RequireFields<MutationReplayDeadLetterArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'input'>>;
  updateAttachmentLimits?: Resolver<ResolversTypes['TenantPayload'], ParentType, ContextType, RequireFields<MutationUpdateAttachmentLimitsArgs, 'input'>>;
  updateUser?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'input'>>;
  updateWebhookEndpoint?: Resolver<ResolversTypes['CreateWebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationUpdateWebhookEndpointArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'], FederationReferenceType extends FederationReferenceTypes['Node'] = FederationReferenceTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Customer' | 'Deal' | 'Department' | 'Employee' | 'Holiday' | 'Invoice' | 'Order' | 'Payment' | 'PayrollRun' | 'Product' | 'Project' | 'ProjectTask' | 'Quote' | 'ResourceAllocation' | 'ReviewCycle' | 'StockLevel' | 'Task' | 'Ticket' | 'TimeOffRequest' | 'TimeOffType' | 'Timesheet' | 'User' | 'Warehouse', ParentType, ContextType>;
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Node']> | FederationReferenceType, FederationReferenceType, ContextType>;
}>;

export type OrderResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment'], FederationReferenceType extends FederationReferenceTypes['Payment'] = FederationReferenceTypes['Payment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Payment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PayrollRunResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PayrollRun'] = ResolversParentTypes['PayrollRun'], FederationReferenceType extends FederationReferenceTypes['PayrollRun'] = FederationReferenceTypes['PayrollRun']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PayrollRun']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProjectTaskResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ProjectTask'] = ResolversParentTypes['ProjectTask'], FederationReferenceType extends FederationReferenceTypes['ProjectTask'] = FederationReferenceTypes['ProjectTask']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProjectTask']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKeys?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'first'>>;
  auditLog?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  deadLetters?: Resolver<ResolversTypes['DeadLetterConnection'], ParentType, ContextType, RequireFields<QueryDeadLettersArgs, 'first'>>;
  eventConsumers?: Resolver<ResolversTypes['EventConsumerConnection'], ParentType, ContextType, RequireFields<QueryEventConsumersArgs, 'first'>>;
  events?: Resolver<ResolversTypes['DomainEventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  me?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
  webhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<QueryWebhookDeliveriesArgs, 'endpointId' | 'first'>>;
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType, RequireFields<QueryWebhookEndpointArgs, 'id'>>;
  webhookEndpoints?: Resolver<ResolversTypes['WebhookEndpointConnection'], ParentType, ContextType, RequireFields<QueryWebhookEndpointsArgs, 'first'>>;
}>;

export type QuoteResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote'], FederationReferenceType extends FederationReferenceTypes['Quote'] = FederationReferenceTypes['Quote']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Quote']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ResourceAllocationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ResourceAllocation'] = ResolversParentTypes['ResourceAllocation'], FederationReferenceType extends FederationReferenceTypes['ResourceAllocation'] = FederationReferenceTypes['ResourceAllocation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ResourceAllocation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReviewCycleResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ReviewCycle'] = ResolversParentTypes['ReviewCycle'], FederationReferenceType extends FederationReferenceTypes['ReviewCycle'] = FederationReferenceTypes['ReviewCycle']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReviewCycle']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StockLevelResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['StockLevel'] = ResolversParentTypes['StockLevel'], FederationReferenceType extends FederationReferenceTypes['StockLevel'] = FederationReferenceTypes['StockLevel']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['StockLevel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TaskResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task'], FederationReferenceType extends FederationReferenceTypes['Task'] = FederationReferenceTypes['Task']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Task']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TenantResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Tenant'] = ResolversParentTypes['Tenant']> = ResolversObject<{
  attachmentLimits?: Resolver<ResolversTypes['AttachmentLimits'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TenantPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TenantPayload'] = ResolversParentTypes['TenantPayload']> = ResolversObject<{
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type TicketResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket'], FederationReferenceType extends FederationReferenceTypes['Ticket'] = FederationReferenceTypes['Ticket']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ticket']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TimeOffRequestResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TimeOffRequest'] = ResolversParentTypes['TimeOffRequest'], FederationReferenceType extends FederationReferenceTypes['TimeOffRequest'] = FederationReferenceTypes['TimeOffRequest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TimeOffRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TimeOffTypeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TimeOffType'] = ResolversParentTypes['TimeOffType'], FederationReferenceType extends FederationReferenceTypes['TimeOffType'] = FederationReferenceTypes['TimeOffType']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TimeOffType']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TimesheetResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Timesheet'] = ResolversParentTypes['Timesheet'], FederationReferenceType extends FederationReferenceTypes['Timesheet'] = FederationReferenceTypes['Timesheet']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Timesheet']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserPayload'] = ResolversParentTypes['UserPayload']> = ResolversObject<{
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  principal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type WarehouseResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Warehouse'] = ResolversParentTypes['Warehouse'], FederationReferenceType extends FederationReferenceTypes['Warehouse'] = FederationReferenceTypes['Warehouse']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Warehouse']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endpointId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastResponseCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
}>;

export type WebhookDeliveryConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WebhookDeliveryEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
}>;

export type WebhookDeliveryPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookDeliveryPayload'] = ResolversParentTypes['WebhookDeliveryPayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhookDelivery?: Resolver<Maybe<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
}>;

export type WebhookEndpointResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint']> = ResolversObject<{
  consecutiveDeadDeliveries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['WebhookDisabledReason']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  secretPrefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookEndpointConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookEndpointConnection'] = ResolversParentTypes['WebhookEndpointConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookEndpointEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WebhookEndpointEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookEndpointEdge'] = ResolversParentTypes['WebhookEndpointEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
}>;

export type WebhookEndpointPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookEndpointPayload'] = ResolversParentTypes['WebhookEndpointPayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = IdentityContext> = ResolversObject<{
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  ApiKeyPayload?: ApiKeyPayloadResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  AttachmentLimits?: AttachmentLimitsResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  CreateUploadPayload?: CreateUploadPayloadResolvers<ContextType>;
  CreateWebhookEndpointPayload?: CreateWebhookEndpointPayloadResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeadLetter?: DeadLetterResolvers<ContextType>;
  DeadLetterConnection?: DeadLetterConnectionResolvers<ContextType>;
  DeadLetterEdge?: DeadLetterEdgeResolvers<ContextType>;
  DeadLetterPayload?: DeadLetterPayloadResolvers<ContextType>;
  Deal?: DealResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  DomainEvent?: DomainEventResolvers<ContextType>;
  DomainEventConnection?: DomainEventConnectionResolvers<ContextType>;
  DomainEventEdge?: DomainEventEdgeResolvers<ContextType>;
  Employee?: EmployeeResolvers<ContextType>;
  EventConsumerConnection?: EventConsumerConnectionResolvers<ContextType>;
  EventConsumerEdge?: EventConsumerEdgeResolvers<ContextType>;
  EventConsumerStatus?: EventConsumerStatusResolvers<ContextType>;
  Holiday?: HolidayResolvers<ContextType>;
  Invoice?: InvoiceResolvers<ContextType>;
  LogoutPayload?: LogoutPayloadResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PayrollRun?: PayrollRunResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectTask?: ProjectTaskResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  ResourceAllocation?: ResourceAllocationResolvers<ContextType>;
  ReviewCycle?: ReviewCycleResolvers<ContextType>;
  StockLevel?: StockLevelResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  TenantPayload?: TenantPayloadResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TimeOffRequest?: TimeOffRequestResolvers<ContextType>;
  TimeOffType?: TimeOffTypeResolvers<ContextType>;
  Timesheet?: TimesheetResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  UserPayload?: UserPayloadResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  Warehouse?: WarehouseResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookDeliveryPayload?: WebhookDeliveryPayloadResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  WebhookEndpointConnection?: WebhookEndpointConnectionResolvers<ContextType>;
  WebhookEndpointEdge?: WebhookEndpointEdgeResolvers<ContextType>;
  WebhookEndpointPayload?: WebhookEndpointPayloadResolvers<ContextType>;
}>;

