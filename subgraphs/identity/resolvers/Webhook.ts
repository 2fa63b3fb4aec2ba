import { docId } from '../../../lib/resolvers';
import type { WebhookDeliveryResolvers, WebhookEndpointResolvers } from '../__generated__/resolvers-types';

export const WebhookEndpoint: WebhookEndpointResolvers = { id: docId };
export const WebhookDelivery: WebhookDeliveryResolvers = { id: docId };
