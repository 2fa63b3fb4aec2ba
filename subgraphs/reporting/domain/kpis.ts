/**
 * The KPI catalogue, defined ONCE: every metric's name, description, unit, aggregation and source
 * events, and the pure rules that turn a domain event into fact deltas. `kpiCatalogue`, the API
 * documentation (docs/api/reporting.md, checked by tests/unit/reporting.test.ts) and the tests
 * read it from here.
 *
 * Facts are per tenant and UTC day: `{ day: 'YYYY-MM-DD', metric, value }` with integer values:
 * minor units of the tenant's base currency for MONEY, counts for COUNT, minutes for HOURS.
 *
 * - A FLOW metric's delta is dated on the day of the event's `occurredAt`; its value over a period
 *   is the sum of the period's days.
 * - A LEVEL metric's deltas are changes of the level, dated on the day the level changes (for AR
 *   overdue that may be a future day: the day after an invoice's due date); its value at a
 *   period's end is the sum of every delta up to the period's last day (never past today).
 *
 * Some metrics need state (an invoice's open balance, a stock level's low flag, an employee's
 * status): `subjectsOf(event)` names the state documents an event changes, and `applyToSubject`
 * is the pure step (state, event) -> (state', deltas). A subject keeps its events and folds them in
 * time order (`foldSubject`, `addToSubject`), so its facts depend on which events arrived, not on
 * the order they arrived in. Everything else follows from the event alone (`statelessDeltas`).
 *
 * Money: the events carry their own currency and nothing converts between currencies (no rates are
 * published). The tenant's base currency is the currency of the first money-carrying event
 * reporting applies for the tenant (in log order, so a rebuild picks the same one); amounts in any
 * other currency are left out of the money KPIs.
 */
import { addDays, mondayOf } from '../../../lib/dates';
import type { EventEnvelope } from '../../../lib/events/envelope';
import type { EventPayload, EventType } from '../../../lib/events/catalog';
import { formatAmount } from '../../../lib/money';

export const KPI_METRICS = [
  'BOOKINGS',
  'PIPELINE_CREATED',
  'DEALS_WON',
  'DEALS_LOST',
  'ORDERS',
  'REVENUE_INVOICED',
  'CASH_COLLECTED',
  'EXPENSES',
  'COST_OF_GOODS_SOLD',
  'GROSS_MARGIN',
  'AR_OVERDUE',
  'STOCK_VALUE',
  'ITEMS_BELOW_REORDER',
  'HEADCOUNT',
  'PAYROLL_COST',
  'TICKETS_OPENED',
  'TICKETS_RESOLVED',
  'TICKETS_BREACHING_SLA',
  'BILLABLE_HOURS',
] as const;
export type KpiMetric = (typeof KPI_METRICS)[number];
export type KpiUnit = 'MONEY' | 'COUNT' | 'HOURS' | 'PERCENT';
export type KpiAggregation = 'FLOW' | 'LEVEL';

export interface KpiDefinition {
  metric: KpiMetric;
  name: string;
  description: string;
  unit: KpiUnit;
  aggregation: KpiAggregation;
  /** Event types (lib/events/catalog.ts) it is derived from; empty when no event carries it yet. */
  sourceEvents: EventType[];
}

const kpi = (
  metric: KpiMetric,
  name: string,
  unit: KpiUnit,
  aggregation: KpiAggregation,
  sourceEvents: EventType[],
  description: string,
): KpiDefinition => ({ metric, name, unit, aggregation, sourceEvents, description });

