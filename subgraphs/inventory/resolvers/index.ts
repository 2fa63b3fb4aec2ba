import { scalarResolvers } from '../../../lib/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Mutation } from './Mutation';
import { Product, StockLevel, Warehouse } from './Product';
import { Query } from './Query';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Mutation, Product, Warehouse, StockLevel };
