#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `tradein` works right after `npm install`
// without a build step.
import { register } from 'tsx/esm/api';
register();
await import('../src/main/cli.ts');
