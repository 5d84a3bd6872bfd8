import type { CommandRegistrar } from '../runtime.js';

/** `tradein facility receive|sweep-missing` — receiving by scan for a facility with a handheld scanner and no screen. */
export const registerFacilityCommands: CommandRegistrar = (program, rt) => {
  const facility = program.command('facility').description('facility: receive devices by scan, mark missing devices');

  facility
    .command('receive <codes...>')
    .description('receive devices by their IMEI/serial (or list a package by its barcode when logistics is wired); one line per scan')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .option('--location <id>', 'the facility location id (default: none recorded)')
    .option('--expected <deviceId>', 'the device the scan should be (its label); a different identifier goes to fraud review')
    .action(async (codes: string[], opts: { tenant: string; location?: string; expected?: string }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const results = await c.modules.facility.receive(ctx, {
          codes,
          locationId: opts.location ? Number(opts.location) : null,
          expectedDeviceId: opts.expected ? Number(opts.expected) : null,
        });
        for (const r of results) {
          if (r.package) {
            rt.out(`${r.code}\tpackage\t${r.package.devices.map((d) => `${d.tradeInDeviceId}:${d.deviceIdentifier}:${d.status}`).join(' ')}`);
          } else {
            rt.out(`${r.code}\t${r.outcome}\t${r.deviceId ?? '-'}\t${r.status ?? '-'}${r.reason ? `\t${r.reason}` : ''}`);
          }
        }
      });
    });

  facility
    .command('sweep-missing')
    .description("mark devices Missing that were shipped longer ago than the tenant's deadline and never received")
    .requiredOption('--tenant <slug>', 'tenant slug')
    .action(async (opts: { tenant: string }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const { missing } = await c.modules.facility.sweepMissing(ctx);
        rt.out(`marked ${missing.length} device(s) Missing${missing.length ? `: ${missing.join(', ')}` : ''}`);
      });
    });
};