export const KPI_CATALOGUE: readonly KpiDefinition[] = [
  kpi('BOOKINGS', 'Bookings', 'MONEY', 'FLOW', ['sales.deal.won'], "Sum of won deals' amounts, on the day each deal was won."),
  kpi(
    'PIPELINE_CREATED',
    'Pipeline created',
    'MONEY',
    'FLOW',
    ['sales.deal.stageChanged', 'sales.deal.updated', 'sales.deal.reopened', 'sales.deal.won'],
    'Sum of the amounts of deals new to the pipeline. Sales publishes no event when a deal is created, so a deal ' +
      'counts once, with its amount then, on the day of the earliest event (by when it happened) that carries its ' +
      'amount (a stage move, an edit, a reopening or the win); a deal created and never touched again is not counted.',
  ),
  kpi('DEALS_WON', 'Deals won', 'COUNT', 'FLOW', ['sales.deal.won'], 'Number of deals won.'),
  kpi(
    'DEALS_LOST',
    'Deals lost',
    'COUNT',
    'FLOW',
    ['sales.deal.lost'],
    'Number of deals lost (a reopened deal lost again counts again).',
  ),
  kpi('ORDERS', 'Orders', 'COUNT', 'FLOW', ['sales.order.confirmed'], 'Number of sales orders confirmed.'),
  kpi(
    'REVENUE_INVOICED',
    'Revenue invoiced',
    'MONEY',
    'FLOW',
    ['finance.invoice.statusChanged', 'finance.creditNote.issued'],
    "Issued invoices' totals (tax included, as the invoice total is), on the day each was issued; a void " +
      'takes the total back on the day of the void, a credit note its amount on the day it was issued.',
  ),
  kpi('CASH_COLLECTED', 'Cash collected', 'MONEY', 'FLOW', ['finance.payment.received'], 'Customer payments received.'),
  kpi('EXPENSES', 'Expenses', 'MONEY', 'FLOW', ['finance.expense.approved'], 'Expense claims approved (tax included).'),
  kpi(
    'COST_OF_GOODS_SOLD',
    'Cost of goods sold',
    'MONEY',
    'FLOW',
    ['inventory.stock.moved'],
    'Stock value shipped: the value change of each SHIPMENT movement (units x moving-average cost), in the ' +
      "tenant's cost currency. Finance posts no separate COGS event; this is what it posts from.",
  ),
  kpi(
    'GROSS_MARGIN',
    'Gross margin',
    'MONEY',
    'FLOW',
    ['finance.invoice.statusChanged', 'finance.creditNote.issued', 'inventory.stock.moved'],
    'REVENUE_INVOICED - COST_OF_GOODS_SOLD over the same days.',
  ),
  kpi(
    'AR_OVERDUE',
    'Receivables overdue',
    'MONEY',
    'LEVEL',
    ['finance.invoice.statusChanged', 'finance.payment.received', 'finance.creditNote.issued'],
    "Amount still due on issued invoices whose due date has passed, at the period's last day (or today, " +
      'when that is later): an invoice is overdue from the day after its due date until paid, credited or ' +
      'voided. Invoice events without a due date (published before it was added) are not counted.',
  ),
  kpi(
    'STOCK_VALUE',
    'Stock value',
    'MONEY',
    'LEVEL',
    ['inventory.stock.moved'],
    "Stock on hand x moving-average unit cost at the period's end: the sum of every movement's value change.",
  ),
  kpi(
    'ITEMS_BELOW_REORDER',
    'Items below reorder point',
    'COUNT',
    'LEVEL',
    ['inventory.stock.low', 'inventory.stock.recovered'],
    "Product/warehouse pairs reported at or below their reorder point and not recovered by the period's end.",
  ),
  kpi(
    'HEADCOUNT',
    'Headcount',
    'COUNT',
    'LEVEL',
    ['hr.employee.upserted'],
    "Employees ACTIVE or ON_LEAVE (not TERMINATED) at the period's end; the newest version of each employee wins.",
  ),
  kpi('PAYROLL_COST', 'Payroll cost', 'MONEY', 'FLOW', ['hr.payroll.posted'], 'Gross pay of the payroll runs posted.'),
  kpi('TICKETS_OPENED', 'Tickets opened', 'COUNT', 'FLOW', ['customers.ticket.created'], 'Support tickets created.'),
  kpi(
    'TICKETS_RESOLVED',
    'Tickets resolved',
    'COUNT',
    'FLOW',
    [],
    'Not derivable yet: customers publishes no event when a ticket is resolved (only created and assigned), ' +
      'so this stays 0 until such an event exists. Nothing is estimated.',
  ),
  kpi(
    'TICKETS_BREACHING_SLA',
    'Tickets breaching SLA',
    'COUNT',
    'FLOW',
    [],
    'Not derivable yet: no event reports an SLA breach or a resolution (without which a breach cannot be told ' +
      'from a ticket resolved in time), so this stays 0 until such an event exists. Nothing is estimated.',
  ),
  kpi(
    'BILLABLE_HOURS',
    'Billable hours',
    'HOURS',
    'FLOW',
    ['operations.timesheet.submitted'],
    'Hours submitted on weekly timesheets, on the day of submission (a resubmitted timesheet counts its change). ' +
      'The event carries no billable/non-billable split, so every submitted hour counts.',
  ),
];

