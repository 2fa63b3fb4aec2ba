/**
 * One HTTP attempt of a webhook delivery, over node:http(s): no redirects followed, a hard
 * timeout, the response body discarded. With `allowPrivateNetworks` off (production), the address
 * the connection is made to is checked in the socket's own DNS lookup, so a name that resolves
 * to a public address when the endpoint is saved and to 127.0.0.1 later (DNS rebinding) is still
 * refused; an IP literal is checked before connecting.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { refusedAddress } from '../domain/webhooks';

export interface SendResult {
  /** HTTP status, null when no response came. */
  status: number | null;
  error?: string;
}

export class RefusedAddressError extends Error {}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** `dns.lookup`, refusing non-public addresses. */
function guardedLookup(hostname: string, options: object, callback: LookupCallback): void {
  dnsLookup(hostname, { ...(options as Record<string, unknown>), all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const list = addresses as LookupAddress[];
    const refused = list.map((a) => refusedAddress(a.address)).find(Boolean);
    if (refused) return callback(new RefusedAddressError(`refused: ${hostname} resolves to ${refused}`), []);
    if ((options as { all?: boolean }).all) return callback(null, list);
    return callback(null, list[0].address, list[0].family);
  });
}

export function sendWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: { allowPrivateNetworks: boolean; timeoutMs: number },
): Promise<SendResult> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: SendResult) => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return done({ status: null, error: 'invalid URL' });
    }
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (!options.allowPrivateNetworks && isIP(host)) {
      const refused = refusedAddress(host);
      if (refused) return done({ status: null, error: `refused: ${refused}` });
    }
    const transport = target.protocol === 'https:' ? https : target.protocol === 'http:' ? http : null;
    if (!transport) return done({ status: null, error: 'only http and https are allowed' });
    const req = transport.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: false, // one connection per attempt: nothing pooled towards partner hosts
        ...(options.allowPrivateNetworks ? {} : { lookup: guardedLookup as never }),
      },
      (res) => {
        res.resume(); // the body is not kept
        res.on('error', () => undefined);
        done({ status: res.statusCode ?? null });
      },
    );
    req.setTimeout(options.timeoutMs, () => {
      req.destroy(new Error(`no response within ${options.timeoutMs} ms`));
    });
    req.on('error', (err) => done({ status: null, error: err.message }));
    req.end(body);
  });
}
