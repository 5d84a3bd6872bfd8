import { InvalidArgumentError, Option } from 'commander';
import { ROLES } from '../../modules/org/index.js';
import { API_KEY_SCOPES, type ApiKeyScope } from '../../modules/org/index.js';
import type { CommandRegistrar } from '../runtime.js';

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`"${v}" is not a positive integer`);
  return n;
}

export const registerOrgCommands: CommandRegistrar = (program, rt) => {
  program
    .command('tenant')
    .description('manage tenants')
    .command('create <slug>')
    .description('create a tenant')
    .requiredOption('--name <name>', 'display name')
    .option('--currency <code>', 'base currency (ISO 4217)', 'EUR')
    .option('--locale <locale>', 'default locale (en, tr, sv, de)', 'en')
    .action(async (slug: string, opts: { name: string; currency: string; locale: string }) => {
      await rt.withContainer(async (c) => {
        const t = await c.modules.org.tenants.create(c.db, {
          slug,
          name: opts.name,
          currency: opts.currency,
          defaultLocale: opts.locale as 'en',
        });
        rt.out(`tenant ${t.slug} created (id ${t.id}, ${t.currency}, ${t.defaultLocale})`);
      });
    });

  program
    .command('user')
    .description('manage users')
    .command('create')
    .description('create a user')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .requiredOption('--email <email>', 'email (unique per tenant)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--password <password>', 'password (customers at least 8 characters, staff at least 12; not a common password or the e-mail)')
    .option('--first-name <name>', 'first name', '')
    .option('--last-name <name>', 'last name', '')
    .option('--phone <phone>', 'phone number')
    .option('--location <id>', 'location id to attach', positiveInt)
    .action(
      async (opts: {
        tenant: string;
        email: string;
        role: string;
        password?: string;
        firstName: string;
        lastName: string;
        phone?: string;
        location?: number;
      }) => {
        await rt.withTenant(opts.tenant, async (ctx, c) => {
          const user = await c.modules.org.users.create(ctx, {
            email: opts.email,
            role: opts.role as (typeof ROLES)[number],
            password: opts.password,
            firstName: opts.firstName,
            lastName: opts.lastName,
            phone: opts.phone,
            locationIds: opts.location ? [opts.location] : [],
          });
          rt.out(`user ${user.email} created (id ${user.id}, uid ${user.uid}, role ${user.role})`);
        });
      },
    );

  program
    .command('location')
    .description('manage locations')
    .command('create')
    .description('create a location (store, warehouse or facility)')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .requiredOption('--name <name>', 'name')
    .option('--kind <kind>', 'store | warehouse | facility', 'store')
    .option('--address <street>', 'street address')
    .option('--city <city>', 'city')
    .option('--post-code <code>', 'post code')
    .option('--country <cc>', 'ISO country code')
    .option('--ref <ref>', 'external reference')
    .action(
      async (opts: { tenant: string; name: string; kind: string; address?: string; city?: string; postCode?: string; country?: string; ref?: string }) => {
        await rt.withTenant(opts.tenant, async (ctx, c) => {
          const l = await c.modules.org.locations.create(ctx, {
            name: opts.name,
            kind: opts.kind as 'store',
            externalRef: opts.ref,
            address: { street1: opts.address, city: opts.city, postCode: opts.postCode, countryCode: opts.country },
          });
          rt.out(`location ${l.name} created (id ${l.id})`);
        });
      },
    );

  program
    .command('apikey')
    .description('manage API keys')
    .command('create')
    .description('create an API key; the key is printed once, as the last line')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .addOption(
      new Option('--scope <scope>', "'retail' (the seed 003 retail API), 'admin' (the admin API) or 'publishable' (the price-check widget)")
        .choices([...API_KEY_SCOPES])
        .default('retail'),
    )
    .option('--origin <origin...>', 'publishable keys: the shop origins allowed to use it (https://shop.example)')
    .option('--user <email>', 'staff user the key acts as (default: a new service user of the key)')
    .option('--location <id>', "default location id (default: the user's first location, else the tenant's first)", positiveInt)
    .option('--name <name>', 'label')
    .action(async (opts: { tenant: string; scope: ApiKeyScope; user?: string; location?: number; name?: string; origin?: string[] }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const { key, record, user, serviceUser } = await c.modules.org.apiKeys.issue(ctx, {
          scope: opts.scope,
          userEmail: opts.user,
          locationId: opts.location ?? null,
          name: opts.name,
          origins: opts.origin,
        });
        const at = record.locationId ? ` at location ${record.locationId}` : ' (no location: tenant-wide)';
        rt.out(`${record.scope} api key ${record.prefix}… for ${user.email}${serviceUser ? ' (service user created for the key)' : ''}${at}`);
        if (record.allowedOrigins.length) rt.out(`allowed origins: ${record.allowedOrigins.join(' ')}`);
        rt.out(key);
      });
    });
};
