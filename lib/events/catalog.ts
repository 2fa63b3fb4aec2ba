/**
 * The contract between domains: every event type the platform publishes and its payload.
 * Producers build events with `domainEvent` (type-checked against this map); consumers and the
 * gateway's subscriptions read payloads typed by `EventPayload<T>`.
 *
 * Conventions: ids are the owning subgraph's opaque ids as strings; money is integer minor units
 * with its ISO-4217 currency (`MoneyMinor`); times are ISO-8601 UTC strings. A payload carries what
 * a consumer needs to act without calling back the producer (no synchronous cross-domain reads).
 * A change to a payload's shape bumps its `schemaVersion`; consumers ignore versions they do not know.
 */
import { createEvent, type EventEnvelope } from './envelope';

export interface MoneyMinor {
  /** Integer minor units (cents). */
  minor: number;
  currency: string;
}

/** One priced line, as sales and finance exchange them. */
export interface LinePayload {
  /** inventory's Product id, when the line is a product. */
  productId?: string;
  description: string;
  quantity: number;
  unitPriceMinor: number;
  /** Discount on the line in percent x 100 (basis points), 0 when none. */
  discountBps?: number;
  /** Tax rate in basis points (1900 = 19 %), 0 when none. */
  taxRateBps?: number;
}

/** A file attached to a record (lib/attachments.ts); the same payload from every owning subgraph. */
export type AttachmentAddedPayload = {
  attachmentId: string;
  /** CUSTOMER, TICKET, DEAL, INVOICE, SUPPLIER_BILL, EXPENSE or EMPLOYEE. */
  ownerType: string;
  ownerId: string;
  filename: string;
  /** Sniffed from the bytes (equal to the declared type, or the upload was refused). */
  contentType: string;
  size: number;
  uploadedBy: string;
};

/**
 * A record its owner archived (`archivedAt` set) or restored (`archivedAt` null), lib/archive.ts:
 * it left (or came back to) the default lists and pickers, and still resolves by id.
 */
export type RecordArchivedPayload = {
  /** The owner's opaque id of the record. */
  id: string;
  /** What people call it (name, title or code), for a feed or webhook that shows the change. */
  label: string;
  archivedAt: string | null;
  /** The record's version after the change: consumers keep the newest they saw. */
  version: number;
};

/** The records that can be archived, as `<subgraph>.<entity>`: each publishes `.archived` and `.restored`. */
export type ArchivableEntity =
  'customers.customer' | 'sales.deal' | 'inventory.product' | 'inventory.supplier' | 'inventory.warehouse' | 'hr.employee';

export interface EventCatalog {
  // archiving, published by the subgraph that owns the record (lib/archive.ts)
  'customers.customer.archived': RecordArchivedPayload;
  'customers.customer.restored': RecordArchivedPayload;
  'sales.deal.archived': RecordArchivedPayload;
  'sales.deal.restored': RecordArchivedPayload;
  'inventory.product.archived': RecordArchivedPayload;
  'inventory.product.restored': RecordArchivedPayload;
  'inventory.supplier.archived': RecordArchivedPayload;
  'inventory.supplier.restored': RecordArchivedPayload;
  'inventory.warehouse.archived': RecordArchivedPayload;
  'inventory.warehouse.restored': RecordArchivedPayload;
  'hr.employee.archived': RecordArchivedPayload;
  'hr.employee.restored': RecordArchivedPayload;
  // attachments, published by the subgraph that owns the record
  'customers.attachment.added': AttachmentAddedPayload;
  'sales.attachment.added': AttachmentAddedPayload;
  'finance.attachment.added': AttachmentAddedPayload;
  'hr.attachment.added': AttachmentAddedPayload;
  // customers (CRM)
  'customers.customer.upserted': {
    customerId: string;
    name: string;
    status: string;
    ownerId?: string | null;
    email?: string | null;
  };
  'customers.interaction.logged': {
    interactionId: string;
    customerId: string;
    kind: 'CALL' | 'EMAIL' | 'MEETING' | 'NOTE' | 'SYSTEM';
    occurredAt: string;
    dealId?: string | null;
    orderId?: string | null;
    ticketId?: string | null;
  };
  'customers.ticket.created': { ticketId: string; number: string; customerId: string; priority: string; tags: string[] };
  'customers.ticket.assigned': { ticketId: string; number: string; customerId: string; assigneeId: string; priority: string };
  /** A ticket corrected by `updateTicket`: the fields that changed (subject, description, priority, tags) and the priority and SLA after. */
  'customers.ticket.updated': {
    ticketId: string;
    number: string;
    customerId: string;
    changed: string[];
    priority: string;
    tags: string[];
    slaDueAt: string;
  };
  /** A ticket moved along its lifecycle (open, pending, resolve, close, reopen). */
  'customers.ticket.statusChanged': { ticketId: string; number: string; customerId: string; from: string; to: string };
  /** `addTicketComment`: PUBLIC (a reply the customer sees) or INTERNAL; `firstResponse` when it is the ticket's first PUBLIC one. */
  'customers.ticket.commented': {
    ticketId: string;
    number: string;
    customerId: string;
    commentId: string;
    visibility: string;
    principal: string;
    firstResponse: boolean;
  };
  /** The customer's satisfaction with a resolved ticket (1 to 5); rating again sends it again. */
  'customers.ticket.rated': {
    ticketId: string;
    number: string;
    customerId: string;
    rating: number;
    previousRating: number | null;
  };
  'customers.task.due': { taskId: string; assigneeId: string; dueAt: string; customerId?: string | null };

