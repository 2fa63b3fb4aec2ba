/**
 * Partner webhooks: a tenant's endpoints (created, changed, disabled and enabled by its admins),
 * the deliveries the `identity.webhooks` consumer records for each of the tenant's events an
 * endpoint subscribes to (one per endpoint and event, idempotently), and the attempts the
 * `identity.webhook-sender` job makes, signed, retried with backoff, dead after a day.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import mongoose from 'mongoose';
import { userError, UserErrors, type UserError } from '../../../lib/errors';
import type { EventEnvelope } from '../../../lib/events';
import { logger } from '../../../lib/logger';
import { assertNoUserErrors } from '../../../lib/mutation';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import { findOrCreate, insert, update, updateWhere } from '../../../lib/write';
import {
  afterFailedAttempt,
  checkEventTypes,
  checkSecret,
  checkWebhookUrl,
  CLAIM_LEASE_MS,
  DELIVERY_TIMEOUT_MS,
  deliveryBody,
  DISABLE_AFTER_DEAD_DELIVERIES,
  generateWebhookSecret,
  isSuccessStatus,
  MAX_ENDPOINTS_PER_TENANT,
  MAX_ERROR_LENGTH,
  openSecret,
  refusedAddress,
  sealSecret,
  SIGNATURE_HEADER,
  signatureHeader,
} from '../domain/webhooks';
import type { IdentityModels, WebhookDeliveryDoc, WebhookEndpointDoc } from '../models';
import { audit, byCaller, type Caller } from './audit';
import { sendWebhook } from './webhook-sender';

export interface WebhookSettings {
  /** Keys the endpoint secrets are encrypted under (the service's signing secrets: the first encrypts). */
  secretKeys: string[];
  /** Loopback, private and link-local targets allowed: development and tests, never production. */
  allowPrivateNetworks: boolean;
  /** One attempt's time limit (default DELIVERY_TIMEOUT_MS). */
  timeoutMs?: number;
}

/** The system actor of what the sender does on its own (disabling a failing endpoint). */
export const WEBHOOK_SYSTEM_ACTOR = 'system:webhooks';
/** How long a delivery of a disabled endpoint waits before it is looked at again. */
const DISABLED_RECHECK_MS = 3600_000;

const log = logger.child({ component: 'webhooks' });
const secretPrefix = (secret: string) => `${secret.slice(0, 10)}…`;

// --- endpoints ---

/** The URL's syntax, and in production the addresses its host resolves to now (checked again on every attempt). */
async function urlProblems(url: string, settings: WebhookSettings, field = ['input', 'url']): Promise<UserError[]> {
  const problems = checkWebhookUrl(url, field);
  if (problems.length || settings.allowPrivateNetworks) return problems;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [host]
    : await lookup(host, { all: true }).then(
        (all) => all.map((a) => a.address),
        () => null,
      );
  if (!addresses?.length) return [userError(field, `${host} does not resolve.`, 'INVALID')];
  const refused = addresses.map(refusedAddress).find(Boolean);
  return refused ? [userError(field, `Refused: ${host} resolves to a non-public address (${refused}).`, 'INVALID')] : [];
}

const notFound = (id: string, field = ['input', 'id']) =>
  new UserErrors([userError(field, `Webhook endpoint ${id} not found.`, 'NOT_FOUND')]);

async function endpointOf(models: IdentityModels, id: string, field?: string[]): Promise<WebhookEndpointDoc> {
  const found = mongoose.isObjectIdOrHexString(id)
    ? await findOneByIdInTenant<WebhookEndpointDoc>(models.WebhookEndpoint, id)
    : null;
  if (!found) throw notFound(id, field);
  return found;
}