export const KPI_BY_METRIC: ReadonlyMap<KpiMetric, KpiDefinition> = new Map(KPI_CATALOGUE.map((k) => [k.metric, k]));

/** Every event type some KPI reads: what the consumer group subscribes to. */
export const SOURCE_EVENT_TYPES: EventType[] = [...new Set(KPI_CATALOGUE.flatMap((k) => k.sourceEvents))].sort();

export interface FactDelta {
  metric: KpiMetric;
  day: string;
  value: number;
}

/** The UTC day of an ISO instant. */
export const dayOf = (iso: string | Date): string => (typeof iso === 'string' ? new Date(iso) : iso).toISOString().slice(0, 10);

/** The currency of an event's money, or null when it carries none (the first one fixes the tenant's base currency). */
export function eventCurrency(event: EventEnvelope): string | null {
  const p = event.payload as Record<string, any>;
  switch (event.type) {
    case 'sales.deal.won':
    case 'sales.deal.stageChanged':
    case 'sales.deal.updated':
    case 'sales.deal.reopened':
    case 'finance.payment.received':
    case 'finance.expense.approved':
    case 'finance.creditNote.issued':
      return p.amount?.currency ?? null;
    case 'finance.invoice.statusChanged':
      return p.total?.currency ?? null;
    case 'inventory.stock.moved':
    case 'hr.payroll.posted':
      return p.currency ?? null;
    default:
      return null;
  }
}

const payload = <T extends EventType>(event: EventEnvelope, _type: T) => event.payload as EventPayload<T>;

/** Deltas that follow from the event alone. `currency` is the tenant's base currency. */
export function statelessDeltas(event: EventEnvelope, currency: string | null): FactDelta[] {
  const day = dayOf(event.occurredAt);
  const d = (metric: KpiMetric, value: number): FactDelta => ({ metric, day, value });
  const money = (m: { minor: number; currency: string } | undefined | null) => (m && m.currency === currency ? m.minor : null);
  const out: FactDelta[] = [];
  switch (event.type) {
    case 'sales.deal.won': {
      const amount = money(payload(event, 'sales.deal.won').amount);
      out.push(d('DEALS_WON', 1));
      if (amount !== null) out.push(d('BOOKINGS', amount));
      break;
    }
    case 'sales.deal.lost':
      out.push(d('DEALS_LOST', 1));
      break;
    case 'sales.order.confirmed':
      out.push(d('ORDERS', 1));
      break;
    case 'finance.payment.received': {
      const amount = money(payload(event, 'finance.payment.received').amount);
      if (amount !== null) out.push(d('CASH_COLLECTED', amount));
      break;
    }
    case 'finance.expense.approved': {
      const amount = money(payload(event, 'finance.expense.approved').amount);
      if (amount !== null) out.push(d('EXPENSES', amount));
      break;
    }
    case 'inventory.stock.moved': {
      const p = payload(event, 'inventory.stock.moved');
      if (p.currency !== currency) break;
      out.push(d('STOCK_VALUE', p.valueMinor));
      if (p.type === 'SHIPMENT') out.push(d('COST_OF_GOODS_SOLD', -p.valueMinor), d('GROSS_MARGIN', p.valueMinor));
      break;
    }
    case 'hr.payroll.posted': {
      const p = payload(event, 'hr.payroll.posted');
      if (p.currency === currency) out.push(d('PAYROLL_COST', p.grossMinor));
      break;
    }
    case 'customers.ticket.created':
      out.push(d('TICKETS_OPENED', 1));
      break;
    default:
      break;
  }
  return out;
}

