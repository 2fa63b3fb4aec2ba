/**
 * Every plain list a client can read has a cap: the most items it can hold. The gateway prices a
 * plain list at its cap (gateway/cost.ts), and every subgraph enforces the same caps when it
 * resolves (enforceListCaps), so a priced cost is an upper bound of what runs.
 *
 * Three kinds of lists:
 * - bounded by what can be written (`max`): lines of a document, contacts of a customer, payments
 *   of an invoice... Their write paths refuse more (typed userErrors); a resolved list above its
 *   cap is a broken invariant and fails the field with LIST_TOO_LONG rather than answering more
 *   than was priced.
 * - inside documents and trees (`price` below `max`): priced at a typical size, the overrun
 *   charged after execution and bounded by `max` (see ListCap.price).
 * - growing with the business (reports, histories): they take a slicing argument (`first`, or
 *   `last` for the newest items of a history; `offset` to read on), whose value (its schema
 *   default when not given, at most `max`) is both the price and the number of items returned.
 *
 * `userErrors` of every mutation payload are answers about the input: the first
 * USER_ERRORS_CAP are returned, and priced.
 *
 * tests/unit/list-caps.test.ts checks that every plain object list of the composed API schema is
 * listed here, so a new list cannot ship unpriced.
 */
import { GraphQLError, defaultFieldResolver, getNullableType, isListType, isObjectType, type GraphQLSchema } from 'graphql';
import { ErrorCode, badInput } from './errors';
import { MAX_LINES } from './lines';
import { NODES_MAX } from './node-id';

export interface ListCap {
  /** The most items the list can hold (or return, for a sliced list). */
  max: number;
  /**
   * The size it is priced at when that is below `max`: lists inside documents and trees (lines of
   * an order, allocations of a line, children of a task), where pricing every level at its cap
   * multiplies caps that cannot all be reached at once (500 tasks per project priced 500 x 500 per
   * nesting) and refuses ordinary reads. A response that holds more is charged the overrun, which
   * `max` bounds.
   */
  price?: number;
  /** The argument that says how many items to return (`first`, or `last` for the newest of a history). */
  slicing?: 'first' | 'last';
}

export const USER_ERRORS_CAP = 20;

const bounded = (max: number, price?: number): ListCap => (price === undefined ? { max } : { max, price });
const sliced = (max: number, slicing: 'first' | 'last' = 'first'): ListCap => ({ max, slicing });

/** Lists the gateway caps as inputs (GATEWAY_MAX_LIST_LENGTH, 200 by default) and the write path stores as given. */
const INPUT_LIST = bounded(200, 10);
/** Warehouses per tenant (inventory refuses more): stock levels per product, allocations per line. */
const WAREHOUSES = bounded(100, 5);
/** The chart of accounts (system accounts plus the tenant's), and a report's lines over it. */
const ACCOUNTS = bounded(500, 50);
/** Currencies a tenant invoices in: one balance or margin per currency. */
const CURRENCIES = bounded(50, 3);
/** Lines of a document (and what is derived line by line): MAX_LINES, priced as a typical document. */
const LINES = bounded(MAX_LINES, 20);

/** Files on a record: the first 100 are listed (lib/attachments.ts), priced as a few. */
const ATTACHMENTS = bounded(100, 5);

