import fs from 'node:fs';
import type { CommandRegistrar } from '../runtime.js';

/** `tradein blocklist add|remove|import|list` — the tenant's blocklist of lost/stolen identifiers. */
export const registerDiligenceCommands: CommandRegistrar = (program, rt) => {
  const blocklist = program.command('blocklist').description("manage a tenant's blocklist of lost/stolen identifiers");

  blocklist
    .command('add <identifier>')
    .description('block an identifier (IMEI or serial): due diligence answers Failed')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .requiredOption('--reason <reason>', 'why it is blocked (e.g. reported stolen)')
    .option('--source <source>', 'who reported it (e.g. police, customer, GSMA)', 'manual')
    .action(async (identifier: string, opts: { tenant: string; reason: string; source: string }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const e = await c.modules.diligence.blocklist.add(ctx, { identifier, reason: opts.reason, source: opts.source });
        rt.out(`blocked ${e.identifier} (${e.source}: ${e.reason}, ${e.createdAt.toISOString()})`);
      });
    });

  blocklist
    .command('remove <identifier>')
    .description('unblock an identifier')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .action(async (identifier: string, opts: { tenant: string }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        await c.modules.diligence.blocklist.remove(ctx, identifier);
        rt.out(`unblocked ${identifier}`);
      });
    });

  blocklist
    .command('import <csv>')
    .description('import a CSV file: identifier,reason[,source[,date]] (optional header row); all or nothing')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .option('--source <source>', 'source for rows without one', 'import')
    .action(async (file: string, opts: { tenant: string; source: string }) => {
      const text = fs.readFileSync(file, 'utf8');
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const { added, updated } = await c.modules.diligence.blocklist.importCsv(ctx, text, { source: opts.source });
        rt.out(`imported ${added + updated} identifiers (${added} new, ${updated} updated)`);
      });
    });

  blocklist
    .command('list')
    .description('list blocked identifiers, newest first')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .option('--search <text>', 'filter by identifier, reason or source')
    .action(async (opts: { tenant: string; search?: string }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const { total, entries } = await c.modules.diligence.blocklist.list(ctx, { search: opts.search, limit: 1000 });
        for (const e of entries) rt.out(`${e.identifier}\t${e.source}\t${e.createdAt.toISOString()}\t${e.reason}`);
        rt.out(`${total} blocked`);
      });
    });
};
