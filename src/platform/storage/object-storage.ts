/**
 * Where photos, PDFs and labels live: a port with one default implementation (the file system
 * under `DATA_DIR`) and an S3-compatible one for several processes. Keys are relative paths
 * chosen by the caller, always prefixed with the tenant id (`<tenantId>/photos/<id>.jpg`).
 */
export interface ObjectStorage {
  /** Stores bytes under a key (replacing what was there); resolves once durable. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the key; a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** A short name for logs and the README ('fs', 's3'). */
  readonly kind: string;
}

/** Keys are made by our code, never by clients; this refuses anything that could escape the root. */
export function assertSafeKey(key: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,400}$/.test(key) || key.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    throw new Error(`unsafe storage key: ${key}`);
  }
}
