/** Subscriptions over graphql-ws (see server.ts for how an event reaches a subscriber). */
export {
  startSubscriptionServer,
  type SubscriptionOptions,
  type SubscriptionServer,
  type SubscriptionServerDeps,
} from './server';
export { SUBSCRIPTION_FIELDS, checkSubscriptionFields, type SubscriptionField } from './fields';
export { CLOSE_FORBIDDEN } from './connection-auth';
export { CLOSE_TOO_SLOW } from './stream';
