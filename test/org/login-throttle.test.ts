import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, registerCustomer, type TestTenant } from '../helpers/factories.js';
import type { ManualClock } from '../../src/platform/clock/index.js';

let t: TestApp;
let a: TestTenant;

// Addresses from the documentation range (RFC 5737); `inject` sends nothing over a network.
const ATTACKER = '203.0.113.7';

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t);
});
afterAll(() => t.close());

const loginFrom = (remoteAddress: string, email: string, password: string) =>
  t.app.inject({ method: 'POST', url: `/api/${a.tenant.slug}/auth/login`, payload: { email, password }, remoteAddress });

describe('login throttle (issue 18, findings 1 and 8)', () => {
  it('40 parallel guesses from one address: 429s, and the right password is not accepted while throttled', async () => {
    await registerCustomer(t, a.tenant.slug, 'parallel@example.com', 'right-horse-battery');
    const attempts = Array.from({ length: 40 }, (_, i) => (i === 39 ? 'right-horse-battery' : `wrong-guess-${i}`));
    const results = await Promise.all(attempts.map((pw) => loginFrom(ATTACKER, 'parallel@example.com', pw)));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThanOrEqual(30);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(5);
    expect(codes[39]).toBe(429);
    expect(results[39].json().code).toBe('R000001');
    expect(Number(results[39].headers['retry-after'])).toBeGreaterThan(0);
  });

  it('nobody can lock a customer out: the owner signs in from her own address after an attacker is throttled', async () => {
    await registerCustomer(t, a.tenant.slug, 'victim2@example.com', 'victims-own-secret');
    for (let i = 0; i < 12; i++) await loginFrom('203.0.113.8', 'victim2@example.com', `wrong-${i}`);
    const blocked = await loginFrom('203.0.113.8', 'victim2@example.com', 'victims-own-secret');
    expect(blocked.statusCode).toBe(429);
    const owner = await loginFrom('127.0.0.1', 'victim2@example.com', 'victims-own-secret');
    expect(owner.statusCode).toBe(200);
  });

  it('backs off exponentially instead of locking: the wait doubles and then the right password works', async () => {
    const clock = t.clock as ManualClock;
    await registerCustomer(t, a.tenant.slug, 'backoff@example.com', 'patient-password-1');
    const from = '203.0.113.9';
    for (let i = 0; i < 5; i++) expect((await loginFrom(from, 'backoff@example.com', `nope-${i}`)).statusCode).toBe(401);
    const first = await loginFrom(from, 'backoff@example.com', 'nope-5');
    expect(first.statusCode).toBe(429);
    const wait1 = Number(first.headers['retry-after']);
    clock.advance(wait1 * 1000);
    expect((await loginFrom(from, 'backoff@example.com', 'nope-6')).statusCode).toBe(401);
    const second = await loginFrom(from, 'backoff@example.com', 'patient-password-1');
    expect(second.statusCode).toBe(429);
    expect(Number(second.headers['retry-after'])).toBe(wait1 * 2);
    clock.advance(wait1 * 2 * 1000);
    const ok = await loginFrom(from, 'backoff@example.com', 'patient-password-1');
    expect(ok.statusCode).toBe(200);
    // A success clears this account's counter at this address.
    expect((await loginFrom(from, 'backoff@example.com', 'nope-7')).statusCode).toBe(401);
  });

  it('throttles one address guessing many accounts (credential stuffing)', async () => {
    const from = '203.0.113.10';
    const codes: number[] = [];
    for (let i = 0; i < 32; i++) codes.push((await loginFrom(from, `nobody-${i}@example.com`, 'password-guess')).statusCode);
    expect(codes.slice(0, 30).every((c) => c === 401)).toBe(true);
    expect(codes.slice(30)).toEqual([429, 429]);
  });
});
