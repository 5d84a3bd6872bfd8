import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * The one way out of the process for calls to URLs that tenants configure (webhooks, data-field
 * validators, diligence providers, backend notifications): only `https`, never to a private,
 * loopback, link-local or otherwise special address (checked on the address actually connected
 * to, so DNS rebinding cannot slip past), no redirects followed, a time limit for the whole
 * exchange and a cap on the bytes read back.
 */
export interface OutboundRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Whole exchange, connect to last byte (default 10 s). */
  timeoutMs?: number;
  /** Bytes of the response body kept; the rest is dropped and `truncated` set (default 64 KiB). */
  maxResponseBytes?: number;
  /** Development and tests only: allow `http` and private/loopback targets. */
  allowPrivate?: boolean;
  /**
   * A body longer than `maxResponseBytes`: `truncate` (default) keeps the first bytes and sets
   * `truncated`; `refuse` rejects with `too_large`. Either way reading stops at the cap.
   */
  oversize?: 'truncate' | 'refuse';
  /** Cancels the call (e.g. a caller's overall time budget); rejects with `aborted`. */
  signal?: AbortSignal;
  /** A 3xx answer: `return` (default) resolves with it unfollowed; `refuse` rejects with `redirect_refused`. */
  redirects?: 'return' | 'refuse';
}

export interface OutboundResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  truncated: boolean;
  latencyMs: number;
}

/** Stable reasons of {@link OutboundError}. */
export type OutboundErrorCode =
  'invalid_url' | 'scheme_not_allowed' | 'address_not_allowed' | 'dns_failed' | 'timeout' | 'network' | 'redirect_refused' | 'too_large' | 'aborted';

/** Why a call was not made or did not complete; `code` is stable for logs and delivery records. */
export class OutboundError extends Error {
  constructor(
    readonly code: OutboundErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'OutboundError';
  }
}

/** Ranges that are not the public internet (ipaddr.js names them). */
const BLOCKED_RANGES = new Set([
  'unspecified',
  'broadcast',
  'multicast',
  'linkLocal',
  'loopback',
  'carrierGradeNat',
  'private',
  'reserved',
  'uniqueLocal',
  'ipv4Mapped',
  'rfc6145',
  'rfc6052',
  '6to4',
  'teredo',
  'benchmarking',
  'amt',
  'as112',
  'deprecated',
  'orchid2',
  'droneRemoteIdProtocolEntityTags',
]);

/** True when an address is on the public internet. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return !BLOCKED_RANGES.has(parsed.range());
}

/**
 * Checks a URL a tenant wants us to call, before saving it: `https` (or `http` when private
 * targets are allowed), no credentials in it, and a literal address must be public.
 */
export function checkTargetUrl(raw: string, allowPrivate = false): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundError('invalid_url', 'not a valid URL');
  }
  if (url.username || url.password) throw new OutboundError('invalid_url', 'credentials in the URL are not allowed');
  const schemes = allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol)) throw new OutboundError('scheme_not_allowed', `only ${allowPrivate ? 'http(s)' : 'https'} URLs are allowed`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && ipaddr.isValid(host) && !isPublicAddress(host)) throw new OutboundError('address_not_allowed', 'the address is not public');
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal'))) {
    throw new OutboundError('address_not_allowed', 'the host is not public');
  }
  return url;
}

/** A DNS lookup that refuses non-public answers: the address connected to is the one checked. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as dns.LookupAddress[];
      const allowed = allowPrivate ? list : list.filter((a) => isPublicAddress(a.address));
      if (allowed.length === 0) {
        const e = Object.assign(new Error(`${hostname} resolves to no public address`), { code: 'EADDRNOTPUBLIC' });
        return callback(e, '', 0);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, allowed);
      callback(null, allowed[0].address, allowed[0].family);
    });
  };
}

/** Makes one guarded request; resolves with any HTTP status, rejects with {@link OutboundError}. */
export async function outboundRequest(rawUrl: string, req: OutboundRequest = {}): Promise<OutboundResponse> {
  const allowPrivate = req.allowPrivate ?? false;
  const url = checkTargetUrl(rawUrl, allowPrivate);
  return send(url, req, allowPrivate);
}

