/**
 * What finance publishes: each event built from the document it is about, in the shapes of
 * lib/events/catalog.ts. The services store them in the same write as the change.
 */
import { domainEvent } from '../../../lib/events/catalog';
import { currentTenantId } from '../../../lib/tenancy';
import { amountDue, type InvoiceStatus } from '../domain/invoice';
import type { ExpenseDoc, InvoiceDoc, PaymentAllocationDoc, PaymentDoc } from '../models';

type InvoiceFacts = Pick<
  InvoiceDoc,
  '_id' | 'number' | 'customerId' | 'currency' | 'totalMinor' | 'paidMinor' | 'creditedMinor' | 'dealId' | 'orderId'
> &
  Partial<Pick<InvoiceDoc, 'sourceKey' | 'subtotalMinor' | 'dueDate'>>;

/** `finance.invoice.statusChanged` for a change of `invoice` (its amounts as they are after the change). */
export function invoiceStatusChanged(invoice: InvoiceFacts, from: string, to: InvoiceStatus, requestId?: string) {
  const id = invoice._id.toString();
  return domainEvent('finance.invoice.statusChanged', {
    tenantId: currentTenantId(),
    aggregateId: id,
    requestId,
    payload: {
      invoiceId: id,
      number: invoice.number,
      customerId: invoice.customerId,
      fromStatus: from,
      toStatus: to,
      total: { minor: invoice.totalMinor, currency: invoice.currency },
      amountDue: { minor: to === 'VOID' ? 0 : amountDue(invoice), currency: invoice.currency },
      dealId: invoice.dealId ?? null,
      orderId: invoice.orderId ?? null,
      source: invoice.sourceKey ?? null,
      subtotal: invoice.subtotalMinor != null ? { minor: invoice.subtotalMinor, currency: invoice.currency } : null,
      dueDate: invoice.dueDate ?? null,
    },
  });
}

/** `finance.invoice.overdue`: `invoice` reached dunning `level`, `daysOverdue` days after its due date. */
export function invoiceOverdue(invoice: InvoiceDoc, level: number, daysOverdue: number) {
  const id = invoice._id.toString();
  return domainEvent('finance.invoice.overdue', {
    tenantId: currentTenantId(),
    aggregateId: id,
    payload: {
      invoiceId: id,
      number: invoice.number,
      customerId: invoice.customerId,
      level,
      daysOverdue,
      dueDate: invoice.dueDate,
      amountDue: { minor: amountDue(invoice), currency: invoice.currency },
    },
  });
}

/** `finance.creditNote.issued` for a credit note added to `invoice` (what it credits, gross and net). */
export function creditNoteIssued(
  invoice: Pick<InvoiceDoc, '_id' | 'customerId' | 'currency' | 'sourceKey'>,
  credit: { _id: { toString(): string }; number: string; amountMinor: number; netMinor: number },
  requestId?: string,
) {
  const creditNoteId = credit._id.toString();
  return domainEvent('finance.creditNote.issued', {
    tenantId: currentTenantId(),
    aggregateId: invoice._id.toString(),
    requestId,
    payload: {
      creditNoteId,
      number: credit.number,
      invoiceId: invoice._id.toString(),
      customerId: invoice.customerId,
      amount: { minor: credit.amountMinor, currency: invoice.currency },
      net: { minor: credit.netMinor, currency: invoice.currency },
      source: invoice.sourceKey ?? null,
    },
  });
}

/** `finance.payment.received` for a completed payment, with the invoices its allocations paid. */
export function paymentReceived(payment: PaymentDoc, outcomes: PaymentAllocationDoc[], requestId?: string) {
  const paymentId = payment._id.toString();
  return domainEvent('finance.payment.received', {
    tenantId: currentTenantId(),
    aggregateId: paymentId,
    requestId,
    payload: {
      paymentId,
      customerId: payment.customerId,
      amount: { minor: payment.amountMinor, currency: payment.currency },
      invoiceIds: outcomes.filter((a) => a.status === 'APPLIED').map((a) => a.invoiceId),
      allocations: outcomes
        .filter((a) => a.status === 'APPLIED')
        .map((a) => ({ invoiceId: a.invoiceId, amountMinor: a.amountMinor })),
    },
  });
}

/** `finance.expense.approved`: what is owed to the employee, for hr to reimburse through payroll. */
export function expenseApproved(expense: ExpenseDoc, approvedAt: Date, requestId?: string) {
  const expenseId = expense._id.toString();
  return domainEvent('finance.expense.approved', {
    tenantId: currentTenantId(),
    aggregateId: expenseId,
    requestId,
    payload: {
      expenseId,
      number: expense.number,
      employeeId: expense.submitterId,
      category: expense.category,
      amount: { minor: expense.totalMinor, currency: expense.currency },
      expenseDate: expense.expenseDate,
      approvedAt: approvedAt.toISOString(),
    },
  });
}
