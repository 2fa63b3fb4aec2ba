import { scalarResolvers } from '../../../lib/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Customer } from './Customer';
import { Invoice, InvoiceLine, Payment } from './Invoice';
import { Mutation } from './Mutation';
import { Query } from './Query';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Mutation, Invoice, InvoiceLine, Payment, Customer };