/**
 * Keep-alive agents, one per (scheme, private allowed): a connection is address-checked when it
 * is opened (the request's guarded lookup) and may then carry further calls to the same host and
 * port. An address resolved again later is checked again, since only new connections look it up;
 * a socket opened under the private allowance never serves a call without it. Idle sockets close
 * after a few seconds (before a typical server's own keep-alive timeout).
 */
const agents = new Map<string, http.Agent>();
function agentFor(protocol: string, allowPrivate: boolean): http.Agent {
  const key = `${protocol}${allowPrivate}`;
  let agent = agents.get(key);
  if (!agent) {
    const options = { keepAlive: true, timeout: 4_000, maxSockets: 64, maxFreeSockets: 16 };
    agent = protocol === 'https:' ? new https.Agent(options) : new http.Agent(options);
    agents.set(key, agent);
  }
  return agent;
}

function send(url: URL, req: OutboundRequest, allowPrivate: boolean): Promise<OutboundResponse> {
  const timeoutMs = req.timeoutMs ?? 10_000;
  const maxBytes = req.maxResponseBytes ?? 64 * 1024;
  const started = performance.now();
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
      return true;
    };
    const fail = (e: OutboundError) => {
      if (!settle()) return;
      request.destroy();
      reject(e);
    };
    const onAbort = () => fail(new OutboundError('aborted', 'the call was cancelled'));
    const request = client.request(
      url,
      {
        method: req.method ?? 'POST',
        headers: { 'user-agent': 'Tradein/1.0', ...(req.headers ?? {}) },
        lookup: guardedLookup(allowPrivate),
        agent: agentFor(url.protocol, allowPrivate),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (req.redirects === 'refuse' && status >= 300 && status < 400) {
          return fail(new OutboundError('redirect_refused', `the service answered ${status} (redirects are not followed)`));
        }
        const refuseOversize = req.oversize === 'refuse';
        const declared = Number(res.headers['content-length']);
        if (refuseOversize && Number.isFinite(declared) && declared > maxBytes) {
          return fail(new OutboundError('too_large', `the answer is larger than ${maxBytes} bytes`));
        }
        const chunks: Buffer[] = [];
        let kept = 0;
        let truncated = false;
        res.on('data', (chunk: Buffer) => {
          const room = maxBytes - kept;
          if (chunk.length > room) {
            // Stop reading at the cap: the socket is destroyed, the rest is never read.
            if (refuseOversize) return fail(new OutboundError('too_large', `the answer is larger than ${maxBytes} bytes`));
            truncated = true;
            chunks.push(chunk.subarray(0, room));
            kept = maxBytes;
            res.destroy();
            return finish();
          }
          chunks.push(chunk);
          kept += chunk.length;
        });
        const finish = () => {
          if (!settle()) return;
          resolve({
            status,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            truncated,
            latencyMs: Math.round(performance.now() - started),
          });
        };
        res.on('end', finish);
        res.on('close', finish);
        res.on('error', () => finish());
      },
    );
    const timer = setTimeout(() => fail(new OutboundError('timeout', `no complete answer within ${timeoutMs} ms`)), timeoutMs);
    request.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRNOTPUBLIC') return fail(new OutboundError('address_not_allowed', err.message));
      if (err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') return fail(new OutboundError('dns_failed', `cannot resolve ${url.hostname}`));
      fail(new OutboundError('network', err.code ?? err.message));
    });
    if (req.signal?.aborted) return onAbort();
    req.signal?.addEventListener('abort', onAbort, { once: true });
    if (req.body !== undefined) request.write(req.body);
    request.end();
  });
}
