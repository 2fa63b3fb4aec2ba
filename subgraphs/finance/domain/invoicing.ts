/**
 * One invoice per sale, whatever the tenant's invoicing policy. Pure: which invoice a sale event
 * concerns, and what that event does to it.
 *
 * A sale that started as a deal is invoiced under the deal's key (`deal:<dealId>`): the invoice
 * drafted when the deal was won is the one the deal's order later fills in and issues, never a
 * second one. A deal's key belongs to the first order that claims it; a further order of the same
 * deal is a sale of its own (`order:<orderId>`), as is an order without a deal.
 *
 * Policies: ON_DEAL_WON issues the invoice when the deal is won (from the deal's lines);
 * ON_ORDER_CONFIRMED when the order is confirmed; ON_ORDER_FULFILLED (the default) when it is
 * fulfilled. Fulfilment is the backstop under every policy: an order that reaches it with no issued
 * invoice is invoiced then, so each sale ends up with exactly one issued invoice.
 */
export type InvoicingPolicy = 'ON_DEAL_WON' | 'ON_ORDER_CONFIRMED' | 'ON_ORDER_FULFILLED';
export type SaleMoment = 'DEAL_WON' | 'ORDER_CONFIRMED' | 'ORDER_FULFILLED';

export const DEFAULT_INVOICING_POLICY: InvoicingPolicy = 'ON_ORDER_FULFILLED';
export const INVOICING_POLICIES: InvoicingPolicy[] = ['ON_DEAL_WON', 'ON_ORDER_CONFIRMED', 'ON_ORDER_FULFILLED'];

export const dealSaleKey = (dealId: string) => `deal:${dealId}`;
export const orderSaleKey = (orderId: string) => `order:${orderId}`;

export type InvoicingDecision =
  /** No invoice yet: create one, issued (OPEN, posted) or DRAFT. */
  | { action: 'CREATE'; issue: boolean }
  /** A DRAFT: take the event's lines and issue it. */
  | { action: 'ISSUE' }
  /** Already issued (or voided by a user): the event only links it. */
  | { action: 'LINK' }
  /** Nothing to do at this moment of the sale. */
  | { action: 'NONE' };

/** What a moment of a sale does to the sale's invoice (`existing`, null when there is none). */
export function decideInvoicing(
  policy: InvoicingPolicy,
  moment: SaleMoment,
  existing: { status: string } | null,
): InvoicingDecision {
  if (moment === 'DEAL_WON') return existing ? { action: 'LINK' } : { action: 'CREATE', issue: policy === 'ON_DEAL_WON' };
  const invoicesNow = moment === 'ORDER_FULFILLED' || policy === 'ON_ORDER_CONFIRMED';
  if (!existing) return invoicesNow ? { action: 'CREATE', issue: true } : { action: 'NONE' };
  if (existing.status === 'DRAFT' && invoicesNow) return { action: 'ISSUE' };
  return { action: 'LINK' };
}
