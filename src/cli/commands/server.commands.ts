import fs from 'node:fs';
import path from 'node:path';
import { Option } from 'commander';
import { loadConfig, type Config } from '../../config/config.js';
import { createContainer, type Container } from '../../main/container.js';
import { prepareDatabase } from '../../main/prepare-db.js';
import { seedDemo, seedDemoAgent } from '../../main/seed-demo.js';
import { ensureWebBuilt } from '../../main/web-build.js';
import { handleSignals, startServer } from '../../main/server.js';
import { migrate, openDb } from '../../platform/db/index.js';
import type { CommandRegistrar } from '../runtime.js';

const portOption = () => new Option('-p, --port <port>', 'port to listen on (env PORT, default 3000)').argParser(parsePort);

function parsePort(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`invalid port "${v}"`);
  return n;
}

/**
 * Opens the database and brings it up to date, printing each step that does work (a first start
 * creates the database and loads ~33,000 reference variants: tens of seconds), then wires the
 * container on it. Nothing is printed when nothing changed.
 */
async function openPrepared(config: Config, out: (line: string) => void): Promise<Container> {
  const embedded = !config.databaseUrl;
  const t0 = Date.now();
  if (embedded && !fs.existsSync(path.join(config.dataDir, 'pgdata'))) out(`creating the embedded database in ${config.dataDir}…`);
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.dbPoolSize });
  let lastPct = -1;
  try {
    await prepareDatabase(db, (line, fraction) => {
      if (!fraction) return out(line);
      const pct = fraction.total ? Math.floor((fraction.done / fraction.total) * 10) * 10 : 100;
      if (pct !== lastPct) out(`${line}: ${pct} % (${fraction.done.toLocaleString('en-US')} of ${fraction.total.toLocaleString('en-US')} rows)`);
      lastPct = pct;
    });
  } catch (err) {
    await db.close();
    throw err;
  }
  if (Date.now() - t0 > 2000) out(`database ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return createContainer(config, { db, migrate: false });
}

export const registerServerCommands: CommandRegistrar = (program, rt) => {
  program
    .command('serve')
    .description('run the HTTP server (and the in-process outbox worker)')
    .addOption(portOption())
    .action(async (opts: { port?: number }) => {
      const config = loadConfig(undefined, opts.port !== undefined ? { port: opts.port } : {});
      const server = await startServer(config);
      handleSignals(server);
      server.app.log.info({ url: server.url, database: server.container.db.kind }, 'tradein listening');
    });

  program
    .command('start')
    .description('first-run friendly start: migrate, seed the demo tenant once, serve, print how to log in')
    .addOption(portOption())
    .action(async (opts: { port?: number }) => {
      const config = loadConfig(undefined, opts.port !== undefined ? { port: opts.port } : {});
      const container = await openPrepared(config, rt.out);
      const { created, credentials } = await seedDemo(container, config.defaultTenant, { skipUnchanged: true });
      if (created) rt.out('demo tenant created (store, users, API key, demo prices, campaigns)');
      const agent = await seedDemoAgent(container, config.defaultTenant);
      await ensureWebBuilt({ log: (line) => rt.out(line) });
      const server = await startServer(config, { container });
      handleSignals(server);
      const lines = [
        '',
        `Tradein is running at ${server.url}  (database: ${container.db.kind === 'pglite' ? `embedded, ${config.dataDir}` : 'PostgreSQL'})`,
        `  API docs:        ${server.url}/docs`,
        `  Demo tenant:     ${config.defaultTenant}${created ? ' (created now)' : ''}`,
      ];
      if (credentials) {
        lines.push(
          `  Admin login:     ${credentials.adminEmail} / ${credentials.adminPassword}  (back office ${server.url}/admin and admin API ${server.url}/api/${credentials.tenant}/admin/…)`,
        );
        lines.push(`  Retail API key:  ${credentials.apiKey}`);
        lines.push(
          `                   scope retail (seed 003 API only), store agent ${credentials.agentEmail ?? '?'} at ${credentials.locationName ?? '?'} (LocationId ${credentials.locationId ?? '?'})`,
        );
        lines.push(`  Try:             curl -H 'x-apikey: ${credentials.apiKey}' '${server.url}/api/v2/users'`);
      } else {
        lines.push('  (demo credentials file not found; create a key with `tradein apikey create --tenant demo`)');
      }
      lines.push(`  Web app:         ${server.url}/  (customer)   ${server.url}/store  (point of sale)   ${server.url}/admin  (back office)`);
      if (agent) lines.push(`  Store agent:     ${agent.email} / ${agent.password}  (${agent.location})`);
      rt.out(lines.join('\n'));
    });

  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async () => {
      await rt.withContainer(async (c) => {
        const applied = await migrate(c.db);
        rt.out(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date');
      });
    });

  program
    .command('worker')
    .description('deliver outbox messages (emails, webhooks, backend notifications) as its own process')
    .option('--once', 'deliver what is due, then exit')
    .action(async (opts: { once?: boolean }) => {
      const config = loadConfig();
      const container = await createContainer(config);
      if (opts.once) {
        await container.outbox.drain();
        await container.close();
        return;
      }
      await container.outbox.start();
      const stop = async () => {
        await container.close();
        process.exit(0);
      };
      process.on('SIGTERM', () => void stop());
      process.on('SIGINT', () => void stop());
      rt.out(`worker running (topics: ${container.outbox.topics().join(', ') || 'none'})`);
    });

  const seed = program.command('seed').description('load data');
  seed
    .command('demo')
    .description('create or complete the demo tenant (idempotent)')
    .option('--tenant <slug>', 'tenant slug', 'demo')
    .action(async (opts: { tenant: string }) => {
      await rt.withContainer(async (c) => {
        const { created, credentials } = await seedDemo(c, opts.tenant);
        rt.out(created ? `demo tenant "${opts.tenant}" seeded` : `demo tenant "${opts.tenant}" already present; completed missing data`);
        if (credentials) {
          rt.out(`admin: ${credentials.adminEmail} / ${credentials.adminPassword}`);
          rt.out(credentials.apiKey);
        }
      });
    });
};
