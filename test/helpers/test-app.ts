import { randomBytes } from 'node:crypto';
import { loadConfig, type Config } from '../../src/config/config.js';
import { buildApp, type App } from '../../src/http/app.js';
import { createContainer, type Container } from '../../src/main/container.js';
import { ManualClock, type Clock } from '../../src/platform/clock/index.js';
import { openTestDb } from './test-db.js';

export interface TestApp {
  app: App;
  c: Container;
  config: Config;
  clock: Clock;
  dataDir: string;
  close(): Promise<void>;
}

/** The whole product over a fresh test database, driven with `app.inject`. */
export async function createTestApp(options: { clock?: Clock; config?: Partial<Config>; env?: NodeJS.ProcessEnv } = {}): Promise<TestApp> {
  const { db, dataDir, cleanup } = await openTestDb();
  const config = loadConfig(
    { DATA_DIR: dataDir, LOG_LEVEL: 'silent', PUBLIC_URL: 'http://tradein.test', APP_SECRET: randomBytes(16).toString('hex'), ...options.env },
    { worker: 'off', ...options.config },
  );
  const clock = options.clock ?? new ManualClock('2026-06-01T10:00:00Z');
  const c = await createContainer(config, { db, clock, migrate: false });
  const app = await buildApp(config, c, { logger: false });
  await app.ready();
  return {
    app,
    c,
    config,
    clock,
    dataDir,
    async close() {
      await app.close();
      await c.outbox.stop();
      await c.cache.stop();
      await cleanup();
    },
  };
}

/** A slug unique in this run (the files of a worker share one PostgreSQL schema). */
export function uniqueSlug(prefix = 't'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}
