/**
 * One document per tenant: its base currency (the first money-carrying event's, domain/kpis.ts),
 * when its read model last changed (`asOf`), and the outbox that carries `reporting.facts.changed`
 * (stored by the same write that records the change, so it is published once per applied event).
 */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';

export interface TenantReportDoc {
  _id: Types.ObjectId;
  tenantId: string;
  currency: string | null;
  asOf: Date | null;
  applied: string[];
  version: number;
}

const tenantReportSchema = new mongoose.Schema<TenantReportDoc>(
  {
    currency: { type: String, default: null },
    asOf: { type: Date, default: null },
    applied: { type: [String], default: [] },
  },
  { timestamps: true, versionKey: false },
);
tenantReportSchema.plugin(tenantScopePlugin);
tenantReportSchema.plugin(outboxPlugin);
tenantReportSchema.plugin(aggregatePlugin, { name: 'Tenant report' });
tenantReportSchema.index({ tenantId: 1 }, { unique: true });

export const tenantReportModel = (connection: Connection) =>
  connection.model<TenantReportDoc>('TenantReport', tenantReportSchema, 'report_tenants');
