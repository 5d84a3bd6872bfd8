import type { Ctx } from '../../platform/context.js';
import { withTransaction } from '../../platform/context.js';
import { DiligenceErrors as E } from './diligence.errors.js';
import { blocklistRepository as repo, type BlocklistEntry } from './diligence.repository.js';
import { CsvRowError, normalizeIdentifier, parseBlocklistCsv } from './identifiers.js';

export interface BlocklistAddInput {
  identifier: string;
  reason: string;
  source?: string | null;
}

function checkIdentifier(raw: string): string {
  const identifier = normalizeIdentifier(raw ?? '');
  if (identifier.length === 0 || identifier.length > 64) throw E.B160010();
  return identifier;
}

/** The tenant's blocklist of lost/stolen identifiers (each with reason, source and date). */
export const blocklistService = {
  /** Blocks an identifier (B160010 bad identifier, B160011 no reason, B160013 already listed). */
  async add(ctx: Ctx, input: BlocklistAddInput): Promise<BlocklistEntry> {
    const identifier = checkIdentifier(input.identifier);
    const reason = (input.reason ?? '').trim();
    if (!reason) throw E.B160011();
    const entry = await repo.insert(ctx, {
      identifier,
      reason: reason.slice(0, 500),
      source: (input.source ?? '').trim().slice(0, 100) || 'manual',
      createdAt: ctx.clock.now(),
      createdByUserId: ctx.actor.kind === 'user' || ctx.actor.kind === 'apikey' ? (ctx.actor.userId ?? null) : null,
    });
    if (!entry) throw E.B160013({ identifier });
    return entry;
  },

  /** Unblocks an identifier (N160010 when it is not listed). */
  async remove(ctx: Ctx, rawIdentifier: string): Promise<void> {
    const identifier = checkIdentifier(rawIdentifier);
    if (!(await repo.remove(ctx, identifier))) throw E.N160010({ identifier });
  },

  find(ctx: Ctx, rawIdentifier: string): Promise<BlocklistEntry | null> {
    return repo.find(ctx, normalizeIdentifier(rawIdentifier));
  },

  list(ctx: Ctx, options: { search?: string; limit?: number; offset?: number } = {}) {
    return repo.list(ctx, {
      search: options.search?.trim() || undefined,
      limit: Math.min(Math.max(options.limit ?? 100, 1), 1000),
      offset: Math.max(options.offset ?? 0, 0),
    });
  },

  /**
   * Imports a CSV (see `parseBlocklistCsv`) all or nothing: a bad line (B160012) imports
   * nothing. Listed identifiers get the file's reason and source. `source` is the default for
   * rows without one.
   */
  async importCsv(ctx: Ctx, text: string, options: { source?: string } = {}): Promise<{ added: number; updated: number }> {
    let rows;
    try {
      rows = parseBlocklistCsv(text);
    } catch (err) {
      if (err instanceof CsvRowError) throw E.B160012({ line: err.line, reason: err.reason });
      throw err;
    }
    const now = ctx.clock.now();
    const userId = ctx.actor.kind === 'user' || ctx.actor.kind === 'apikey' ? (ctx.actor.userId ?? null) : null;
    return withTransaction(ctx, async (tx) => {
      let added = 0;
      let updated = 0;
      for (const row of rows) {
        const inserted = await repo.upsert(tx, {
          identifier: row.identifier,
          reason: row.reason,
          source: row.source ?? (options.source?.trim() || 'import'),
          createdAt: row.date ?? now,
          createdByUserId: userId,
        });
        if (inserted) added++;
        else updated++;
      }
      return { added, updated };
    });
  },
};
