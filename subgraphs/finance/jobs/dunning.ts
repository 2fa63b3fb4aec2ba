/**
 * `finance.dunning`: raises the dunning level of unpaid invoices as they pass the tenant's levels
 * of days overdue (domain/dunning.ts) and announces each level once (`finance.invoice.overdue`).
 * Reads every tenant's invoices whose check day has come, oldest due first; each is handled in
 * its own tenant, with that tenant's levels (read once per round).
 */
import { forEachTenantDocument, type JobDefinition } from '../../../lib/jobs';
import { currentTenantId } from '../../../lib/tenancy';
import type { SubgraphConfig } from '../../../lib/subgraph';
import { PAYABLE } from '../domain/invoice';
import type { FinanceModels, InvoiceDoc } from '../models';
import { dunInvoice, dunningDaysOf } from '../services/dunning';
import { getFinanceSettings } from '../services/settings';

export const DUNNING_JOB = 'finance.dunning';
const BATCH_SIZE = 200;

export interface DunningConfig extends SubgraphConfig {
  /** Pause between rounds; default `FINANCE_DUNNING_MS`, else 10 minutes (levels are days apart). */
  dunningIntervalMs?: number;
}

export function dunningIntervalMs(config: DunningConfig, env = process.env): number {
  const fromEnv = Number(env.FINANCE_DUNNING_MS);
  return config.dunningIntervalMs ?? (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 600_000);
}

export function dunningJob(models: FinanceModels, config: DunningConfig): JobDefinition {
  return {
    name: DUNNING_JOB,
    intervalMs: dunningIntervalMs(config),
    run: async (now) => {
      const today = now.toISOString().slice(0, 10);
      const levels = new Map<string, number[]>();
      return forEachTenantDocument<Pick<InvoiceDoc, '_id' | 'tenantId' | 'dueDate' | 'dunningLevel' | 'dunningCheckOn'>>(
        models.Invoice,
        // Never looked at (absent) or its day has come: `$not: {$gt}` matches both.
        { status: { $in: PAYABLE }, dueDate: { $lt: today }, dunningCheckOn: { $not: { $gt: today } } },
        { projection: { _id: 1, dueDate: 1, dunningLevel: 1, dunningCheckOn: 1 }, sort: { dueDate: 1 }, limit: BATCH_SIZE },
        async (invoice) => {
          const tenantId = currentTenantId();
          if (!levels.has(tenantId)) levels.set(tenantId, dunningDaysOf(await getFinanceSettings(models)));
          return dunInvoice(models, invoice, levels.get(tenantId)!, now);
        },
      );
    },
  };
}