// --- state: what some KPIs need to remember between events ---

/** An invoice as reporting knows it: what it contributes to revenue and to AR overdue. */
export interface InvoiceState {
  kind: 'invoice';
  currency?: string;
  status?: string;
  totalMinor?: number;
  dueDate?: string | null;
  /** Settled as of the latest status change (total - amountDue). */
  settledByStatusMinor: number;
  /** Payments and credit notes applied, by `payment:<id>` / `credit:<id>`. */
  settlements: Record<string, number>;
  /** Revenue counted for it so far (its total once issued, 0 after a void). */
  revenueMinor: number;
  /** What it contributes to AR_OVERDUE now: `minor` from day `from` on. */
  overdue: { from: string; minor: number } | null;
}

export interface DealState {
  kind: 'deal';
  /** Its amount was counted in PIPELINE_CREATED. */
  counted: boolean;
}

export interface StockState {
  kind: 'stock';
  low: boolean;
}

export interface EmployeeState {
  kind: 'employee';
  version: number;
  counted: boolean;
}

export interface TimesheetState {
  kind: 'timesheet';
  minutes: number;
}

export type SubjectState = InvoiceState | DealState | StockState | EmployeeState | TimesheetState;

/** The state documents an event changes, by key (`invoice:<id>`, `deal:<id>`, ...). */
export function subjectsOf(event: EventEnvelope): string[] {
  const p = event.payload as Record<string, any>;
  switch (event.type) {
    case 'sales.deal.stageChanged':
    case 'sales.deal.updated':
    case 'sales.deal.reopened':
    case 'sales.deal.won':
      return [`deal:${p.dealId}`];
    case 'finance.invoice.statusChanged':
    case 'finance.creditNote.issued':
      return [`invoice:${p.invoiceId}`];
    case 'finance.payment.received': {
      const allocations = (p as EventPayload<'finance.payment.received'>).allocations ?? [];
      return [...new Set(allocations.map((a) => `invoice:${a.invoiceId}`))];
    }
    case 'inventory.stock.low':
    case 'inventory.stock.recovered':
      return [`stock:${p.stockLevelId}`];
    case 'hr.employee.upserted':
      return [`employee:${p.employeeId}`];
    case 'operations.timesheet.submitted':
      return [`timesheet:${p.timesheetId}`];
    default:
      return [];
  }
}

function initialState(key: string): SubjectState {
  const kind = key.slice(0, key.indexOf(':'));
  switch (kind) {
    case 'invoice':
      return { kind: 'invoice', settledByStatusMinor: 0, settlements: {}, revenueMinor: 0, overdue: null };
    case 'deal':
      return { kind: 'deal', counted: false };
    case 'stock':
      return { kind: 'stock', low: false };
    case 'employee':
      return { kind: 'employee', version: -1, counted: false };
    case 'timesheet':
      return { kind: 'timesheet', minutes: 0 };
    default:
      throw new Error(`Unknown reporting subject ${key}.`);
  }
}

/** What an invoice still owes, as far as the events tell (0 once PAID or VOID, or before it is known). */
export function invoiceAmountDue(s: InvoiceState): number {
  if (s.totalMinor === undefined || s.status === 'PAID' || s.status === 'VOID' || s.status === 'DRAFT') return 0;
  const settled = Math.max(
    s.settledByStatusMinor,
    Object.values(s.settlements).reduce((a, b) => a + b, 0),
  );
  return Math.max(0, s.totalMinor - settled);
}

/** What the invoice contributes to AR overdue from its due date's next day, or null. */
function overdueContribution(s: InvoiceState, currency: string | null): { from: string; minor: number } | null {
  if (!s.dueDate || s.currency !== currency) return null;
  const minor = invoiceAmountDue(s);
  return minor > 0 ? { from: addDays(s.dueDate, 1), minor } : null;
}