  // sales
  'sales.lead.converted': {
    leadId: string;
    customerId: string;
    customerName: string;
    email?: string | null;
    contactName?: string | null;
    contactId?: string | null;
    ownerId?: string | null;
    dealId: string;
  };
  'sales.deal.stageChanged': {
    dealId: string;
    pipelineId: string;
    customerId: string;
    ownerId?: string | null;
    fromStage: string;
    toStage: string;
    amount: MoneyMinor;
  };
  'sales.deal.won': {
    dealId: string;
    /** The deal's name (absent in events written before it was added). */
    name?: string;
    customerId: string;
    ownerId?: string | null;
    amount: MoneyMinor;
    lines: LinePayload[];
  };
  'sales.deal.lost': { dealId: string; customerId: string; reason: string };
  /** An OPEN deal corrected: `changed` names the fields that changed; the rest is the deal after it. */
  'sales.deal.updated': {
    dealId: string;
    pipelineId: string;
    customerId: string;
    ownerId?: string | null;
    changed: string[];
    name: string;
    stage: string;
    amount: MoneyMinor;
    expectedCloseDate: string;
  };
  /** `updatePipeline`: its stages after the change (active ones in order), and what was added or retired. */
  'sales.pipeline.updated': {
    pipelineId: string;
    name: string;
    stages: Array<{ name: string; label: string; probabilityBps: number; kind: string }>;
    added: string[];
    retired: string[];
  };
  /** A LOST deal reopened, back in `toStage` (the first open stage of its pipeline). */
  'sales.deal.reopened': {
    dealId: string;
    pipelineId: string;
    customerId: string;
    ownerId?: string | null;
    toStage: string;
    amount: MoneyMinor;
  };
  // Every order status change has its own type; subscriptions (`orderStatusChanged`) listen to all three.
  // `dealId`: the won deal the order's quote belongs to, if any (finance bills the deal's one invoice).
  'sales.order.confirmed': {
    orderId: string;
    number: string;
    customerId: string;
    currency: string;
    lines: LinePayload[];
    dealId?: string | null;
  };
  'sales.order.cancelled': {
    orderId: string;
    number: string;
    customerId: string;
    previousStatus: string;
    dealId?: string | null;
  };
  /**
   * What sales made of an `inventory.stock.low`: the open quotes and unconfirmed orders holding the
   * product (now flagged) and their deals' owners; the CRM's automation rules on
   * `inventory.stock.low` run on it (one follow-up per document with an owner).
   */
  'sales.stockAlert.raised': {
    /** The `inventory.stock.low` event id. */
    alertId: string;
    stockLow: {
      stockLevelId: string;
      productId: string;
      warehouseId: string;
      available: number;
      reorderPoint: number;
      purchaseOrderId?: string | null;
    };
    /** When inventory reported it. */
    occurredAt: string;
    documents: Array<{
      kind: 'QUOTE' | 'ORDER';
      id: string;
      number: string;
      customerId: string;
      dealId?: string | null;
      ownerId?: string | null;
    }>;
  };
  /**
   * What sales made of an `inventory.stock.recovered`: the documents whose stock flag on the
   * product and warehouse it cleared (the stock now covers what each needs).
   */
  'sales.stockFlags.cleared': {
    /** The `inventory.stock.recovered` event id. */
    recoveryId: string;
    productId: string;
    warehouseId: string;
    available: number;
    documents: Array<{ kind: 'QUOTE' | 'ORDER'; id: string; number: string }>;
  };
  /**
   * One part of a confirmed order shipped (`shipOrder`): inventory ships it from the order's
   * reservation, finance invoices it. `lines` are the part's (`shippedBefore`: the line's units
   * shipped by earlier parts, so each part's amounts are rounded by line and the last takes the
   * remainder); `orderLines` are the whole order's (a reservation not made yet is made from them).
   * `final`: the order is fulfilled with this part.
   */
  'sales.order.shipped': {
    orderId: string;
    number: string;
    customerId: string;
    currency: string;
    dealId?: string | null;
    shipmentId: string;
    sequence: number;
    final: boolean;
    lines: Array<LinePayload & { line: number; orderedQuantity: number; shippedBefore: number }>;
    orderLines: LinePayload[];
  };
  'sales.order.fulfilled': {
    orderId: string;
    number: string;
    customerId: string;
    currency: string;
    lines: LinePayload[];
    dealId?: string | null;
  };

