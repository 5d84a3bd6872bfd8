import { threadId } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { moduleBeside, RenderPool } from '../../src/platform/render/index.js';
import { AppError } from '../../src/platform/errors/index.js';

const JOBS = moduleBeside(import.meta.url, 'fixtures/render-jobs');
const pools: RenderPool[] = [];
const pool = (o: ConstructorParameters<typeof RenderPool>[0]) => {
  const p = new RenderPool(o);
  pools.push(p);
  return p;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('RenderPool (src/platform/render)', () => {
  it('runs a job module in a worker thread (TypeScript under vitest) and returns its bytes', async () => {
    const p = pool({ threads: 1 });
    const out = await p.render({ module: JOBS, exportName: 'echo', input: { text: 'hallo' } });
    expect(Buffer.isBuffer(out)).toBe(true);
    const [text, tid] = out.toString().split('@');
    expect(text).toBe('hallo');
    expect(Number(tid)).not.toBe(threadId);
  });

  it('bounds concurrency by its threads and queues the rest, refusing past maxQueue (R000090)', async () => {
    const p = pool({ threads: 2, maxQueue: 3 });
    const jobs = Array.from({ length: 5 }, (_, i) => p.render({ module: JOBS, exportName: 'echo', input: { text: `j${i}`, waitMs: 200 } }));
    await new Promise((r) => setTimeout(r, 20));
    expect(p.stats()).toMatchObject({ threads: 2, busy: 2, queued: 3 });
    const refused = await p.render({ module: JOBS, exportName: 'echo', input: { text: 'one too many' } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('R000090');
    const outs = (await Promise.all(jobs)).map((b) => b.toString().split('@'));
    expect(outs.map(([t]) => t)).toEqual(['j0', 'j1', 'j2', 'j3', 'j4']);
    expect(new Set(outs.map(([, tid]) => tid)).size).toBe(2);
  });

  it('a failing job rejects with its message; the thread keeps serving', async () => {
    const p = pool({ threads: 1 });
    await expect(p.render({ module: JOBS, exportName: 'fail', input: {} })).rejects.toThrow(/the job failed on purpose/);
    await expect(p.render({ module: JOBS, exportName: 'notAFunction', input: {} })).rejects.toThrow(/is not a function/);
    expect((await p.render({ module: JOBS, exportName: 'echo', input: { text: 'still here' } })).toString()).toMatch(/^still here@/);
  });

  it('abandons a runaway job after its timeout and replaces the thread', async () => {
    const p = pool({ threads: 1, timeoutMs: 4000 });
    await expect(p.render({ module: JOBS, exportName: 'spin', input: { ms: 60_000 } })).rejects.toThrow(/timed out/);
    expect((await p.render({ module: JOBS, exportName: 'echo', input: { text: 'fresh' } })).toString()).toMatch(/^fresh@/);
  });

  it('refuses work once closed', async () => {
    const p = pool({ threads: 1 });
    await p.close();
    await expect(p.render({ module: JOBS, exportName: 'echo', input: { text: 'late' } })).rejects.toThrow(/closed/);
  });
});
