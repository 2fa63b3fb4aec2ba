import { toMoney } from '../../../lib/money';
import { docId, money, ref } from '../../../lib/resolvers';
import type { PaymentAllocationResolvers, PaymentResolvers } from '../__generated__/resolvers-types';
import { appliedMinor } from '../domain/payment';
import type { AllocationView, PaymentDoc } from '../models';

export const Payment: PaymentResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.payment.load(reference.id),
  id: docId,
  customer: (p) => ref(p.customerId),
  amount: money<PaymentDoc>('amountMinor'),
  allocated: (p) => toMoney(appliedMinor(p.allocations), p.currency),
  // While PENDING, allocations not yet refused are expected to apply.
  unallocated: (p) =>
    toMoney(
      p.amountMinor - p.allocations.filter((a) => a.status !== 'REFUSED').reduce((s, a) => s + a.amountMinor, 0),
      p.currency,
    ),
  allocations: (p) => p.allocations.map((a) => ({ ...a, currency: p.currency })),
};

export const PaymentAllocation: PaymentAllocationResolvers = {
  invoice: (a, _, { loaders }) => loaders.invoice.load(a.invoiceId),
  amount: money<AllocationView>('amountMinor'),
};