  // finance
  'finance.invoice.statusChanged': {
    invoiceId: string;
    number: string;
    customerId: string;
    fromStatus: string;
    toStatus: string;
    total: MoneyMinor;
    amountDue: MoneyMinor;
    dealId?: string | null;
    orderId?: string | null;
    /** What the invoice bills (`Invoice.source`, e.g. `operations:timesheet:<id>`): operations adjusts a project's revenue on VOID. */
    source?: string | null;
    /** The invoice's net total (before tax), what a void takes back from revenue. */
    subtotal?: MoneyMinor | null;
    /** YYYY-MM-DD the invoice is due (reporting's AR overdue); absent in events written before it was added. */
    dueDate?: string | null;
  };
  /**
   * An unpaid invoice reached a higher dunning level (finance's dunning job, once per level): the
   * level (1 = first reminder), its days overdue, what is still due. The CRM logs it on the
   * customer's timeline; automation rules can react to it (e.g. a follow-up for the account owner).
   */
  'finance.invoice.overdue': {
    invoiceId: string;
    number: string;
    customerId: string;
    level: number;
    daysOverdue: number;
    dueDate: string;
    amountDue: MoneyMinor;
  };
  /**
   * A credit note against an issued invoice: `amount` is gross (tax included), `net` its share of
   * the invoice's net total (what it takes back from revenue). `source` as on the invoice.
   */
  'finance.creditNote.issued': {
    creditNoteId: string;
    number: string;
    invoiceId: string;
    customerId: string;
    amount: MoneyMinor;
    net: MoneyMinor;
    source?: string | null;
  };
  /**
   * An employee's expense claim was approved: what is owed to them (`amount`, tax included). hr
   * replicates it and reimburses it with the next payroll run of a period on or after `expenseDate`.
   */
  'finance.expense.approved': {
    expenseId: string;
    number: string;
    /** hr's Employee id (the submitter). */
    employeeId: string;
    category: string;
    amount: MoneyMinor;
    expenseDate: string;
    approvedAt: string;
  };
  'finance.payment.received': {
    paymentId: string;
    customerId: string;
    amount: MoneyMinor;
    invoiceIds: string[];
    /** What the payment applied to each invoice (minor units of `amount.currency`); absent in events written before it was added. */
    allocations?: Array<{ invoiceId: string; amountMinor: number }>;
  };
  /**
   * The tenant's lock date moved: `closedUntil` (YYYY-MM-DD, inclusive) is the day up to which no
   * journal entry may be dated, null when no period is closed; `previousUntil` what it was. `actor`
   * is who did it (`user:<id>`, `apikey:<id>`). identity records both in the audit log.
   */
  'finance.period.closed': { closedUntil: string; previousUntil: string | null; actor: string };
  'finance.period.reopened': { closedUntil: string | null; previousUntil: string; reason: string; actor: string };
  /**
   * A financial year ending `yearEnd` (YYYY-MM-DD) was closed: each entry moved one currency's
   * income less expenses (`netIncome`) into retained earnings. A year closed again after a reopened
   * period gained postings announces just the entries that moved what was added. identity records
   * it in the audit log.
   */
  'finance.year.closed': {
    yearEnd: string;
    entries: Array<{ entryId: string; number: string; netIncome: MoneyMinor }>;
    actor: string;
  };

