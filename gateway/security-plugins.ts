import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { ANONYMOUS } from '../lib/authorization';
import { ErrorCode, unauthenticated } from '../lib/errors';
import type { Logger } from '../lib/logger';
import { PUBLIC_ROOT_FIELDS } from './auth';
import type { GatewayContext } from './context';
import type { CredentialStore } from './credentials';

function onlyPublicFields(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === Kind.FIELD && (selection.name.value === '__typename' || PUBLIC_ROOT_FIELDS.has(selection.name.value)),
  );
}

/** A caller without credentials may run only the public sign-in mutations; anything else is 401. */
export const anonymousGuard: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        if (contextValue.principal.principal === ANONYMOUS && (!operation || !onlyPublicFields(operation))) {
          throw unauthenticated('Authentication required: send an x-api-key header or Authorization: Bearer <access token>.');
        }
      },
    };
  },
};

/** Records every authorization denial (FORBIDDEN from a subgraph) in the tenant's audit log. */
export function denialAudit(credentials: Pick<CredentialStore, 'recordDenial'>, log: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operationName }) {
          const { principal } = contextValue;
          if (response.body.kind !== 'single' || !principal?.tenantId) return;
          const denied = (response.body.singleResult.errors ?? []).filter((e) => e.extensions?.code === ErrorCode.FORBIDDEN);
          if (!denied.length) return;
          const paths = denied.map((e) => (e.path ?? []).join('.')).join(', ');
          void credentials
            .recordDenial(principal.tenantId, {
              actor: principal.principal,
              message: `Denied ${paths || 'operation'}${operationName ? ` in ${operationName}` : ''}: ${denied[0].message}`,
              ip: principal.ip ?? null,
              requestId: principal.requestId,
            })
            .catch((err) => log.error({ err }, 'audit write failed'));
        },
      };
    },
  };
}
