export * from './app-error.js';
export { PlatformErrors, FieldMessages } from './platform.errors.js';