  // inventory
  'inventory.product.upserted': { productId: string; sku: string; name: string; price: MoneyMinor };
  /**
   * A product's supply changed (stock, reservations, backorders or open purchase orders): what
   * available to promise reads (lib/promise.ts), across warehouses. `version` rises with each
   * change: keep the highest seen.
   */
  'inventory.product.supplyChanged': {
    productId: string;
    freeNow: number;
    backordered: number;
    incoming: Array<{ date: string; quantity: number }>;
    version: number;
  };
  /**
   * What inventory holds for a confirmed order, again after each receipt that releases backorders
   * (the latest `occurredAt` is the current state). A backordered entry carries the date it is
   * expected to ship (available to promise from open purchase orders), or null when none is known.
   */
  'inventory.stock.reserved': {
    orderId: string;
    lines: Array<{ productId: string; warehouseId: string; quantity: number; backordered: number; expectedDate?: string | null }>;
  };
  'inventory.stock.low': {
    /** inventory's opaque StockLevel id (product x warehouse); `Query.stockLevel(id)` resolves it. */
    stockLevelId: string;
    productId: string;
    warehouseId: string;
    available: number;
    reorderPoint: number;
    purchaseOrderId?: string | null;
  };
  /**
   * A level reported low (`inventory.stock.low`) is above its reorder point again (a receipt, an
   * adjustment, a transfer in or a release): `available` is what it holds free now. Once per
   * reported shortage; sales clears the stock flags of documents this covers.
   */
  'inventory.stock.recovered': {
    stockLevelId: string;
    productId: string;
    warehouseId: string;
    available: number;
    reorderPoint: number;
  };
  /**
   * One applied stock movement with the change of stock value it made (on-hand x moving-average
   * cost after, less before, minor units of `currency`, the tenant's cost currency): finance posts
   * it to the inventory account, a shipment as cost of goods sold.
   */
  'inventory.stock.moved': {
    movementId: string;
    type: 'RECEIPT' | 'SHIPMENT' | 'TRANSFER' | 'ADJUSTMENT';
    productId: string;
    warehouseId: string;
    /** Signed change of on-hand units. */
    quantity: number;
    valueMinor: number;
    /** Receipt: the unit cost paid; otherwise the moving average the units moved at. */
    unitCostMinor: number;
    currency: string;
    appliedAt: string;
    reference?: string | null;
    /** Shipment: the sales order; receipt: the purchase order. */
    orderId?: string | null;
    /** Shipment: the customer; receipt: the supplier. */
    partyId?: string | null;
  };
  'inventory.purchaseOrder.received': {
    purchaseOrderId: string;
    number: string;
    supplierId: string;
    supplierName: string;
    currency: string;
    /** Set for each receipt, so a partial receipt bills only what arrived. */
    receiptId: string;
    lines: Array<{ productId: string; description: string; quantity: number; unitCostMinor: number }>;
  };

  // identity: credentials that stop working. Every gateway replica drops them from its auth cache at once.
  'identity.apiKey.revoked': { apiKeyId: string };
  'identity.session.revoked': { familyId: string; userId: string };
  // identity: a new user (hr links them to the employee with the same work email).
  'identity.user.created': { userId: string; email: string; name: string };

