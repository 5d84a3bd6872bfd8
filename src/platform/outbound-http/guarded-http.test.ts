import dns from 'node:dns/promises';
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTargetUrl, isPublicAddress, outboundRequest } from './guarded-http.js';

let server: http.Server;
let base: string;
let hugeSent = 0;
let hugeClosed = false;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/redirect') {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' });
      return res.end();
    }
    if (req.url === '/big') {
      res.writeHead(200);
      res.write(Buffer.alloc(200 * 1024, 97));
      return res.end();
    }
    if (req.url === '/huge') {
      // 30 MB in 64 KiB writes, each after the last drained: counts what the client took.
      const chunk = Buffer.alloc(64 * 1024, 98);
      let sent = 0;
      res.writeHead(200);
      const pump = () => {
        while (sent < 30 * 1024 * 1024) {
          sent += chunk.length;
          hugeSent = sent;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (hugeClosed = true));
      return pump();
    }
    if (req.url === '/slow') return setTimeout(() => res.end('late'), 2000);
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => res.end(`echo:${body}`));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('guarded outbound HTTP', () => {
  it('classifies addresses', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '192.168.0.1',
      '172.16.5.5',
      '169.254.169.254',
      '::1',
      'fe80::1',
      'fd00::1',
      '0.0.0.0',
      '::ffff:127.0.0.1',
      '100.64.0.1',
    ])
      expect(isPublicAddress(a), a).toBe(false);
    for (const a of ['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111']) expect(isPublicAddress(a), a).toBe(true);
  });

  it('refuses http, loopback, private and metadata targets unless private targets are allowed', async () => {
    expect(() => checkTargetUrl('http://example.com/hook')).toThrow(/https/);
    expect(() => checkTargetUrl('https://127.0.0.1/hook')).toThrow(/public/);
    expect(() => checkTargetUrl('https://[::1]/hook')).toThrow(/public/);
    expect(() => checkTargetUrl('https://localhost/hook')).toThrow(/public/);
    expect(() => checkTargetUrl('https://user:pw@example.com/')).toThrow(/credentials/);
    expect(() => checkTargetUrl('javascript:alert(1)')).toThrow();
    await expect(outboundRequest(`${base}/x`)).rejects.toMatchObject({ code: 'scheme_not_allowed' });
    expect(checkTargetUrl(`${base}/x`, true).port).not.toBe('');
  });

  it('refuses a public-looking name that resolves to loopback (checked at connect)', async () => {
    // The machine's own name passes the name check but resolves to a loopback or private address.
    const name = os.hostname();
    const { address } = await dns.lookup(name);
    expect(isPublicAddress(address)).toBe(false);
    await expect(outboundRequest(`https://${name}:${new URL(base).port}/hook`, { timeoutMs: 2000 })).rejects.toMatchObject({ code: 'address_not_allowed' });
  });

  it('posts, caps the body read back, never follows redirects, and times out', async () => {
    const ok = await outboundRequest(`${base}/echo`, { body: 'hi', allowPrivate: true });
    expect(ok).toMatchObject({ status: 200, body: 'echo:hi', truncated: false });
    const big = await outboundRequest(`${base}/big`, { allowPrivate: true, maxResponseBytes: 1024 });
    expect(big.body.length).toBe(1024);
    expect(big.truncated).toBe(true);
    const redirect = await outboundRequest(`${base}/redirect`, { allowPrivate: true });
    expect(redirect.status).toBe(302);
    await expect(outboundRequest(`${base}/slow`, { allowPrivate: true, timeoutMs: 200 })).rejects.toMatchObject({ code: 'timeout' });
  });

  it('carries further calls to the same host over the connection it checked (keep-alive)', async () => {
    let connections = 0;
    const count = () => connections++;
    server.on('connection', count);
    try {
      for (let i = 0; i < 5; i++) expect((await outboundRequest(`${base}/echo`, { body: `n${i}`, allowPrivate: true })).body).toBe(`echo:n${i}`);
    } finally {
      server.off('connection', count);
    }
    // At most one new connection: a free one left by an earlier test may serve them all.
    expect(connections).toBeLessThanOrEqual(1);
  });

  it('refuses redirects and oversize answers when asked, reading no further than the cap', async () => {
    await expect(outboundRequest(`${base}/redirect`, { allowPrivate: true, redirects: 'refuse' })).rejects.toMatchObject({ code: 'redirect_refused' });
    await expect(outboundRequest(`${base}/big`, { allowPrivate: true, maxResponseBytes: 1024, oversize: 'refuse' })).rejects.toMatchObject({
      code: 'too_large',
    });
    const started = performance.now();
    await expect(outboundRequest(`${base}/huge`, { allowPrivate: true, maxResponseBytes: 16 * 1024, oversize: 'refuse' })).rejects.toMatchObject({
      code: 'too_large',
    });
    await expect.poll(() => hugeClosed).toBe(true);
    // The socket was closed at the cap: the server got rid of a few socket buffers, not 30 MB.
    expect(hugeSent).toBeLessThan(8 * 1024 * 1024);
    expect(performance.now() - started).toBeLessThan(5000);
    const truncated = await outboundRequest(`${base}/huge`, { allowPrivate: true, maxResponseBytes: 1000 });
    expect(truncated).toMatchObject({ truncated: true });
    expect(truncated.body.length).toBe(1000);
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const call = outboundRequest(`${base}/slow`, { allowPrivate: true, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(call).rejects.toMatchObject({ code: 'aborted' });
    await expect(outboundRequest(`${base}/slow`, { allowPrivate: true, signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'aborted' });
  });
});
