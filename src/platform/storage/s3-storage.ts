import type { S3Client } from '@aws-sdk/client-s3';
import { lazy } from '../lazy.js';
import { assertSafeKey, type ObjectStorage } from './object-storage.js';

/** The AWS SDK's S3 client (~25 MB), imported when a bucket is first used: never with file storage. */
const loadS3Sdk = lazy(() => import('@aws-sdk/client-s3'));

export interface S3StorageOptions {
  bucket: string;
  /** Key prefix inside the bucket ('' or 'tradein/'). */
  prefix: string;
  region: string;
  /** An S3-compatible server (MinIO, Ceph, R2 …); unset for AWS S3. */
  endpoint?: string;
  forcePathStyle: boolean;
  /** From the URL's user info; otherwise the SDK's default chain (AWS_ACCESS_KEY_ID …, instance roles). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/**
 * `STORAGE_URL=s3://[key:secret@]bucket[/prefix]?endpoint=http://127.0.0.1:9000&region=eu-north-1[&path_style=false]`.
 * Path-style addressing is the default with an endpoint (what S3-compatible servers expect).
 */
export function parseS3Url(raw: string): S3StorageOptions {
  const url = new URL(raw);
  if (url.protocol !== 's3:' || !url.hostname) throw new Error('STORAGE_URL: expected s3://bucket[/prefix]?endpoint=…&region=…');
  const endpoint = url.searchParams.get('endpoint') ?? undefined;
  if (endpoint && !/^https?:\/\//.test(endpoint)) throw new Error('STORAGE_URL: endpoint must be an http(s) URL');
  const prefix = decodeURIComponent(url.pathname.replace(/^\/+/, ''));
  const pathStyle = url.searchParams.get('path_style');
  return {
    bucket: url.hostname,
    prefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix,
    region: url.searchParams.get('region') ?? 'us-east-1',
    endpoint,
    forcePathStyle: pathStyle === null ? !!endpoint : pathStyle !== 'false',
    credentials: url.username ? { accessKeyId: decodeURIComponent(url.username), secretAccessKey: decodeURIComponent(url.password) } : undefined,
  };
}

/**
 * Objects in an S3-compatible bucket, so several API processes and workers share photos, PDFs
 * and labels. Checksums are sent only where S3 requires them: S3-compatible servers differ in
 * what else they accept.
 */
export class S3Storage implements ObjectStorage {
  readonly kind = 's3';
  private client: S3Client | null = null;

  constructor(private readonly options: S3StorageOptions) {}

  /** The SDK and this bucket's client, made on first use. */
  private async sdk() {
    const s3 = await loadS3Sdk();
    this.client ??= new s3.S3Client({
      region: this.options.region,
      endpoint: this.options.endpoint,
      forcePathStyle: this.options.forcePathStyle,
      credentials: this.options.credentials,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    return { ...s3, client: this.client };
  }

  private key(key: string): string {
    assertSafeKey(key);
    return `${this.options.prefix}${key}`;
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const { client, PutObjectCommand } = await this.sdk();
    await client.send(
      new PutObjectCommand({ Bucket: this.options.bucket, Key: this.key(key), Body: bytes, ContentType: contentType, ContentLength: bytes.length }),
    );
  }

  async get(key: string): Promise<Buffer | null> {
    const { client, GetObjectCommand } = await this.sdk();
    try {
      const res = await client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: this.key(key) }));
      if (!res.Body) return null;
      return Buffer.from(await res.Body.transformToByteArray());
    } catch (err) {
      const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
      if (e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    const { client, DeleteObjectCommand } = await this.sdk();
    await client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.key(key) }));
  }

  /** Closes the HTTP connections (tests, shutdown). */
  close(): void {
    this.client?.destroy();
  }
}
