import { attachmentFields } from '../../../lib/attachments';
import { scalarResolvers } from '../../../lib/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Department } from './Department';
import { Employee } from './Employee';
import { ExpenseClaim, PayslipReimbursement } from './ExpenseClaim';
import { Mutation } from './Mutation';
import { OrgChartNode } from './OrgChart';
import { Earning, PayrollRun, Payslip, PayslipLine } from './PayrollRun';
import { Holiday, PayrollSettings, TaxBracket, TimeOffPayoutPolicy } from './PayrollSettings';
import { Query } from './Query';
import { TimeOffBalance } from './TimeOffBalance';
import { TimeOffRequest } from './TimeOffRequest';
import { TimeOffType } from './TimeOffType';
import { UserLink } from './UserLink';
import { DepartmentCompletion, Goal, OneOnOneNote, PeerFeedback, Review, ReviewCycle } from './Performance';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Attachment: attachmentFields('hr'),
  Employee,
  Department,
  OrgChartNode,
  TimeOffType,
  TimeOffRequest,
  TimeOffBalance,
  PayrollRun,
  Payslip,
  PayslipLine,
  PayslipReimbursement,
  ExpenseClaim,
  Earning,
  PayrollSettings,
  TaxBracket,
  TimeOffPayoutPolicy,
  Holiday,
  UserLink,
  Goal,
  Review,
  PeerFeedback,
  ReviewCycle,
  DepartmentCompletion,
  OneOnOneNote,
};
