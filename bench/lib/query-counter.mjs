// Preloaded into the server by the bench on PostgreSQL (`node --import`): counts the round trips
// the server makes to the database (every node-postgres Client#query, BEGIN/COMMIT included).
// On SIGUSR2 it writes "<sequence> <count>" to BENCH_QUERY_COUNT_FILE, so the bench reads the
// total at the start and end of a window without the server doing anything in between.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const file = process.env.BENCH_QUERY_COUNT_FILE;
if (file) {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const pg = require('pg');
  let count = 0;
  let seq = 0;
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(...args) {
    count++;
    return query.apply(this, args);
  };
  const write = () => fs.writeFileSync(file, `${++seq} ${count}`);
  write();
  process.on('SIGUSR2', write);
}
