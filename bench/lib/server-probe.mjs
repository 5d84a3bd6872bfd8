// Preloaded into the server by the bench (`node --import`). It counts the round trips the
// server makes to PostgreSQL (every node-postgres Client#query, BEGIN/COMMIT included) and
// records garbage-collection pauses. On SIGUSR2 it writes a JSON snapshot to
// BENCH_PROBE_FILE and starts a new GC window, so the bench reads the figures at the start and
// end of a measured window without the server doing anything in between.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';

const file = process.env.BENCH_PROBE_FILE;
if (file) {
  let queries = 0;
  try {
    const require = createRequire(path.join(process.cwd(), 'package.json'));
    const pg = require('pg');
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function countedQuery(...args) {
      queries++;
      return query.apply(this, args);
    };
  } catch {
    // no node-postgres: PGlite only
  }
  let gcCount = 0;
  let gcTotalMs = 0;
  let gcMaxMs = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gcCount++;
      gcTotalMs += e.duration;
      if (e.duration > gcMaxMs) gcMaxMs = e.duration;
    }
  }).observe({ entryTypes: ['gc'] });
  let seq = 0;
  const write = () => {
    fs.writeFileSync(file, JSON.stringify({ seq: ++seq, queries, gcCount, gcTotalMs, gcMaxMs }));
    gcCount = 0;
    gcTotalMs = 0;
    gcMaxMs = 0;
  };
  write();
  process.on('SIGUSR2', write);
}
