import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, type TestTenant } from '../helpers/factories.js';

let server: http.Server;
let baseUrl: string;
const seen: { key: string | undefined; body: Record<string, unknown> }[] = [];
let t: TestApp;
let a: TestTenant;
let voucherId: number;

beforeAll(async () => {
  // Vouchers: "GOOD-*" accepted, "SLOW-*" never answered, "DOWN-*" a 503, anything else refused.
  server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const body = JSON.parse(data) as { value: string };
      seen.push({ key: req.headers['x-api-key'] as string | undefined, body });
      if (body.value.startsWith('SLOW-')) return;
      if (body.value.startsWith('DOWN-')) return void res.writeHead(503).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ valid: body.value.startsWith('GOOD-'), message: 'unknown voucher' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestApp();
  // The test service listens on loopback: the tenant's development switch allows it.
  a = await createTenant(t, { settings: { development: { allowPrivateOutbound: true } } });
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/${a.tenant.slug}/admin/data-fields`,
    headers: { 'x-apikey': a.adminKey },
    payload: { name: 'Voucher', external_validation: { url: `${baseUrl}/vouchers`, api_key: 'voucher-key', timeout_ms: 1500 } },
  });
  expect(res.statusCode).toBe(201);
  expect(res.json().external_validation).toEqual({ url: `${baseUrl}/vouchers`, timeout_ms: 1500, has_api_key: true });
  voucherId = res.json().id;
});
afterAll(async () => {
  await t.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const validate = (value: string) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v2/retail/tradeins/datafields/validate?dataFieldId=${voucherId}&value=${value}`,
    headers: { 'x-apikey': a.apiKey },
  });
const register = (value: string) =>
  t.c.modules.datafields.validateForTradeIn(a.ctx, {
    values: [{ DataFieldId: voucherId, DataFieldValue: value }],
    isCorporate: false,
    campaignId: null,
    mode: 'register',
  });

describe('external validation of a data field', () => {
  it('accepts what the service accepts, with the field and key sent', async () => {
    expect((await validate('GOOD-1')).json()).toEqual({ Result: 'Valid', ResultType: 0, Message: '' });
    expect(seen.at(-1)).toEqual({ key: 'voucher-key', body: { dataFieldId: voucherId, dataFieldName: 'Voucher', value: 'GOOD-1' } });
    await expect(register('GOOD-2')).resolves.toHaveLength(1);
  });

  it('a refusal is Invalid (B050008 text) and B090028 at registration', async () => {
    expect((await validate('5555')).json()).toEqual({ Result: 'Invalid', ResultType: 1, Message: `Data field '${voucherId}' value '5555' is not accepted.` });
    await expect(register('5555')).rejects.toMatchObject({ code: 'B090028', params: { id: voucherId, value: '5555' } });
  });

  it('a failing or slow service is B050010, never an acceptance', async () => {
    expect((await validate('DOWN-1')).json()).toEqual({
      Result: 'Invalid',
      ResultType: 1,
      Message: "Error in external data fields validation: 'service answered 503'",
    });
    const started = Date.now();
    expect((await validate('SLOW-1')).json().Message).toBe("Error in external data fields validation: 'no answer within 1500 ms'");
    expect(Date.now() - started).toBeLessThan(4000);
    await expect(register('DOWN-2')).rejects.toMatchObject({ code: 'B050010' });
  });
});