/**
 * A contribution to a LEVEL moves from `before` to `after`, learnt on day `today`: the level on
 * days already past stays as it was recorded, from `today` on it is `after`.
 */
export function levelMove(
  metric: KpiMetric,
  today: string,
  before: { from: string; minor: number } | null,
  after: { from: string; minor: number } | null,
): FactDelta[] {
  const out: FactDelta[] = [];
  if (before) out.push({ metric, day: before.from > today ? before.from : today, value: -before.minor });
  if (after) out.push({ metric, day: after.from > today ? after.from : today, value: after.minor });
  return mergeDeltas(out);
}

/** Sums deltas of the same metric and day; drops zeros. */
export function mergeDeltas(deltas: FactDelta[]): FactDelta[] {
  const sums = new Map<string, FactDelta>();
  for (const delta of deltas) {
    const key = `${delta.day}|${delta.metric}`;
    const seen = sums.get(key);
    if (seen) seen.value += delta.value;
    else sums.set(key, { ...delta });
  }
  return [...sums.values()].filter((d) => d.value !== 0);
}

/** The pure step of one state document: the state after `event`, and the fact deltas it makes. */
export function applyToSubject(
  key: string,
  current: SubjectState | null,
  event: EventEnvelope,
  currency: string | null,
): { state: SubjectState; deltas: FactDelta[] } {
  const state = structuredClone(current ?? initialState(key));
  const day = dayOf(event.occurredAt);
  const p = event.payload as Record<string, any>;
  const inBase = (m: { minor: number; currency: string } | null | undefined) => (m && m.currency === currency ? m.minor : null);

  if (state.kind === 'deal') {
    const amount = inBase(p.amount);
    if (state.counted || amount === null) return { state, deltas: [] };
    state.counted = true;
    return { state, deltas: mergeDeltas([{ metric: 'PIPELINE_CREATED', day, value: amount }]) };
  }

  if (state.kind === 'stock') {
    const low = event.type === 'inventory.stock.low';
    if (state.low === low) return { state, deltas: [] };
    state.low = low;
    return { state, deltas: [{ metric: 'ITEMS_BELOW_REORDER', day, value: low ? 1 : -1 }] };
  }

  if (state.kind === 'employee') {
    const e = p as EventPayload<'hr.employee.upserted'>;
    if (e.version <= state.version) return { state, deltas: [] }; // an older version, delivered late
    state.version = e.version;
    const counted = e.status !== 'TERMINATED';
    if (counted === state.counted) return { state, deltas: [] };
    state.counted = counted;
    return { state, deltas: [{ metric: 'HEADCOUNT', day, value: counted ? 1 : -1 }] };
  }

  if (state.kind === 'timesheet') {
    const minutes = (p as EventPayload<'operations.timesheet.submitted'>).minutes;
    const delta = minutes - state.minutes;
    state.minutes = minutes;
    return { state, deltas: mergeDeltas([{ metric: 'BILLABLE_HOURS', day, value: delta }]) };
  }

  // invoice
  const before = state.overdue;
  const revenueBefore = state.revenueMinor;
  if (event.type === 'finance.invoice.statusChanged') {
    const s = p as EventPayload<'finance.invoice.statusChanged'>;
    state.currency = s.total.currency;
    state.totalMinor = s.total.minor;
    if (s.dueDate !== undefined) state.dueDate = s.dueDate;
    state.status = s.toStatus;
    if (s.toStatus === 'PARTIALLY_PAID' || s.toStatus === 'PAID') {
      state.settledByStatusMinor = Math.max(state.settledByStatusMinor, s.total.minor - s.amountDue.minor);
    }
    if (s.toStatus === 'VOID') state.revenueMinor = 0;
    else if (s.fromStatus === 'DRAFT' && s.toStatus === 'OPEN')
      state.revenueMinor = s.total.currency === currency ? s.total.minor : 0;
  } else if (event.type === 'finance.creditNote.issued') {
    const c = p as EventPayload<'finance.creditNote.issued'>;
    state.currency ??= c.amount.currency;
    state.settlements[`credit:${c.creditNoteId}`] = c.amount.minor;
    if (c.amount.currency === currency) state.revenueMinor -= c.amount.minor;
  } else if (event.type === 'finance.payment.received') {
    const pay = p as EventPayload<'finance.payment.received'>;
    const invoiceId = key.slice('invoice:'.length);
    const applied = (pay.allocations ?? []).filter((a) => a.invoiceId === invoiceId).reduce((a, b) => a + b.amountMinor, 0);
    state.currency ??= pay.amount.currency;
    state.settlements[`payment:${pay.paymentId}`] = applied;
  }
  state.overdue = overdueContribution(state, currency);
  const deltas: FactDelta[] = [...levelMove('AR_OVERDUE', day, before, state.overdue)];
  const revenue = state.revenueMinor - revenueBefore;
  if (revenue) deltas.push({ metric: 'REVENUE_INVOICED', day, value: revenue }, { metric: 'GROSS_MARGIN', day, value: revenue });
  return { state, deltas: mergeDeltas(deltas) };
}

