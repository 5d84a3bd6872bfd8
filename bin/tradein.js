#!/usr/bin/env node
// The `tradein` command: runs the compiled CLI in dist/. `npm install` builds it (prepare); when
// dist/ is missing or older than src/ (a checkout without install, an edit since) it is rebuilt
// here first, with a line on stderr saying so, so the command never runs stale code and never
// transpiles TypeScript while it runs.
import { ensureBuilt } from '../scripts/build.mjs';

await ensureBuilt({ log: (line) => process.stderr.write(`tradein: ${line}\n`) });
await import('../dist/main/cli.js');
