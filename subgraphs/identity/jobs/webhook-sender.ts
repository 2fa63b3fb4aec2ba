/**
 * `identity.webhook-sender`: sends the due PENDING webhook deliveries of every tenant, one attempt
 * each per round (services/webhooks.ts `attemptDelivery`), oldest due first. A round's clock is
 * `now` (tests move it: `service.jobs['identity.webhook-sender'].runOnce(later)`). Each attempt is
 * claimed by a conditional write, so several processes may sweep at once.
 */
import { forEachTenantDocument, type JobDefinition } from '../../../lib/jobs';
import type { SubgraphConfig } from '../../../lib/subgraph';
import type { IdentityModels, WebhookDeliveryDoc } from '../models';
import { attemptDelivery, type WebhookSettings } from '../services/webhooks';

export const WEBHOOK_SENDER_JOB = 'identity.webhook-sender';
const BATCH_SIZE = 50;

/** Pause between rounds: `IDENTITY_WEBHOOK_SWEEP_MS`, else 5 x the event poll interval (1 s by default). */
export function webhookSweepIntervalMs(config: SubgraphConfig, env = process.env): number {
  const fromEnv = Number(env.IDENTITY_WEBHOOK_SWEEP_MS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 5 * (config.events?.pollIntervalMs ?? 200);
}

export function webhookSenderJob(models: IdentityModels, config: SubgraphConfig, settings: WebhookSettings): JobDefinition {
  return {
    name: WEBHOOK_SENDER_JOB,
    intervalMs: webhookSweepIntervalMs(config),
    run: (now) =>
      forEachTenantDocument<Pick<WebhookDeliveryDoc, '_id' | 'tenantId'>>(
        models.WebhookDelivery,
        { nextAttemptAt: { $lte: now }, status: 'PENDING' },
        { projection: { _id: 1 }, sort: { nextAttemptAt: 1 }, limit: BATCH_SIZE },
        (delivery) => attemptDelivery(models, settings, delivery, now),
      ),
  };
}
