import { fileURLToPath } from 'node:url';
import type { Config } from '../config/config.js';
import { FsStorage, type ObjectStorage } from '../platform/storage/index.js';

/** The object storage named by `STORAGE_URL` (`file://…` by default). */
export function openStorage(config: Config): ObjectStorage {
  const url = new URL(config.storageUrl);
  if (url.protocol === 'file:') return new FsStorage(fileURLToPath(url));
  throw new Error(`STORAGE_URL: unsupported storage '${url.protocol}' (use file://…)`);
}