export const LIST_CAPS: Record<string, ListCap> = {
  // Relay's refetch of many entities (identity): priced as a typical page, the overrun charged after
  'Query.nodes': bounded(NODES_MAX, 20),
  // attachments (customers, sales, finance, hr)
  ...Object.fromEntries(
    ['Customer', 'Ticket', 'Deal', 'Invoice', 'SupplierBill', 'Expense', 'Employee'].map((t) => [
      `${t}.attachments`,
      ATTACHMENTS,
    ]),
  ),
  // customers
  'Customer.contacts': bounded(100),
  'Customer.addresses': bounded(10),
  'CustomerAttention.reasons': bounded(10),
  'Interaction.contacts': bounded(200, 5),
  'Interaction.employees': bounded(200, 5),
  'CrmSettings.routingRules': bounded(50),
  'CrmSettings.automationRules': bounded(50),
  'AutomationRule.conditions': INPUT_LIST,
  'Query.myTasks': sliced(100),
  // sales
  'Deal.lines': LINES,
  'Deal.stageHistory': sliced(100, 'last'),
  'Quote.lines': LINES,
  'Quote.availability': LINES,
  'Quote.stockFlags': LINES,
  'Order.lines': LINES,
  'Order.backorders': LINES,
  'Order.stockFlags': LINES,
  // shipOrder refuses a part beyond MAX_ORDER_SHIPMENTS; each part has at most one invoice (and the sale's).
  'Order.shipments': bounded(100, 3),
  'OrderShipment.lines': LINES,
  'Order.invoices': bounded(101, 3),
  'Pipeline.stages': INPUT_LIST,
  'PipelineBoard.columns': INPUT_LIST, // one per OPEN stage
  'Query.pipelines': bounded(50),
  'Forecast.groups': bounded(800, 24), // one per month of at most 731 days, or per owner (users of a tenant), plus TOTAL
  'ForecastGroup.deals': sliced(100),
  'Query.stalledDeals': sliced(100),
  'Query.productsAtRisk': sliced(200),
  // finance
  'Invoice.lines': LINES,
  'Invoice.payments': bounded(100, 10),
  'Invoice.creditNotes': bounded(100, 5),
  // Year-end closings: one per year and currency, and one more each time a reopened year is closed again.
  'FinanceSettings.yearEndClosings': bounded(1000, 5),
  'CloseFinancialYearPayload.closingEntries': bounded(200, 2),
  'Payment.allocations': INPUT_LIST,
  'SupplierBill.lines': LINES,
  'SupplierBill.payments': bounded(100, 10),
  // At most two reasons (quantity and price) per bill line.
  'SupplierBillMatch.reasons': bounded(2 * MAX_LINES, 5),
  'JournalEntry.lines': bounded(2 * MAX_LINES + 10, 10), // a document's lines, each with its tax, plus totals
  'Customer.balance': CURRENCIES,
  'Customer.grossMargin': CURRENCIES,
  'Query.accounts': ACCOUNTS,
  'Query.taxRates': bounded(200),
  'TrialBalance.rows': ACCOUNTS,
  'TrialBalance.totals': CURRENCIES,
  'ProfitAndLoss.income': ACCOUNTS,
  'ProfitAndLoss.expenses': ACCOUNTS,
  'BalanceSheet.assets': ACCOUNTS,
  'BalanceSheet.liabilities': ACCOUNTS,
  'BalanceSheet.equity': ACCOUNTS,
  'ArAging.rows': sliced(500),
  'ApAging.rows': sliced(500),
  'CashFlowSection.lines': ACCOUNTS,
  // inventory
  'Product.stock': WAREHOUSES,
  'ProductAvailability.perWarehouse': WAREHOUSES,
  'OrderReservation.lines': LINES,
  'OrderReservationLine.allocations': WAREHOUSES,
  'PurchaseOrder.lines': LINES,
  'InventoryValuation.lines': sliced(500),
  // hr
  'Department.children': bounded(500, 20),
  'Employee.reports': bounded(500, 20),
  'Employee.goals': bounded(200, 20),
  'Employee.reviews': sliced(50),
  'Employee.oneOnOneNotes': sliced(100),
  'Employee.timeOffBalances': bounded(50, 10),
  'TimeOffPayoutPolicy.types': bounded(50, 10),
  'OrgChart.nodes': sliced(1000),
  'PayrollRun.payslips': sliced(500),
  'PayrollSettings.taxBrackets': INPUT_LIST,
  'PayrollSettings.deductions': INPUT_LIST,
  'PayrollSettings.contributions': INPUT_LIST,
  'Payslip.earnings': bounded(10, 5),
  'Payslip.deductions': bounded(200, 5),
  'Payslip.contributions': bounded(200, 5),
  // At most MAX_CLAIMS_PER_PAYSLIP claims per payslip (subgraphs/hr/domain/expense-claims.ts); the rest wait for the next run.
  'Payslip.reimbursements': bounded(100, 5),
  'Query.payrollSettingsHistory': sliced(200),
  'Query.myTeamTimeOffRequests': sliced(200),
  'Query.holidays': bounded(1000, 50),
  'ReviewCycle.questions': INPUT_LIST,
  'ReviewCycle.completion': bounded(500, 20),
  'ReviewCycle.ratingDistribution': bounded(10),
  'Review.selfAnswers': INPUT_LIST,
  'Review.managerAnswers': INPUT_LIST,
  'Review.peerFeedback': bounded(50, 10),
  'PeerFeedback.answers': INPUT_LIST,
  // operations
  'Project.roleRates': bounded(100, 10),
  'Project.milestones': bounded(500, 20),
  'Project.tasks': bounded(500, 100),
  'Project.allocations': bounded(500, 50),
  'ProjectTask.children': bounded(500, 10),
  'ProjectTask.assignees': bounded(20, 5),
  'ProjectTask.dependsOn': bounded(500, 5),
  'ProjectProfitability.billing': sliced(200, 'last'),
  // A retainer bills one period a month: a history.
  'Retainer.periods': sliced(200, 'last'),
  'Employee.assignments': bounded(500, 20),
  'Employee.assignedTasks': bounded(500, 20),
  'Timesheet.entries': bounded(200, 20),
  'ResourcePlan.rows': bounded(200, 20),
  'ResourcePlanRow.cells': bounded(26),
  'Query.overallocatedEmployees': bounded(200, 20),
  // reporting: one KPI per metric of the catalogue (19 today; room to grow), a series of at most
  // MAX_SERIES_POINTS (services/health.ts refuses more), priced as a month of days or a year of weeks
  'BusinessHealth.kpis': bounded(50, 20),
  'Query.kpiCatalogue': bounded(50, 20),
  'KpiSeries.points': bounded(400, 60),
};

