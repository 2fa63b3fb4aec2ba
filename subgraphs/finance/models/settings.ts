/** The tenant's finance settings: one document per tenant, created with defaults on first use. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { aggregatePlugin } from '../../../lib/write';
import { DEFAULT_DUNNING_DAYS } from '../domain/dunning';
import { DEFAULT_INVOICING_POLICY, type InvoicingPolicy } from '../domain/invoicing';

export interface FinanceSettingsDoc {
  _id: Types.ObjectId;
  tenantId: string;
  /** When a sale is invoiced (domain/invoicing.ts); ON_ORDER_FULFILLED by default. */
  invoicingPolicy: InvoicingPolicy;
  /** Bill each purchase-order receipt at once (the default); false: bills are entered by hand and matched. */
  autoBillReceipts: boolean;
  /** How far a hand-entered bill's price and quantity may differ from the order and receipts (1/100 %). */
  billMatchToleranceBps: number;
  /** The lock date (YYYY-MM-DD, UTC, inclusive): no journal entry is dated on or before it (domain/period.ts). */
  closedUntil?: string | null;
  /** Dunning levels as days overdue, increasing (domain/dunning.ts); empty: no dunning. */
  dunningDays: number[];
  /** Every year-end closing entry posted (services/year-end.ts), oldest first: what moved each year's result. */
  yearEndClosings: YearEndClosingDoc[];
  version: number;
}

export interface YearEndClosingDoc {
  /** The year's last day, YYYY-MM-DD. */
  yearEnd: string;
  entryId: string;
  currency: string;
  /** Income less expenses moved into retained earnings by this entry. */
  netIncomeMinor: number;
  postedAt: Date;
}

const settingsSchema = new mongoose.Schema<FinanceSettingsDoc>(
  {
    invoicingPolicy: {
      type: String,
      enum: ['ON_DEAL_WON', 'ON_ORDER_CONFIRMED', 'ON_ORDER_FULFILLED'],
      default: DEFAULT_INVOICING_POLICY,
    },
    autoBillReceipts: { type: Boolean, default: true },
    billMatchToleranceBps: { type: Number, default: 0 },
    closedUntil: { type: String, default: null },
    dunningDays: { type: [Number], default: () => [...DEFAULT_DUNNING_DAYS] },
    yearEndClosings: {
      type: [
        new mongoose.Schema<YearEndClosingDoc>(
          {
            yearEnd: { type: String, required: true },
            entryId: { type: String, required: true },
            currency: { type: String, required: true },
            netIncomeMinor: { type: Number, required: true },
            postedAt: { type: Date, required: true },
          },
          { _id: false },
        ),
      ],
      default: () => [],
    },
  },
  { timestamps: true, versionKey: false },
);
settingsSchema.plugin(tenantScopePlugin);
// Moving the lock date stores `finance.period.closed` / `.reopened` in the same write (services/period.ts).
settingsSchema.plugin(outboxPlugin);
settingsSchema.plugin(aggregatePlugin, { name: 'Finance settings' });
settingsSchema.index({ tenantId: 1 }, { unique: true });

export const financeSettingsModel = (connection: Connection) =>
  connection.model<FinanceSettingsDoc>('FinanceSettings', settingsSchema, 'finance_settings');
