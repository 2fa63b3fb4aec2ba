import { subgraphTypeDefs } from '../../lib/schema';
import { createSubgraphService, type SubgraphConfig, type SubgraphDefinition, type SubgraphService } from '../../lib/subgraph';
import { identityConsumers } from './events/consume';
import { identityLoaders, type IdentityLoaders } from './loaders';
import { identityModels, type IdentityModels } from './models';
import { identityResolvers } from './resolvers';
import { webhookSenderJob } from './jobs/webhook-sender';
import type { TokenSettings } from './services/sessions';
import type { WebhookSettings } from './services/webhooks';

export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 3600_000;

/**
 * The identity subgraph: tenants, users, sign-in sessions, API keys, audit log, and the admin
 * view of the event bus. A function of the token settings, because its sign-in mutations sign
 * with the service's JWT secret. It publishes revocations (events/publish.ts) and
 * `identity.user.created` (from the new user's outbox), and consumes other domains' audited actions
 * (events/consume.ts: finance's period close and reopen, into the audit log), and every event type
 * for the tenants' partner webhooks, which its `identity.webhook-sender` job sends.
 */
/**
 * The token settings, the secret upload grants are signed with (the gateway's signing secret), and
 * the webhook settings (the keys endpoint secrets are encrypted under; private targets allowed or not).
 */
export type IdentitySettings = TokenSettings & { uploadSigningSecret: string; webhooks: WebhookSettings };

/**
 * Webhook settings from the service config: loopback and private targets are allowed in development
 * and tests only (SSRF); a service started without a NODE_ENV refuses them, as production does.
 */
export const webhookSettingsOf = (config: Pick<SubgraphConfig, 'signingSecrets' | 'nodeEnv'>): WebhookSettings => ({
  secretKeys: config.signingSecrets,
  allowPrivateNetworks: config.nodeEnv === 'development' || config.nodeEnv === 'test',
});

export const identitySubgraph = (settings: IdentitySettings): SubgraphDefinition<IdentityModels, IdentityLoaders> => ({
  name: 'identity',
  typeDefs: subgraphTypeDefs('identity'),
  resolvers: identityResolvers(settings) as never,
  models: identityModels,
  loaders: identityLoaders,
  events: { producers: (models) => [models.ApiKey, models.Session, models.User], consumers: identityConsumers },
  jobs: (models, config) => [webhookSenderJob(models, config, settings.webhooks)],
});

/** Runs the identity subgraph; no side effects until called. */
export function createIdentitySubgraph(config: SubgraphConfig): Promise<SubgraphService<IdentityModels>> {
  if (!config.jwtSecrets?.length) throw new Error('The identity subgraph needs jwtSecrets to sign access tokens.');
  return createSubgraphService(
    identitySubgraph({
      jwtSecrets: config.jwtSecrets,
      accessTokenTtlSeconds: config.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlMs: REFRESH_TOKEN_TTL_MS,
      uploadSigningSecret: config.signingSecrets[0],
      webhooks: webhookSettingsOf(config),
    }),
    config,
  );
}
