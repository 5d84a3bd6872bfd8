export * from './outbox.js';
export * from './dispatcher.js';
