/** Users: created by an admin of the tenant, with a hashed password and roles within the admin's own scopes. */
import { assertNoUserErrors } from '../../../lib/mutation';
import { hashPassword } from '../../../lib/passwords';
import type { Role } from '../../../lib/scopes';
import { insert } from '../../../lib/write';
import { validateNewUser } from '../domain/credentials';
import { userCreated } from '../events/publish';
import type { IdentityModels, UserDoc } from '../models';
import { audit, byCaller, type Caller } from './audit';
import { newNodeId } from '../../../lib/node-id';

export async function createUser(
  models: IdentityModels,
  input: { email: string; name: string; password: string; roles: Role[] },
  caller: Caller & { scopes: string[] },
): Promise<UserDoc> {
  assertNoUserErrors(validateNewUser(input, caller.scopes));
  const email = input.email.trim();
  const id = newNodeId('User');
  const user = await insert<UserDoc>(
    models.User,
    {
      _id: id,
      email,
      emailKey: email.toLowerCase(),
      name: input.name.trim(),
      passwordHash: await hashPassword(input.password),
      roles: [...new Set(input.roles)],
    },
    {
      taken: { field: ['input', 'email'], message: `${email} already has an account.` },
      events: [userCreated(id.toString(), email, input.name.trim())],
    },
  );
  await audit(models, byCaller(caller, 'USER_CREATED', `Created user ${email} (${input.roles.join(', ')}).`));
  return user;
}
