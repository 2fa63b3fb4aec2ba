/**
 * What finance consumes: won deals and confirmed or fulfilled orders (one invoice per sale, by the
 * tenant's invoicing policy: domain/invoicing.ts),
 * received purchase orders (a supplier bill), applied stock movements (inventory and cost of goods
 * sold in the ledger), posted payroll (a journal entry, and the expenses it reimbursed marked so), paid payroll (the net pay cleared) and work operations billed
 * (an invoice drafted per approved timesheet or completed milestone). Each effect
 * happens once however often an event is delivered: the effect's document carries a key derived
 * from the SOURCE id (not the event id) under a unique index, so a redelivery, or even a second
 * event about the same deal, order, receipt or payroll run, cannot create a second invoice,
 * bill or journal entry.
 */
import type { EventEnvelope, EventHandler } from '../../../lib/events';
import type { ConsumerDefinition } from '../../../lib/subgraph';
import type { FinanceModels } from '../models';
import { billReceivedGoods } from '../services/bills';
import { reimburseThroughPayroll } from '../services/expenses';
import { invoiceOrder, invoiceProjectBilling, invoiceWonDeal } from '../services/invoices';
import { payPayroll, postPayroll } from '../services/ledger';
import { postStockMovement } from '../services/stock-postings';

const HANDLERS: Record<string, (models: FinanceModels, event: EventEnvelope) => Promise<void>> = {
  'sales.deal.won': invoiceWonDeal,
  'sales.order.confirmed': invoiceOrder,
  'sales.order.fulfilled': invoiceOrder,
  'inventory.purchaseOrder.received': billReceivedGoods,
  'inventory.stock.moved': postStockMovement,
  // The run's journal entry, then the expenses it paid back marked REIMBURSED.
  'hr.payroll.posted': async (models, event) => {
    await postPayroll(models, event);
    await reimburseThroughPayroll(models, event);
  },
  'hr.payroll.paid': payPayroll,
  'operations.billing.ready': invoiceProjectBilling,
};

export const FINANCE_EVENT_TYPES = Object.keys(HANDLERS);

export function financeConsumers(models: FinanceModels): ConsumerDefinition[] {
  const handle: EventHandler = async (event) => HANDLERS[event.type]?.(models, event);
  return [{ group: 'finance.ledger', types: FINANCE_EVENT_TYPES, handle }];
}