export async function createWebhookEndpoint(
  models: IdentityModels,
  settings: WebhookSettings,
  input: { url: string; eventTypes: string[]; secret?: string | null },
  caller: Caller,
): Promise<{ webhookEndpoint: WebhookEndpointDoc; secret: string }> {
  const url = input.url.trim();
  const eventTypes = [...new Set(input.eventTypes.map((t) => t.trim()))];
  const secret = input.secret ?? generateWebhookSecret();
  assertNoUserErrors([...(await urlProblems(url, settings)), ...checkEventTypes(eventTypes), ...checkSecret(secret)]);
  if ((await models.WebhookEndpoint.countDocuments({})) >= MAX_ENDPOINTS_PER_TENANT)
    throw new UserErrors([userError(null, `A tenant has at most ${MAX_ENDPOINTS_PER_TENANT} webhook endpoints.`, 'INVALID')]);
  const webhookEndpoint = await insert<WebhookEndpointDoc>(models.WebhookEndpoint, {
    url,
    eventTypes,
    secretSealed: sealSecret(secret, settings.secretKeys),
    secretPrefix: secretPrefix(secret),
    enabled: true,
    consecutiveDeadDeliveries: 0,
    createdBy: caller.principal,
  });
  await audit(
    models,
    byCaller(
      caller,
      'WEBHOOK_ENDPOINT_CREATED',
      `Created webhook endpoint ${webhookEndpoint._id} for ${url} (${eventTypes.join(' ')}).`,
    ),
  );
  return { webhookEndpoint, secret };
}

export async function updateWebhookEndpoint(
  models: IdentityModels,
  settings: WebhookSettings,
  input: { id: string; url?: string | null; eventTypes?: string[] | null; secret?: string | null; rotateSecret?: boolean | null },
  caller: Caller,
): Promise<{ webhookEndpoint: WebhookEndpointDoc; secret: string | null }> {
  await endpointOf(models, input.id);
  const url = input.url?.trim();
  const eventTypes = input.eventTypes ? [...new Set(input.eventTypes.map((t) => t.trim()))] : undefined;
  const secret = input.secret ?? (input.rotateSecret ? generateWebhookSecret() : null);
  assertNoUserErrors([
    ...(url !== undefined ? await urlProblems(url, settings) : []),
    ...(eventTypes ? checkEventTypes(eventTypes) : []),
    ...(secret !== null ? checkSecret(secret) : []),
  ]);
  const $set: Record<string, unknown> = {};
  if (url !== undefined) $set.url = url;
  if (eventTypes) $set.eventTypes = eventTypes;
  if (secret !== null)
    Object.assign($set, { secretSealed: sealSecret(secret, settings.secretKeys), secretPrefix: secretPrefix(secret) });
  const webhookEndpoint = await update<WebhookEndpointDoc>(models.WebhookEndpoint, input.id, () =>
    Object.keys($set).length ? { $set } : null,
  );
  const what = [
    url !== undefined && `url ${url}`,
    eventTypes && `event types ${eventTypes.join(' ')}`,
    secret !== null && 'secret',
  ]
    .filter(Boolean)
    .join(', ');
  if (what) await audit(models, byCaller(caller, 'WEBHOOK_ENDPOINT_UPDATED', `Changed webhook endpoint ${input.id}: ${what}.`));
  return { webhookEndpoint, secret };
}

/** Disables or enables an endpoint; enabling starts its failure count over. A no-op when it is already so. */
export async function setWebhookEndpointEnabled(
  models: IdentityModels,
  id: string,
  enabled: boolean,
  caller: Caller,
): Promise<WebhookEndpointDoc> {
  await endpointOf(models, id);
  let changed = false;
  const webhookEndpoint = await update<WebhookEndpointDoc>(models.WebhookEndpoint, id, (current) => {
    changed = current.enabled !== enabled;
    if (!changed) return null;
    return enabled
      ? { $set: { enabled: true, disabledAt: null, disabledReason: null, consecutiveDeadDeliveries: 0 } }
      : { $set: { enabled: false, disabledAt: new Date(), disabledReason: 'MANUAL' } };
  });
  if (changed) {
    const type = enabled ? 'WEBHOOK_ENDPOINT_ENABLED' : 'WEBHOOK_ENDPOINT_DISABLED';
    await audit(models, byCaller(caller, type, `${enabled ? 'Enabled' : 'Disabled'} webhook endpoint ${id}.`));
  }
  return webhookEndpoint;
}

