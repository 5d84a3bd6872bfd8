export * from './cache-bus.js';