/** The cap of `type.field` when it is a plain list: its entry, or the userErrors cap of a payload. */
export function listCap(type: string, field: string): ListCap | undefined {
  if (field === 'userErrors') return { max: USER_ERRORS_CAP };
  return LIST_CAPS[`${type}.${field}`];
}

/** How many items a list field returns at most, given its (coerced) arguments: its price. */
export function listSize(cap: ListCap, args: Record<string, unknown>): number {
  if (!cap.slicing) return cap.price ?? cap.max;
  const asked = args[cap.slicing];
  return typeof asked === 'number' ? Math.max(0, Math.min(asked, cap.max)) : cap.max;
}

export const LIST_TOO_LONG = ErrorCode.LIST_TOO_LONG;

function checkedSlice(cap: ListCap, args: Record<string, unknown>, what: string): { count: number; offset: number } {
  const count = args[cap.slicing!] ?? cap.max;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > cap.max) {
    throw badInput(`"${cap.slicing}" of ${what} must be between 0 and ${cap.max}; got ${String(count)}.`);
  }
  const offset = args.offset ?? 0;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
    throw badInput(`"offset" of ${what} must be a whole number, 0 or more; got ${String(offset)}.`);
  }
  return { count, offset };
}

/** Applies one cap to a resolved list (null and non-lists pass through). */
export function capList(cap: ListCap, value: unknown, args: Record<string, unknown>, what: string, userErrors = false): unknown {
  if (!Array.isArray(value)) return value;
  if (userErrors) return value.slice(0, cap.max);
  if (cap.slicing) {
    const { count, offset } = checkedSlice(cap, args, what);
    // `last` reads the newest items of a history (the end of the list), `offset` counted from that end.
    return cap.slicing === 'last'
      ? value.slice(Math.max(0, value.length - offset - count), value.length - offset)
      : value.slice(offset, offset + count);
  }
  if (value.length > cap.max) {
    throw new GraphQLError(`${what} holds ${value.length} items, over its cap of ${cap.max}.`, {
      extensions: { code: LIST_TOO_LONG, max: cap.max },
    });
  }
  return value;
}

/**
 * Wraps the resolver of every capped plain list of a subgraph schema (its own fields only):
 * sliced lists are validated and cut to their slicing argument, bounded ones refused above their
 * cap, userErrors cut to the first USER_ERRORS_CAP. Returns how many fields it wrapped.
 */
export function enforceListCaps(schema: GraphQLSchema): number {
  let wrapped = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name.startsWith('_')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      const cap = listCap(type.name, field.name);
      if (!cap) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const what = `${type.name}.${field.name}`;
      const userErrors = field.name === 'userErrors';
      if (cap.slicing && !field.args.some((a) => a.name === cap.slicing)) {
        throw new Error(`${what} is capped by "${cap.slicing}" but declares no such argument.`);
      }
      field.resolve = (source, args, context, info) => {
        if (cap.slicing) checkedSlice(cap, args, what); // refused before any work
        const result = resolve(source, args, context, info);
        return result instanceof Promise
          ? result.then((value) => capList(cap, value, args, what, userErrors))
          : capList(cap, result, args, what, userErrors);
      };
      wrapped += 1;
    }
  }
  return wrapped;
}