  // hr
  /** An employee was hired or changed: what other domains replicate (operations: capacity and cost). */
  'hr.employee.upserted': {
    employeeId: string;
    name: string;
    /** The employee's role (job title), which project rates are set by. */
    title?: string | null;
    departmentId?: string | null;
    status: string;
    /** Contracted working hours per week. */
    weeklyHours: number;
    /** ISO 3166-1 alpha-2 country whose public holidays apply to the employee (besides the tenant-wide ones); absent before v2. */
    country?: string | null;
    /** Hourly cost of the employee's time, when hr knows it. */
    costRate?: MoneyMinor | null;
    /** The employee document's version: consumers keep the newest they saw (events may arrive out of order). */
    version: number;
  };
  /**
   * A day of the tenant's holiday calendar was added or corrected (its date, name or country may
   * have changed): `country` '' for every employee of the tenant. `version` rises with each change
   * of the holiday, removal included: consumers keep the newest they saw.
   */
  'hr.holiday.upserted': { holidayId: string; date: string; name: string; country: string; version: number };
  /** A holiday was taken off the calendar (archived: it stays in hr with `removedAt`); its day is a working day again. */
  'hr.holiday.removed': { holidayId: string; date: string; country: string; version: number };
  /** Approved time off: dates the employee is not available. */
  'hr.timeOff.approved': { requestId: string; employeeId: string; startDate: string; endDate: string; days: number };
  'hr.payroll.posted': {
    payrollRunId: string;
    period: string;
    currency: string;
    grossMinor: number;
    employeeDeductionsMinor: number;
    employerContributionsMinor: number;
    /** Expense claims paid back with the run (net = gross - deductions + reimbursements); absent before v2 runs. */
    reimbursementsMinor?: number;
    netMinor: number;
    /** The expense claims the run reimburses (finance marks each expense REIMBURSED); absent when none. */
    reimbursedExpenses?: Array<{ expenseId: string; employeeId: string; amountMinor: number }>;
  };
  /** A user's sign-in now acts as this employee (null: unlinked). `sequence` rises with each change of the user's link. */
  'hr.user.linked': { userId: string; employeeId: string | null; previousEmployeeId: string | null; sequence: number };
  /** A review stage was submitted (and locked): the employee's, their manager's, or a peer's. */
  'hr.review.submitted': {
    reviewId: string;
    cycleId: string;
    employeeId: string;
    stage: 'SELF' | 'MANAGER' | 'PEER';
    reviewerId: string;
  };
  /** A review stage's deadline is near and not met yet: `ownerId` is the reviewer (customers' automation makes a task of it). */
  'hr.review.due': {
    reviewId: string;
    cycleId: string;
    cycleName: string;
    employeeId: string;
    stage: 'SELF' | 'MANAGER';
    ownerId: string;
    dueDate: string;
  };
  /** A review cycle's final ratings were shared with its employees. */
  'hr.cycle.finalized': { cycleId: string; name: string; reviews: number };
  /** A posted run's net pay went out: finance clears the net salaries payable against the bank. */
  'hr.payroll.paid': { payrollRunId: string; period: string; currency: string; netMinor: number; paidAt: string };

  // operations
  'operations.project.statusChanged': { projectId: string; customerId: string; fromStatus: string; toStatus: string };
  'operations.timesheet.submitted': {
    timesheetId: string;
    projectId: string;
    employeeId: string;
    weekStart: string;
    minutes: number;
  };
  /**
   * Work to invoice: the billable time of an approved timesheet (TIME_AND_MATERIALS) or a completed
   * milestone (FIXED_PRICE) or a retainer's period (RETAINER: the fee, and overage time when the
   * contract bills it). `source` (`timesheet:<id>`, `milestone:<id>`, `retainer:<projectId>:<YYYY-MM>`) is unique: finance drafts
   * one invoice per source however often the event is delivered.
   */
  'operations.billing.ready': {
    source: string;
    projectId: string;
    projectName: string;
    customerId: string;
    currency: string;
    lines: LinePayload[];
  };

  // reporting
  /**
   * Applying the domain event `sourceEventId` (of type `eventType`, which happened at `occurredAt`)
   * changed the tenant's daily facts of `metrics` (KpiMetric names). Feeds `Subscription.businessHealthChanged`.
   */
  'reporting.facts.changed': { sourceEventId: string; metrics: string[]; eventType: string; occurredAt: string };
}

export type EventType = keyof EventCatalog;
export type EventPayload<T extends EventType> = EventCatalog[T];
export type DomainEvent<T extends EventType> = EventEnvelope<EventPayload<T>>;

/** A new event of a catalogued type; `producer` is the first segment of the type. */
export function domainEvent<T extends EventType>(
  type: T,
  fields: { tenantId: string; aggregateId: string; payload: EventPayload<T>; requestId?: string; id?: string; occurredAt?: Date },
): DomainEvent<T> {
  return createEvent({ ...fields, type, producer: type.split('.')[0], payload: fields.payload as never }) as DomainEvent<T>;
}

/** Narrows an incoming event to a catalogued type (consumers subscribe by type, this is the typed view). */
export function isEvent<T extends EventType>(event: EventEnvelope, type: T): event is DomainEvent<T> {
  return event.type === type;
}
