import type { Config } from '../config/config.js';
import { buildApp, type App } from '../http/app.js';
import { createContainer, type Container } from './container.js';
import { warmCaches } from './warm-caches.js';

/** How long an embedded-database server waits after listening before it builds its caches. */
const WARM_DELAY_EMBEDDED_MS = 3_000;

export interface RunningServer {
  app: App;
  container: Container;
  url: string;
  stop(): Promise<void>;
}

/** Starts the HTTP server (and the in-process outbox worker unless WORKER=off). */
export async function startServer(config: Config, options: { container?: Container } = {}): Promise<RunningServer> {
  const container = options.container ?? (await createContainer(config));
  const app = await buildApp(config, container);
  container.outbox.topics(); // handlers registered by modules at wiring time
  if (config.worker === 'inline') await container.outbox.start();
  const address = await app.listen({ port: config.port, host: config.host });
  // The default tenant's search index is built after listening (seconds on a large catalog):
  // the server is ready at once, and a search arriving meanwhile waits for the same build. The
  // embedded database runs queries one at a time in this process, so there the build waits a
  // moment: a readiness probe or the first page is not queued behind it.
  let stopped = false;
  let started = false;
  let timer: NodeJS.Timeout | undefined;
  let skip = () => {};
  const warming = new Promise<void>((resolve) => {
    skip = resolve;
    timer = setTimeout(
      () => {
        if (stopped) return resolve();
        started = true;
        warmCaches(container)
          .catch((err: unknown) => app.log.warn({ err }, 'warming the caches failed; they fill on first use'))
          .finally(resolve);
      },
      container.db.kind === 'pglite' ? WARM_DELAY_EMBEDDED_MS : 0,
    );
    timer.unref();
  });
  const url = address.replace('[::]', 'localhost').replace('0.0.0.0', 'localhost');
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // Stop accepting, let in-flight requests finish (and a running warm-up), then stop the
      // worker and close the DB.
      stopped = true;
      clearTimeout(timer);
      if (!started) skip(); // never started: nothing to wait for
      await app.close();
      await warming;
      await container.close();
    })());
  return { app, container, url, stop };
}

/** Stops gracefully on SIGTERM/SIGINT; a second signal exits at once. */
export function handleSignals(server: RunningServer): void {
  let signalled = false;
  const onSignal = (signal: string) => {
    if (signalled) process.exit(1);
    signalled = true;
    server.app.log.info({ signal }, 'shutting down');
    server
      .stop()
      .then(() => process.exit(0))
      .catch((err) => {
        server.app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));
}
