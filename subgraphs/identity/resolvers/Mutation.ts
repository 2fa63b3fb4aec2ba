import { runMutation } from '../../../lib/mutation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { mintApiKey, revokeApiKey } from '../services/api-keys';
import { replayDeadLetter } from '../services/dead-letters';
import { login, logout, refreshTokens } from '../services/sessions';
import { createUser } from '../services/users';
import { createUpload, updateAttachmentLimits } from '../services/uploads';
import type { IdentitySettings } from '../index';

/** Thin: each mutation is one service call; expected failures become its `userErrors`. */
export function identityMutations(settings: IdentitySettings): MutationResolvers {
  return {
    login: (_, { input }, ctx) => runMutation(() => login(ctx.models, settings, input, ctx)),
    refreshToken: (_, { input }, ctx) => runMutation(() => refreshTokens(ctx.models, settings, input.refreshToken, ctx)),
    logout: (_, { input }, ctx) => runMutation(() => logout(ctx.models, input.refreshToken, ctx)),

    createUser: (_, { input }, ctx) => runMutation(async () => ({ user: await createUser(ctx.models, input, ctx) })),
    createApiKey: (_, { input }, ctx) => runMutation(() => mintApiKey(ctx.models, input, ctx)),
    revokeApiKey: (_, { input }, ctx) => runMutation(async () => ({ apiKey: await revokeApiKey(ctx.models, input.id, ctx) })),

    createUpload: (_, { input }, ctx) => runMutation(() => createUpload(ctx.models, settings.uploadSigningSecret, input, ctx)),
    updateAttachmentLimits: (_, { input }, ctx) =>
      runMutation(async () => ({ tenant: await updateAttachmentLimits(ctx.models, ctx.tenantId, input) })),

    replayDeadLetter: (_, { input }, { events, tenantId }) =>
      runMutation(async () => ({ deadLetter: await replayDeadLetter(events, tenantId, input.id) })),
  };
}
