import type { Command } from 'commander';
import { loadConfig, type Config } from '../config/config.js';
import type { Container } from '../main/container.js';
import { createContainer } from '../main/container.js';
import type { Ctx } from '../platform/context.js';

/** What command files receive: how to open the container and get a tenant context. */
export interface CliRuntime {
  config(): Config;
  /** Opens the database (holding the data-dir lock), runs `fn`, closes. */
  withContainer<T>(fn: (c: Container) => Promise<T>): Promise<T>;
  withTenant<T>(slug: string, fn: (ctx: Ctx, c: Container) => Promise<T>): Promise<T>;
  /** Prints to stdout. */
  out(line: string): void;
}

export const runtime: CliRuntime = {
  config: () => loadConfig(),
  async withContainer(fn) {
    const c = await createContainer(loadConfig(), { log: undefined });
    try {
      return await fn(c);
    } finally {
      await c.close();
    }
  },
  async withTenant(slug, fn) {
    return runtime.withContainer(async (c) => fn(await c.tenantCtx(slug), c));
  },
  out: (line) => process.stdout.write(`${line}\n`),
};

export type CommandRegistrar = (program: Command, rt: CliRuntime) => void;
