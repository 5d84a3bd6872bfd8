// Preloaded into the server by the bench on PostgreSQL (`node --import`): counts the round trips
// the server makes to the database (every node-postgres Client#query, BEGIN/COMMIT included)
// and writes the running total to BENCH_QUERY_COUNT_FILE ten times a second, so the report can
// show database round trips per request.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const file = process.env.BENCH_QUERY_COUNT_FILE;
if (file) {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const pg = require('pg');
  let count = 0;
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(...args) {
    count++;
    return query.apply(this, args);
  };
  const write = () => fs.writeFileSync(file, String(count));
  write();
  setInterval(write, 100).unref();
}