// --- periods, values and change ---

export type KpiComparison = 'PREVIOUS_PERIOD' | 'SAME_PERIOD_LAST_YEAR';
export type KpiInterval = 'DAY' | 'WEEK' | 'MONTH';

/** Days a period takes in: [fromDay, toDay) — a bound inside a UTC day takes in that whole day. */
export function periodDays(from: Date, to: Date): { fromDay: string; toDay: string } {
  const fromDay = dayOf(from);
  const endDay = dayOf(to);
  const midnight = to.getTime() === Date.parse(`${endDay}T00:00:00.000Z`);
  return { fromDay, toDay: midnight ? endDay : addDays(endDay, 1) };
}

/** The window `businessHealth` compares with: the same length just before, or shifted by a year. */
export function comparisonPeriod(from: Date, to: Date, compareTo: KpiComparison): { from: Date; to: Date } {
  if (compareTo === 'PREVIOUS_PERIOD') {
    const length = to.getTime() - from.getTime();
    return { from: new Date(from.getTime() - length), to: new Date(from.getTime()) };
  }
  const shift = (d: Date) => {
    const shifted = new Date(d.getTime());
    shifted.setUTCFullYear(shifted.getUTCFullYear() - 1);
    return shifted;
  };
  return { from: shift(from), to: shift(to) };
}

/** Start days of the buckets covering [fromDay, toDay): UTC days, ISO weeks (Monday) or months. */
export function bucketStarts(fromDay: string, toDay: string, interval: KpiInterval): string[] {
  const starts: string[] = [];
  let start = interval === 'DAY' ? fromDay : interval === 'WEEK' ? mondayOf(fromDay) : `${fromDay.slice(0, 7)}-01`;
  while (start < toDay) {
    starts.push(start);
    start = nextBucket(start, interval);
  }
  return starts;
}

