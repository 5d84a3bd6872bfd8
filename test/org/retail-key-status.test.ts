import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, type TestTenant } from '../helpers/factories.js';

let t: TestApp;
let a: TestTenant;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t);
});
afterAll(() => t.close());

async function keyFor(role: 'agent' | 'customer', email: string): Promise<{ key: string; userId: number }> {
  const user = await t.c.modules.org.users.create(a.ctx, { email, role, password: 'plum tree in May', locationIds: [a.location.id] });
  const { key } = await t.c.modules.org.apiKeys.create(a.ctx, { userId: user.id, locationId: a.location.id });
  return { key, userId: user.id };
}

const users = (key: string) => t.app.inject({ method: 'GET', url: '/api/v2/users', headers: { 'x-apikey': key } });

// Issue 18, finding 6: a retail key acts with its user's status and role.
describe('retail keys follow their user (issue 18 finding 6)', () => {
  it("a deactivated agent's key stops working, also when it was used (and cached) before", async () => {
    const { key, userId } = await keyFor('agent', 'leaver@example.com');
    expect((await users(key)).statusCode).toBe(200);
    // Deactivated through the admin API: every process drops the cached key at once.
    const off = await t.app.inject({
      method: 'PATCH',
      url: `/api/${a.tenant.slug}/admin/users/${userId}`,
      headers: { 'x-apikey': a.adminKey },
      payload: { is_active: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    const after = await users(key);
    expect([401, 403]).toContain(after.statusCode);
    expect(['U000001', 'F010001', 'F000001']).toContain(after.json().code);
  });

  it('a key cannot be bound to a customer (B010020), so no customer acts as an agent', async () => {
    await expect(keyFor('customer', 'shopper@example.com')).rejects.toMatchObject({ code: 'B010020' });
    const customer = await t.c.modules.org.users.findByEmail(a.ctx, 'shopper@example.com');
    // Even a key row bound to a customer by hand authenticates as nobody.
    const { key } = await t.c.modules.org.apiKeys.create(a.ctx, { userId: (await keyFor('agent', 'temp@example.com')).userId, locationId: a.location.id });
    await t.c.db.query('UPDATE api_keys SET user_id = $1 WHERE tenant_id = $2 AND user_id <> $1 AND prefix = $3', [
      customer!.id,
      a.tenant.id,
      key.slice(0, 10),
    ]);
    await t.c.modules.org.apiKeys.invalidate(a.ctx);
    const res = await users(key);
    expect([401, 403]).toContain(res.statusCode);
    const register = await t.app.inject({ method: 'POST', url: '/api/v2/retail/tradeins', headers: { 'x-apikey': key }, payload: { TradeInDevices: [] } });
    expect([401, 403]).toContain(register.statusCode);
  });
});
