/**
 * What finance consumes: won deals (an invoice drafted), fulfilled orders (an invoice issued),
 * received purchase orders (a supplier bill), posted payroll (a journal entry) and work
 * operations billed (an invoice drafted per approved timesheet or completed milestone). Each effect
 * happens once however often an event is delivered: the effect's document carries a key derived
 * from the SOURCE id (not the event id) under a unique index, so a redelivery, or even a second
 * event about the same deal, order, receipt or payroll run, cannot create a second invoice,
 * bill or journal entry.
 */
import type { EventEnvelope, EventHandler } from '../../../lib/events';
import type { ConsumerDefinition } from '../../../lib/subgraph';
import type { FinanceModels } from '../models';
import { billReceivedGoods } from '../services/bills';
import { invoiceFulfilledOrder, invoiceProjectBilling, invoiceWonDeal } from '../services/invoices';
import { postPayroll } from '../services/ledger';

const HANDLERS: Record<string, (models: FinanceModels, event: EventEnvelope) => Promise<void>> = {
  'sales.deal.won': invoiceWonDeal,
  'sales.order.fulfilled': invoiceFulfilledOrder,
  'inventory.purchaseOrder.received': billReceivedGoods,
  'hr.payroll.posted': postPayroll,
  'operations.billing.ready': invoiceProjectBilling,
};

export const FINANCE_EVENT_TYPES = Object.keys(HANDLERS);

export function financeConsumers(models: FinanceModels): ConsumerDefinition[] {
  const handle: EventHandler = async (event) => HANDLERS[event.type]?.(models, event);
  return [{ group: 'finance.ledger', types: FINANCE_EVENT_TYPES, handle }];
}