export function nextBucket(start: string, interval: KpiInterval): string {
  if (interval === 'DAY') return addDays(start, 1);
  if (interval === 'WEEK') return addDays(start, 7);
  const [y, m] = start.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** Daily facts as `businessHealth` reads them: day -> metric -> value. */
export type DailyValues = ReadonlyArray<{ day: string; values: Partial<Record<KpiMetric, number>> }>;

/**
 * A metric over [fromDay, toDay): a FLOW's sum over those days; a LEVEL's value at the end of its
 * last day, or of `today` when that is earlier (a level is not projected into the future).
 */
export function metricValue(facts: DailyValues, metric: KpiMetric, fromDay: string, toDay: string, today: string): number {
  const level = KPI_BY_METRIC.get(metric)!.aggregation === 'LEVEL';
  const lastDay = addDays(toDay, -1);
  const until = level && today < lastDay ? today : lastDay;
  let sum = 0;
  for (const { day, values } of facts) {
    if (day > until || (!level && day < fromDay)) continue;
    sum += values[metric] ?? 0;
  }
  return sum;
}

/** A metric's integer value as the API shows it in `unit` (MONEY in `currency`, HOURS from minutes). */
export function formatValue(unit: KpiUnit, value: number, currency: string): string {
  if (unit === 'MONEY') return formatAmount(value, currency);
  if (unit === 'HOURS') return formatHours(value);
  if (unit === 'PERCENT') return formatHundredths(value);
  return String(value);
}

/** Minutes as hours with two decimals, rounded half away from zero ("7.50"). */
export function formatHours(minutes: number): string {
  const sign = minutes < 0 ? -1 : 1;
  const hundredths = Math.floor((Math.abs(minutes) * 100 + 30) / 60);
  return formatHundredths(sign * hundredths);
}

function formatHundredths(value: number): string {
  const abs = Math.abs(value);
  return `${value < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** (value - previous) / |previous| in percent with one decimal, half away from zero; null when previous is 0. */
export function changePercent(value: number, previous: number): string | null {
  if (previous === 0) return null;
  const diff = BigInt(value) - BigInt(previous);
  const base = BigInt(Math.abs(previous));
  const negative = diff < 0n;
  const abs = negative ? -diff : diff;
  const tenths = (abs * 2000n + base) / (2n * base); // round(abs * 1000 / base)
  const text = `${tenths / 10n}.${tenths % 10n}`;
  return negative && tenths !== 0n ? `-${text}` : text;
}

// --- order-independence: a subject's facts are a function of the set of its events ---

/** What a subject remembers of one event: enough to fold it again (`foldSubject`). */
export interface SubjectEvent {
  id: string;
  type: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

/** The part of `event` subject `key` needs (a payment keeps only its allocations to this invoice). */
export function subjectEvent(key: string, event: EventEnvelope): SubjectEvent {
  let p = event.payload as Record<string, any>;
  if (event.type === 'finance.payment.received' && key.startsWith('invoice:')) {
    const invoiceId = key.slice('invoice:'.length);
    p = {
      ...p,
      invoiceIds: undefined,
      allocations: (p.allocations ?? []).filter((a: { invoiceId: string }) => a.invoiceId === invoiceId),
    };
  }
  return { id: event.id, type: event.type, occurredAt: event.occurredAt, payload: JSON.parse(JSON.stringify(p)) };
}

/** Time order: `occurredAt`, then the event id (ties broken the same way whatever the delivery order). */
const byTime = (a: SubjectEvent, b: SubjectEvent) =>
  a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The subject's state and every fact it contributes, from its events folded in time order with
 * `applyToSubject`. Events delivered late or out of order are folded in their place, so the result
 * depends on which events arrived, never on the order they arrived in.
 */
export function foldSubject(
  key: string,
  history: readonly SubjectEvent[],
  currency: string | null,
): { state: SubjectState | null; contribution: FactDelta[] } {
  let state: SubjectState | null = null;
  const deltas: FactDelta[] = [];
  for (const e of [...history].sort(byTime)) {
    const r = applyToSubject(key, state, e as unknown as EventEnvelope, currency);
    state = r.state;
    deltas.push(...r.deltas);
  }
  return { state, contribution: mergeDeltas(deltas) };
}

/**
 * Adds one event to a subject: its new history, state and contribution, and the fact deltas that
 * take the stored facts from the old contribution to the new one. An event it has is a no-op.
 */
export function addToSubject(
  key: string,
  current: { history: readonly SubjectEvent[]; contribution: readonly FactDelta[] } | null,
  event: EventEnvelope,
  currency: string | null,
): { history: SubjectEvent[]; state: SubjectState | null; contribution: FactDelta[]; deltas: FactDelta[] } | null {
  const history = [...(current?.history ?? [])];
  if (history.some((e) => e.id === event.id)) return null;
  history.push(subjectEvent(key, event));
  history.sort(byTime);
  const { state, contribution } = foldSubject(key, history, currency);
  const deltas = mergeDeltas([...contribution, ...(current?.contribution ?? []).map((d) => ({ ...d, value: -d.value }))]);
  return { history, state, contribution, deltas };
}
