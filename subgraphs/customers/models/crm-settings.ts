/** CRM settings: one document per tenant with the attention threshold, routing and automation rules. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';
import type { AutomationRuleDoc } from '../domain/automation';
import { SETTINGS_KEY } from '../domain/crm-settings';
import type { RoutingRule } from '../domain/ticket';

export type RoutingRuleDoc = RoutingRule;

/** One per tenant (unique `key`): CRM settings and the routing rules with their round-robin counters (versioned). */
export interface CrmSettingsDoc {
  _id: Types.ObjectId;
  tenantId: string;
  key: string;
  attentionDays: number;
  routingRules: RoutingRuleDoc[];
  /** Who ASSIGN_TICKET_TO_ON_CALL automation rules assign to (hr Employee id). */
  onCallAgentId?: string | null;
  /** The tenant's automation rules; absent until set: DEFAULT_AUTOMATION_RULES apply. */
  automationRules?: AutomationRuleDoc[] | null;
  version: number;
}

/** What the API shows of the settings (defaults when the tenant has none stored). */
export type CrmSettingsView = Pick<CrmSettingsDoc, 'attentionDays' | 'routingRules' | 'onCallAgentId' | 'automationRules'>;

const settingsSchema = new mongoose.Schema<CrmSettingsDoc>(
  {
    key: { type: String, required: true, default: SETTINGS_KEY },
    attentionDays: { type: Number, default: 30 },
    routingRules: {
      type: [
        new mongoose.Schema(
          {
            name: { type: String, required: true },
            priority: String,
            tag: String,
            strategy: { type: String, enum: ['ROUND_ROBIN', 'LEAST_LOADED'], required: true },
            agentIds: { type: [String], default: [] },
            cursor: { type: Number, default: 0 },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    onCallAgentId: String,
    automationRules: {
      type: [
        new mongoose.Schema(
          {
            name: { type: String, required: true },
            eventType: { type: String, required: true },
            conditions: { type: [new mongoose.Schema({ field: String, equals: String }, { _id: false })], default: [] },
            action: { type: String, enum: ['CREATE_FOLLOW_UP_TASK', 'ASSIGN_TICKET_TO_ON_CALL'], required: true },
            afterDays: Number,
            taskTitle: String,
            enabled: { type: Boolean, default: true },
          },
          { _id: false },
        ),
      ],
      default: undefined,
    },
  },
  { versionKey: false, minimize: false },
);
settingsSchema.plugin(tenantScopePlugin);
settingsSchema.plugin(aggregatePlugin, { name: 'Settings' });
settingsSchema.index({ tenantId: 1, key: 1 }, { unique: true });

export const crmSettingsModel = (connection: Connection) =>
  connection.model<CrmSettingsDoc>('CrmSettings', settingsSchema, 'crm_settings');
