/**
 * `npm run dev`: the API server (`tradein serve`, port API_PORT or 3000) and the Vite dev server
 * of the web app with hot reload (port WEB_PORT or 5173), which forwards API paths to the server
 * (web/vite.config.ts). Open the Vite URL; Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = process.env.API_PORT ?? process.env.PORT ?? '3000';
process.env.API_PORT = apiPort;

const api = spawn(process.execPath, [path.join(root, 'bin/tradein.js'), 'serve', '--port', apiPort], { stdio: 'inherit', env: process.env });
const vite = await createServer({
  root: path.join(root, 'web'),
  configFile: path.join(root, 'web/vite.config.ts'),
  server: { port: Number(process.env.WEB_PORT ?? 5173) },
});
await vite.listen();
vite.printUrls();
console.log(`API server on http://127.0.0.1:${apiPort} (proxied)`);

const stop = async () => {
  api.kill('SIGTERM');
  await vite.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
api.on('exit', (code) => {
  if (code) void vite.close().then(() => process.exit(code));
});
