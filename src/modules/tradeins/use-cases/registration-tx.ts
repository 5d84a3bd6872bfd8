import { withTransaction, type Ctx } from '../../../platform/context.js';
import { sqlState, UNIQUE_VIOLATION } from '../../../platform/db/index.js';
import { TradeinsErrors as E } from '../tradeins.errors.js';

/** Runs `fn` in a transaction, turning the unique indexes of 0400 into their codes (B090062, B090004). */
export function inRegistrationTx<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  return withRegistrationCodes(() => withTransaction(ctx, fn));
}

/** Runs `fn` (one statement, or a transaction), turning the unique indexes of 0400 into their codes (B090062, B090004). */
export async function withRegistrationCodes<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (sqlState(err) === UNIQUE_VIOLATION) {
      const text = `${(err as { constraint?: string }).constraint ?? ''} ${(err as Error).message}`;
      if (text.includes('trade_ins_ref')) throw E.B090062();
      if (text.includes('trade_in_devices_live_identifier')) {
        const match = /\(tenant_id, device_identifier\)=\(\d+, ([^)]+)\)/.exec((err as { detail?: string }).detail ?? '');
        throw E.B090004({ identifier: match?.[1] ?? '' });
      }
    }
    throw err;
  }
}
