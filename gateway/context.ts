import type { RequestPrincipal } from '../lib/signed-context';

/** The context of every operation the gateway's Apollo Server runs (HTTP, and queries over the socket). */
export interface GatewayContext {
  principal: RequestPrincipal;
  /** Set when the operation resolves a subscription event: the subscription was charged when accepted. */
  subscriptionDelivery?: boolean;
  /** The app a WebSocket connection named in `connection_init` (over HTTP, the request's header says it). */
  clientName?: string;
}
