import type { CommandRegistrar } from '../runtime.js';

/** `tradein webhooks list|add|remove|rotate-secret|replay|deliveries` — a tenant's webhook endpoints. */
export const registerWebhooksCommands: CommandRegistrar = (program, rt) => {
  const webhooks = program.command('webhooks').description("manage a tenant's webhook endpoints (Standard Webhooks)");

  webhooks
    .command('list')
    .description('list endpoints')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .action(async (opts: { tenant: string }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        for (const e of await c.modules.webhooks.list(ctx)) {
          rt.out(`${e.id}\t${e.enabled ? 'enabled' : `disabled (${e.disabledReason ?? ''})`}\t${e.url}\t${e.eventTypes.join(',') || '*'}`);
        }
      });
    });

  webhooks
    .command('add <url>')
    .description('add an endpoint; prints its secret once')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .option('--events <types>', 'comma-separated event types or prefix.* patterns (default: all)')
    .option('--description <text>', 'what receives it')
    .action(async (url: string, opts: { tenant: string; events?: string; description?: string }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const events = opts.events
          ? opts.events
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : [];
        const e = await c.modules.webhooks.create(ctx, { url, events, description: opts.description });
        rt.out(`endpoint ${e.id} → ${e.url}`);
        rt.out(`secret (shown once): ${e.secret}`);
      });
    });

  webhooks
    .command('remove <id>')
    .description('remove an endpoint')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .action(async (id: string, opts: { tenant: string }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        await c.modules.webhooks.remove(ctx, Number(id));
        rt.out(`removed endpoint ${id}`);
      });
    });

  webhooks
    .command('rotate-secret <id>')
    .description('new secret; the previous one keeps signing for 24 hours')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .action(async (id: string, opts: { tenant: string }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const e = await c.modules.webhooks.rotateSecret(ctx, Number(id));
        rt.out(`new secret (shown once): ${e.secret}`);
      });
    });

  webhooks
    .command('replay <id>')
    .description('send one message again (--message) or everything that failed since a time (--since)')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .option('--message <messageId>', 'a message id (msg_…)')
    .option('--since <iso>', 'an ISO date-time')
    .action(async (id: string, opts: { tenant: string; message?: string; since?: string }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const queued = await c.modules.webhooks.replay(ctx, Number(id), { messageId: opts.message, since: opts.since ? new Date(opts.since) : undefined });
        rt.out(`queued ${queued} deliveries`);
      });
    });

  webhooks
    .command('deliveries <id>')
    .description('the latest delivery attempts of an endpoint')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .option('--limit <n>', 'how many', '20')
    .action(async (id: string, opts: { tenant: string; limit: string }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const { rows } = await c.modules.webhooks.deliveries(ctx, Number(id), { limit: Number(opts.limit), offset: 0 });
        for (const a of rows)
          rt.out(
            `${a.createdAt.toISOString()}\t${a.messageId}\t${a.eventType}\t#${a.attempt}\t${a.outcome}\t${a.responseStatus ?? a.error ?? ''}\t${a.latencyMs ?? ''}ms`,
          );
      });
    });
};
