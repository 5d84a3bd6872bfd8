import type { Db, Queryable } from '../../src/platform/db/index.js';

/**
 * Counts the database round trips made through `db` (the handle every module of a test app
 * shares): each statement, plus BEGIN and COMMIT of every transaction, as node-postgres sends
 * them to a server. `statements` keeps their first words, to say what a regression added.
 */
export function countQueries(db: Db): { readonly count: number; statements: string[]; reset(): void; restore(): void } {
  const query = db.query;
  const transaction = db.transaction;
  const exec = db.exec;
  const statements: string[] = [];
  const note = (sql: string) => statements.push(sql.replace(/\s+/g, ' ').trim().slice(0, 120));
  const wrap = (tx: Queryable): Queryable => {
    const handle: Queryable = {
      inTransaction: true,
      query: (sql, params) => {
        note(sql);
        return tx.query(sql, params);
      },
      transaction: (fn) => fn(handle),
      exec: (sql) => {
        note(sql);
        return tx.exec(sql);
      },
    };
    return handle;
  };
  const target = db as { -readonly [K in keyof Db]: Db[K] };
  target.query = <T>(sql: string, params?: readonly unknown[]) => {
    note(sql);
    return query.call(db, sql, params) as Promise<T[]>;
  };
  target.exec = (sql) => {
    note(sql);
    return exec.call(db, sql);
  };
  target.transaction = async <T>(fn: (tx: Queryable) => Promise<T>) => {
    note('BEGIN');
    const result = (await transaction.call(db, (tx) => fn(wrap(tx)))) as T;
    note('COMMIT');
    return result;
  };
  return {
    get count() {
      return statements.length;
    },
    statements,
    reset() {
      statements.length = 0;
    },
    restore() {
      target.query = query;
      target.exec = exec;
      target.transaction = transaction;
    },
  };
}
