import { attachmentFields } from '../../../lib/attachments';
import { scalarResolvers } from '../../../lib/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Customer } from './Customer';
import { Deal, DealLine } from './Deal';
import { ForecastGroup } from './Forecast';
import { Lead } from './Lead';
import { Mutation } from './Mutation';
import { Order, OrderLine, OrderShipment, StockFlag } from './Order';
import { Pipeline, PipelineStage } from './Pipeline';
import { PipelineBoard, PipelineBoardColumn } from './PipelineBoard';
import { Query } from './Query';
import { Quote, QuoteLine } from './Quote';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Attachment: attachmentFields('sales'),
  Order,
  OrderLine,
  OrderShipment,
  StockFlag,
  Customer,
  Pipeline,
  PipelineStage,
  PipelineBoard,
  PipelineBoardColumn,
  Deal,
  DealLine,
  Lead,
  Quote,
  QuoteLine,
  ForecastGroup,
};
