import { scalarResolvers } from '../../../lib/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Customer, Deal } from './Customer';
import { CreditNote, Invoice, InvoiceLine } from './Invoice';
import { Payment, PaymentAllocation } from './Payment';
import * as Ledger from './Ledger';
import * as Documents from './Documents';
import { Mutation } from './Mutation';
import { Query } from './Query';

const { accountOf: _accountOf, ...ledgerResolvers } = Ledger;

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Invoice,
  InvoiceLine,
  CreditNote,
  Payment,
  PaymentAllocation,
  Customer,
  Deal,
  ...ledgerResolvers,
  ...Documents,
};
