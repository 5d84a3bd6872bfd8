import type { Config } from '../config/config.js';
import { buildApp, type App } from '../http/app.js';
import { createContainer, type Container } from './container.js';
import { warmCaches } from './warm-caches.js';

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
  await warmCaches(container);
  container.outbox.topics(); // handlers registered by modules at wiring time
  if (config.worker === 'inline') await container.outbox.start();
  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace('[::]', 'localhost').replace('0.0.0.0', 'localhost');
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // Stop accepting, let in-flight requests finish, then stop the worker and close the DB.
      await app.close();
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
