import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomToken } from '../ids/index.js';
import { assertSafeKey, type ObjectStorage } from './object-storage.js';

/**
 * Files under a root folder (`DATA_DIR/objects` by default). Writes go to a temporary file and
 * are renamed into place, so a process killed mid-write never leaves half a photo behind.
 */
export class FsStorage implements ObjectStorage {
  readonly kind = 'fs';
  constructor(private readonly root: string) {}

  private file(key: string): string {
    assertSafeKey(key);
    return path.join(this.root, key);
  }

  async put(key: string, bytes: Buffer, _contentType?: string): Promise<void> {
    const target = this.file(key);
    await mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${randomToken(6)}.tmp`;
    await writeFile(tmp, bytes, { flush: true });
    await rename(tmp, target);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.file(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}
