export { type ObjectStorage, assertSafeKey } from './object-storage.js';
export { FsStorage } from './fs-storage.js';
export { S3Storage, parseS3Url, type S3StorageOptions } from './s3-storage.js';
