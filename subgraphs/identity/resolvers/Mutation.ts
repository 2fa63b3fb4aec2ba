import { runMutation } from '../../../lib/mutation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { mintApiKey, revokeApiKey } from '../services/api-keys';
import { replayDeadLetter } from '../services/dead-letters';
import { login, logout, refreshTokens } from '../services/sessions';
import { changePassword, createUser, setUserEnabled, updateUser } from '../services/users';
import { createUpload, updateAttachmentLimits } from '../services/uploads';
import { createWebhookEndpoint, redeliverWebhook, setWebhookEndpointEnabled, updateWebhookEndpoint } from '../services/webhooks';
import type { IdentitySettings } from '../index';

/** Thin: each mutation is one service call; expected failures become its `userErrors`. */
export function identityMutations(settings: IdentitySettings): MutationResolvers {
  return {
    login: (_, { input }, ctx) => runMutation(() => login(ctx.models, settings, input, ctx)),
    refreshToken: (_, { input }, ctx) => runMutation(() => refreshTokens(ctx.models, settings, input.refreshToken, ctx)),
    logout: (_, { input }, ctx) => runMutation(() => logout(ctx.models, input.refreshToken, ctx)),

    createUser: (_, { input }, ctx) => runMutation(async () => ({ user: await createUser(ctx.models, input, ctx) })),
    updateUser: (_, { input }, ctx) =>
      runMutation(async () => {
        const user = await updateUser(ctx.models, input, ctx);
        ctx.loaders.user.clear(input.id);
        return { user };
      }),
    disableUser: (_, { input }, ctx) =>
      runMutation(async () => ({ user: await setUserEnabled(ctx.models, input.id, false, ctx) })),
    enableUser: (_, { input }, ctx) => runMutation(async () => ({ user: await setUserEnabled(ctx.models, input.id, true, ctx) })),
    changePassword: (_, { input }, ctx) => runMutation(() => changePassword(ctx.models, settings, input, ctx)),
    createApiKey: (_, { input }, ctx) => runMutation(() => mintApiKey(ctx.models, input, ctx)),
    revokeApiKey: (_, { input }, ctx) => runMutation(async () => ({ apiKey: await revokeApiKey(ctx.models, input.id, ctx) })),

    createUpload: (_, { input }, ctx) => runMutation(() => createUpload(ctx.models, settings.uploadSigningSecret, input, ctx)),
    updateAttachmentLimits: (_, { input }, ctx) =>
      runMutation(async () => ({ tenant: await updateAttachmentLimits(ctx.models, ctx.tenantId, input) })),

    replayDeadLetter: (_, { input }, { events, tenantId }) =>
      runMutation(async () => ({ deadLetter: await replayDeadLetter(events, tenantId, input.id) })),

    createWebhookEndpoint: (_, { input }, ctx) =>
      runMutation(() => createWebhookEndpoint(ctx.models, settings.webhooks, input, ctx)),
    updateWebhookEndpoint: (_, { input }, ctx) =>
      runMutation(() => updateWebhookEndpoint(ctx.models, settings.webhooks, input, ctx)),
    disableWebhookEndpoint: (_, { input }, ctx) =>
      runMutation(async () => ({ webhookEndpoint: await setWebhookEndpointEnabled(ctx.models, input.id, false, ctx) })),
    enableWebhookEndpoint: (_, { input }, ctx) =>
      runMutation(async () => ({ webhookEndpoint: await setWebhookEndpointEnabled(ctx.models, input.id, true, ctx) })),
    redeliverWebhook: (_, { input }, ctx) =>
      runMutation(async () => ({ webhookDelivery: await redeliverWebhook(ctx.models, input.deliveryId) })),
  };
}
