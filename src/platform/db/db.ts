/**
 * The database seam. Only this folder knows whether it talks to embedded PGlite or to a
 * PostgreSQL server; everyone else sees {@link Db} / {@link Queryable} and writes PostgreSQL 15 SQL.
 *
 * On PGlite every statement and transaction is serialized by PGlite itself. Inside
 * `transaction(fn)` always use the handle passed to `fn`: calling the root handle from inside a
 * transaction waits for that same transaction and deadlocks.
 */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs `fn` in a transaction; nested calls on a transaction handle reuse the outer transaction. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  readonly inTransaction: boolean;
  /** Runs several statements without parameters (migrations, bulk DDL). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Subscribes to a NOTIFY channel (cross-process cache invalidation). Returns the unsubscribe. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Postgres SQLSTATE of an error thrown by either driver, if any. */
export function sqlState(err: unknown): string | undefined {
  if (err && typeof err === 'object' && 'code' in err && typeof (err as { code: unknown }).code === 'string') {
    return (err as { code: string }).code;
  }
  return undefined;
}

export const UNIQUE_VIOLATION = '23505';
export const SERIALIZATION_FAILURE = '40001';
