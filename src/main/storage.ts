import { fileURLToPath } from 'node:url';
import type { Config } from '../config/config.js';
import { FsStorage, parseS3Url, S3Storage, type ObjectStorage } from '../platform/storage/index.js';

/** The object storage named by `STORAGE_URL` (`file://…` by default, `s3://bucket?endpoint=…&region=…`). */
export function openStorage(config: Config): ObjectStorage {
  const url = new URL(config.storageUrl);
  if (url.protocol === 'file:') return new FsStorage(fileURLToPath(url));
  if (url.protocol === 's3:') return new S3Storage(parseS3Url(config.storageUrl));
  throw new Error(`STORAGE_URL: unsupported storage '${url.protocol}' (use file://… or s3://…)`);
}