export async function webhookEndpoint(models: IdentityModels, id: string): Promise<WebhookEndpointDoc | null> {
  return mongoose.isObjectIdOrHexString(id) ? findOneByIdInTenant<WebhookEndpointDoc>(models.WebhookEndpoint, id) : null;
}

// --- deliveries: recorded by the consumer ---

/**
 * The `identity.webhooks` handler (runs in the event's tenant): one PENDING delivery per enabled
 * endpoint of THIS tenant subscribed to the event's type, due now. Idempotent: the unique
 * (tenant, endpoint, event) key lets a redelivered event find the delivery it made before.
 */
export async function recordWebhookDeliveries(models: IdentityModels, event: EventEnvelope, now = new Date()): Promise<number> {
  const endpoints = await models.WebhookEndpoint.find({ enabled: true, eventTypes: event.type }, { _id: 1 })
    .limit(100)
    .lean<Array<Pick<WebhookEndpointDoc, '_id'>>>();
  let created = 0;
  for (const endpoint of endpoints) {
    const result = await findOrCreate<WebhookDeliveryDoc>(
      models.WebhookDelivery,
      { endpointId: String(endpoint._id), eventId: event.id },
      () => ({
        eventType: event.type,
        body: deliveryBody(event),
        status: 'PENDING',
        attempts: 0,
        nextAttemptAt: now,
        windowStartedAt: now,
      }),
    );
    if (result.created) created++;
  }
  return created;
}

// --- deliveries: sent by the job ---

/**
 * One attempt of a due delivery at `now` (the job's clock). Claimed first by one conditional
 * write (attempts + 1, due again after a lease), so concurrent senders never send the same attempt
 * twice; the outcome is written only if no later claim happened. Returns true when it was sent.
 */
export async function attemptDelivery(
  models: IdentityModels,
  settings: WebhookSettings,
  due: Pick<WebhookDeliveryDoc, '_id'>,
  now: Date,
): Promise<boolean> {
  const current = await findOneByIdInTenant<WebhookDeliveryDoc>(models.WebhookDelivery, due._id);
  if (!current || current.status !== 'PENDING' || !current.nextAttemptAt || current.nextAttemptAt > now) return false;
  const endpoint = mongoose.isObjectIdOrHexString(current.endpointId)
    ? await findOneByIdInTenant<WebhookEndpointDoc>(models.WebhookEndpoint, current.endpointId)
    : null;
  if (!endpoint?.enabled) {
    // Waits for the endpoint to be enabled (or for a redelivery); no attempt is counted.
    await updateWhere(
      models.WebhookDelivery,
      { _id: current._id, status: 'PENDING', attempts: current.attempts },
      { $set: { nextAttemptAt: new Date(now.getTime() + DISABLED_RECHECK_MS) }, $inc: { version: 1 } },
    );
    return false;
  }
  const attempt = current.attempts + 1;
  const claimed = await updateWhere<WebhookDeliveryDoc>(
    models.WebhookDelivery,
    { _id: current._id, status: 'PENDING', attempts: current.attempts, nextAttemptAt: current.nextAttemptAt },
    { $set: { nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS), lastAttemptAt: now }, $inc: { attempts: 1, version: 1 } },
  );
  if (!claimed) return false; // another sender has it

  const timestamp = Math.floor(now.getTime() / 1000);
  let result: { status: number | null; error?: string };
  try {
    const secret = openSecret(endpoint.secretSealed, settings.secretKeys);
    result = await sendWebhook(
      endpoint.url,
      {
        'content-type': 'application/json',
        'user-agent': 'crm-erp-webhooks/1',
        'x-webhook-id': String(current._id),
        'x-webhook-event': current.eventType,
        'x-webhook-event-id': current.eventId,
        'x-webhook-attempt': String(attempt),
        [SIGNATURE_HEADER]: signatureHeader(secret, timestamp, current.body),
      },
      current.body,
      { allowPrivateNetworks: settings.allowPrivateNetworks, timeoutMs: settings.timeoutMs ?? DELIVERY_TIMEOUT_MS },
    );
  } catch (err) {
    result = { status: null, error: err instanceof Error ? err.message : String(err) };
  }
  const mine = { _id: current._id, status: 'PENDING', attempts: attempt };
  if (isSuccessStatus(result.status)) {
    await updateWhere(models.WebhookDelivery, mine, {
      $set: { status: 'DELIVERED', deliveredAt: now, lastResponseCode: result.status, lastError: null, nextAttemptAt: null },
      $inc: { version: 1 },
    });
    await updateWhere(
      models.WebhookEndpoint,
      { _id: endpoint._id, consecutiveDeadDeliveries: mongoose.trusted({ $gt: 0 }) },
      { $set: { consecutiveDeadDeliveries: 0 }, $inc: { version: 1 } },
    );
    return true;
  }
  const error = (result.error ?? `HTTP ${result.status}`).slice(0, MAX_ERROR_LENGTH);
  const next = afterFailedAttempt({ attempts: attempt, windowStartedAt: current.windowStartedAt, now });
  const failed = await updateWhere<WebhookDeliveryDoc>(models.WebhookDelivery, mine, {
    $set:
      next.status === 'DEAD'
        ? { status: 'DEAD', deadAt: now, nextAttemptAt: null, lastResponseCode: result.status, lastError: error }
        : { nextAttemptAt: next.nextAttemptAt, lastResponseCode: result.status, lastError: error },
    $inc: { version: 1 },
  });
  if (failed?.status === 'DEAD') await deliveryDied(models, endpoint, failed);
  return true;
}

