import { scalarResolvers } from '../../../lib/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Contact, Customer, Interaction, Task, Ticket } from './Customer';
import { Mutation } from './Mutation';
import { Query } from './Query';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Mutation, Customer, Contact, Interaction, Task, Ticket };
