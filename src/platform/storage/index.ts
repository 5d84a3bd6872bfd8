export { type ObjectStorage, assertSafeKey } from './object-storage.js';
export { FsStorage } from './fs-storage.js';
