// Render worker: runs one render job at a time for the pool in ./pool.ts. Plain JavaScript so
// it starts the same under `node`, tsx and vitest; a job module given as a .ts file (running
// from source) makes it register tsx first.
import { parentPort } from 'node:worker_threads';

let tsx = null;
const modules = new Map();

async function load(moduleUrl) {
  let mod = modules.get(moduleUrl);
  if (!mod) {
    if (/\.[cm]?ts$/.test(moduleUrl)) {
      tsx ??= import('tsx/esm/api').then(({ register }) => register());
      await tsx;
    }
    mod = await import(moduleUrl);
    modules.set(moduleUrl, mod);
  }
  return mod;
}

parentPort.on('message', async ({ id, module, exportName, input }) => {
  try {
    const fn = (await load(module))[exportName];
    if (typeof fn !== 'function') throw new Error(`render job ${module}#${exportName} is not a function`);
    const out = await fn(input);
    if (!(out instanceof Uint8Array)) throw new Error(`render job ${module}#${exportName} did not return bytes`);
    // Hand the bytes over without copying when the view owns its whole buffer.
    const buffer = out.byteOffset === 0 && out.byteLength === out.buffer.byteLength ? out.buffer : out.slice().buffer;
    parentPort.postMessage({ id, ok: true, result: buffer }, [buffer]);
  } catch (err) {
    parentPort.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined });
  }
});
