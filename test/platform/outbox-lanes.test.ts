import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/platform/clock/index.js';
import { enqueueOutbox, OutboxDispatcher } from '../../src/platform/outbox/index.js';
import { openModuleDb, type ModuleDb } from '../helpers/module-db.js';

let m: ModuleDb;
let tenantId: number;
beforeAll(async () => {
  m = await openModuleDb();
  tenantId = (await m.tenant()).tenant.id;
});
afterAll(() => m.close());

const status = async (id: number) => (await m.db.query<{ status: string }>('SELECT status FROM outbox_messages WHERE id = $1', [id]))[0].status;

async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('outbox dispatcher lanes', () => {
  it('delivers a pooled topic (webhooks) while an ordered message is still in its handler, and both end delivered', async () => {
    const topic = `lane-test-${Date.now()}`;
    let release!: () => void;
    const blocked = new Promise<void>((r) => (release = r));
    const pooledSeen: number[] = [];
    const dispatcher = new OutboxDispatcher(m.db, systemClock, { pollMs: 50 });
    let orderedStarted = false;
    dispatcher.register(`${topic}.ordered`, () => {
      orderedStarted = true;
      return blocked;
    });
    dispatcher.register(`${topic}.pooled`, async (msg) => void pooledSeen.push(msg.id), { concurrency: 4 });
    const at = new Date();
    const ordered = await enqueueOutbox(m.db, { tenantId, topic: `${topic}.ordered`, payload: {}, availableAt: at });
    await dispatcher.start();
    try {
      await until(async () => orderedStarted);
      const pooled = await Promise.all([1, 2, 3].map(() => enqueueOutbox(m.db, { tenantId, topic: `${topic}.pooled`, payload: {}, availableAt: new Date() })));
      // The ordered lane is stuck in its handler; the pooled lane claims and delivers on its own.
      await until(async () => (await Promise.all(pooled.map(status))).every((s) => s === 'delivered'));
      expect(pooledSeen.sort()).toEqual([...pooled].sort());
      expect(await status(ordered)).toBe('pending');
      release();
      await until(async () => (await status(ordered)) === 'delivered');
    } finally {
      release();
      await dispatcher.stop();
    }
  });
});
