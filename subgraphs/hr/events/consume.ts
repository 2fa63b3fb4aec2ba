/**
 * What hr consumes: identity's new users, linked to the employee with the same work email
 * (services/user-links.ts). Idempotent: a redelivery finds the link made.
 */
import type { ConsumerDefinition } from '../../../lib/subgraph';
import type { HrModels } from '../models';
import { linkByEmail } from '../services/user-links';

export function hrConsumers(models: HrModels): ConsumerDefinition[] {
  return [{ group: 'hr.user-linker', types: ['identity.user.created'], handle: (event) => linkByEmail(models, event) }];
}