/** A dead delivery counts against its endpoint; the DISABLE_AFTER_DEAD_DELIVERIES-th in a row disables it (audited). */
async function deliveryDied(models: IdentityModels, endpoint: WebhookEndpointDoc, delivery: WebhookDeliveryDoc): Promise<void> {
  log.warn({ endpointId: String(endpoint._id), deliveryId: String(delivery._id) }, 'webhook delivery dead-lettered');
  const counted = await updateWhere<WebhookEndpointDoc>(
    models.WebhookEndpoint,
    { _id: endpoint._id },
    { $inc: { consecutiveDeadDeliveries: 1, version: 1 } },
  );
  if (!counted || counted.consecutiveDeadDeliveries < DISABLE_AFTER_DEAD_DELIVERIES) return;
  const disabled = await updateWhere<WebhookEndpointDoc>(
    models.WebhookEndpoint,
    { _id: endpoint._id, enabled: true },
    { $set: { enabled: false, disabledAt: new Date(), disabledReason: 'FAILING' }, $inc: { version: 1 } },
  );
  if (disabled) {
    await audit(models, {
      type: 'WEBHOOK_ENDPOINT_DISABLED',
      actor: WEBHOOK_SYSTEM_ACTOR,
      message: `Disabled webhook endpoint ${endpoint._id} (${endpoint.url}): ${counted.consecutiveDeadDeliveries} deliveries in a row failed for a day.`,
    });
  }
}

/** Sends a delivery again now, with a fresh retry window (its endpoint must be enabled). */
export async function redeliverWebhook(
  models: IdentityModels,
  deliveryId: string,
  now = new Date(),
): Promise<WebhookDeliveryDoc> {
  const field = ['input', 'deliveryId'];
  const delivery = mongoose.isObjectIdOrHexString(deliveryId)
    ? await findOneByIdInTenant<WebhookDeliveryDoc>(models.WebhookDelivery, deliveryId)
    : null;
  if (!delivery) throw new UserErrors([userError(field, `Webhook delivery ${deliveryId} not found.`, 'NOT_FOUND')]);
  const endpoint = await endpointOf(models, delivery.endpointId, field);
  if (!endpoint.enabled)
    throw new UserErrors([
      userError(field, `Webhook endpoint ${endpoint._id} is disabled: enable it first.`, 'ILLEGAL_TRANSITION'),
    ]);
  return update<WebhookDeliveryDoc>(
    models.WebhookDelivery,
    deliveryId,
    () => ({ $set: { status: 'PENDING', nextAttemptAt: now, windowStartedAt: now, deadAt: null } }),
    { field },
  );
}
