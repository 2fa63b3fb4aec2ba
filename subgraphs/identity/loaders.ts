import { byIdLoader } from '../../lib/pagination';
import type { IdentityModels, UserDoc } from './models';

/** Per-request DataLoaders. */
export function identityLoaders(models: IdentityModels) {
  return {
    user: byIdLoader<UserDoc>(models.User),
  };
}
export type IdentityLoaders = ReturnType<typeof identityLoaders>;
