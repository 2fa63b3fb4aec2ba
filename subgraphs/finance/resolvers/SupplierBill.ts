import { loadAttachments } from '../../../lib/attachments';
import { toMoney } from '../../../lib/money';
import { docId, money } from '../../../lib/resolvers';
import type {
  SupplierBillLineResolvers,
  SupplierBillMatchResolvers,
  SupplierBillPaymentResolvers,
  SupplierBillResolvers,
} from '../__generated__/resolvers-types';
import { formatPercent } from '../domain/tax';
import type { BillDoc, BillLineView, BillMatchView, BillPaymentView } from '../models';

export const SupplierBill: SupplierBillResolvers = {
  attachments: (parent, _args, ctx) => loadAttachments(ctx, ctx.models.Bill.db, 'SUPPLIER_BILL', parent._id.toString()),
  id: docId,
  lines: (b) => b.lines.map((l) => ({ ...l, currency: b.currency })),
  net: money<BillDoc>('netMinor'),
  tax: money<BillDoc>('taxMinor'),
  total: money<BillDoc>('totalMinor'),
  amountPaid: money<BillDoc>('paidMinor'),
  amountDue: (b) => toMoney(b.status === 'VOID' ? 0 : b.totalMinor - b.paidMinor, b.currency),
  payments: (b) => b.payments.map((p) => ({ ...p, currency: b.currency })),
  match: (b) => (b.match ? { ...b.match, currency: b.currency } : null),
};

export const SupplierBillMatch: SupplierBillMatchResolvers = {
  received: money<BillMatchView>('receivedMinor'),
  tolerancePercent: (m) => formatPercent(m.toleranceBps ?? 0),
};

export const SupplierBillLine: SupplierBillLineResolvers = {
  unitCost: money<BillLineView>('unitCostMinor'),
  taxRatePercent: (l) => formatPercent(l.taxRateBps),
  net: money<BillLineView>('netMinor'),
  tax: money<BillLineView>('taxMinor'),
  total: money<BillLineView>('totalMinor'),
};

export const SupplierBillPayment: SupplierBillPaymentResolvers = {
  id: docId,
  amount: money<BillPaymentView>('amountMinor'),
};
