import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { RenderErrors } from './render.errors.js';

/**
 * One render job: a module and the name of its export, called in a worker thread with `input`
 * (plain data: structured-cloned, so no functions or class instances beyond Date, Map, Set,
 * typed arrays) and returning the document's bytes.
 */
export interface RenderJob<I = unknown> {
  /** File URL or absolute path of the module; see {@link moduleBeside}. */
  module: string | URL;
  exportName: string;
  input: I;
}

/** What modules get: renders a job off the event loop. */
export interface Renderer {
  render<I>(job: RenderJob<I>): Promise<Buffer>;
}

export interface RenderPoolOptions {
  /** Worker threads at most (default: cores − 1, at least 1, at most 4). */
  threads?: number;
  /** Jobs waiting for a thread at most; one more is refused with R000090 (default 64). */
  maxQueue?: number;
  /** A job running longer is abandoned and its thread replaced (default 30 s). */
  timeoutMs?: number;
  /** An idle thread ends after this long (default 60 s); the next job starts a new one. */
  idleMs?: number;
}

interface Pending {
  id: number;
  message: { id: number; module: string; exportName: string; input: unknown };
  resolve(b: Buffer): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  job: Pending | null;
  timer: NodeJS.Timeout | null;
}

type Reply = { id: number; ok: true; result: ArrayBuffer } | { id: number; ok: false; message: string; stack?: string };

const WORKER_URL = new URL('./worker.mjs', import.meta.url);

/**
 * The URL of a module next to the caller's, with the caller's own extension: `.ts` when running
 * from source (tsx, vitest), `.js` when compiled. `moduleBeside(import.meta.url, 'pdf')`.
 */
export function moduleBeside(callerUrl: string, name: string): string {
  const ext = path.extname(fileURLToPath(callerUrl));
  return new URL(`./${name}${ext}`, callerUrl).href;
}

/**
 * A small pool of worker threads for CPU-heavy rendering (PDFs, labels, barcodes), so one big
 * document never blocks the event loop that serves every other request. Concurrency is bounded
 * by the thread count, the queue by `maxQueue`; results come back as transferred buffers.
 */
export class RenderPool implements Renderer {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly threads: number;
  private readonly maxQueue: number;
  private readonly timeoutMs: number;
  private readonly idleMs: number;
  private nextId = 1;
  private closed = false;

  constructor(options: RenderPoolOptions = {}) {
    this.threads = Math.max(1, options.threads ?? Math.min(4, Math.max(1, os.availableParallelism() - 1)));
    this.maxQueue = options.maxQueue ?? 64;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.idleMs = options.idleMs ?? 60_000;
  }

  render<I>(job: RenderJob<I>): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('render pool is closed'));
    if (this.queue.length >= this.maxQueue) return Promise.reject(RenderErrors.R000090({ seconds: 5 }));
    const module = job.module instanceof URL ? job.module.href : job.module.startsWith('file:') ? job.module : pathToFileURL(job.module).href;
    return new Promise<Buffer>((resolve, reject) => {
      const id = this.nextId++;
      this.queue.push({ id, message: { id, module, exportName: job.exportName, input: job.input }, resolve, reject });
      this.pump();
    });
  }

  /** Threads running and jobs waiting (for metrics and tests). */
  stats(): { threads: number; busy: number; queued: number } {
    return { threads: this.slots.length, busy: this.slots.filter((s) => s.job).length, queued: this.queue.length };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('render pool is closed'));
    await Promise.all(this.slots.splice(0).map((s) => this.stop(s, new Error('render pool is closed'))));
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.threads) slot = this.spawn();
      if (!slot) return;
      this.run(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    // unref: an idle pool never keeps the process alive.
    const worker = new Worker(WORKER_URL);
    worker.unref();
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (reply: Reply) => this.settle(slot, reply));
    worker.on('error', (err) => this.fail(slot, err));
    worker.on('exit', (code) => this.fail(slot, new Error(`render thread exited with code ${code}`)));
    this.slots.push(slot);
    return slot;
  }

  private run(slot: Slot, job: Pending): void {
    slot.job = job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(() => void this.stop(slot, new Error(`render job timed out after ${this.timeoutMs} ms`)), this.timeoutMs);
    slot.timer.unref();
    slot.worker.postMessage(job.message);
  }

  private settle(slot: Slot, reply: Reply): void {
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    slot.job = null;
    if (reply.ok) job.resolve(Buffer.from(reply.result));
    else job.reject(Object.assign(new Error(`render failed: ${reply.message}`), { stack: reply.stack }));
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(() => void this.stop(slot, null), this.idleMs);
    slot.timer.unref();
    this.pump();
  }

  /** A thread died or errored: its job fails, the slot is dropped, waiting jobs get a new thread. */
  private fail(slot: Slot, err: Error): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    slot.job?.reject(err);
    slot.job = null;
    if (!this.closed) this.pump();
  }

  private async stop(slot: Slot, err: Error | null): Promise<void> {
    if (slot.job && err) this.fail(slot, err);
    else this.fail(slot, new Error('render thread stopped'));
    await slot.worker.terminate();
  }
}
