import pg from 'pg';
import type { Db, Queryable } from './db.js';

const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

export interface PostgresOptions {
  url: string;
  poolSize?: number;
  /** Schema to put first on the search path (tests use a fresh schema per run). */
  schema?: string;
}

function clientHandle(client: pg.PoolClient): Queryable {
  const handle: Queryable = {
    inTransaction: true,
    async query<T>(sql: string, params?: readonly unknown[]) {
      const res = await client.query(sql, params as unknown[] | undefined);
      return res.rows as T[];
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      return fn(handle);
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
  return handle;
}

/** Opens a node-postgres pool against a PostgreSQL server. */
export async function openPostgres(options: PostgresOptions): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    types: typeParsers,
    options: options.schema ? `-c search_path=${options.schema},public` : undefined,
  });
  pool.on('error', () => {
    // An idle client died (server restart); the pool replaces it on the next checkout.
  });
  // Fail fast with a clear message when the server is unreachable.
  await pool.query('SELECT 1');
  let listener: pg.PoolClient | undefined;
  const subscribers = new Map<string, Set<(payload: string) => void>>();

  return {
    kind: 'postgres',
    inTransaction: false,
    async query<T>(sql: string, params?: readonly unknown[]) {
      const res = await pool.query(sql, params as unknown[] | undefined);
      return res.rows as T[];
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(clientHandle(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload) {
      if (!listener) {
        listener = await pool.connect();
        listener.on('notification', (msg) => {
          for (const cb of subscribers.get(msg.channel) ?? []) cb(msg.payload ?? '');
        });
      }
      let set = subscribers.get(channel);
      if (!set) {
        set = new Set();
        subscribers.set(channel, set);
        await listener.query(`LISTEN "${channel.replace(/"/g, '')}"`);
      }
      set.add(onPayload);
      return async () => {
        set.delete(onPayload);
      };
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async close() {
      listener?.release();
      listener = undefined;
      await pool.end();
    },
  };
}
