import { Command } from 'commander';
import type { CliRuntime, CommandRegistrar } from './runtime.js';
import { registerServerCommands } from './commands/server.commands.js';
import { registerOrgCommands } from './commands/org.commands.js';
import { registerDiligenceCommands } from './commands/diligence.commands.js';
import { registerLogisticsCommands } from './commands/logistics.commands.js';
import { registerCatalogCommands } from './commands/catalog.commands.js';
import { registerPricingCommands } from './commands/pricing.commands.js';
import { registerCommerceCommands } from './commands/commerce.commands.js';
import { registerWebhooksCommands } from './commands/webhooks.commands.js';
import { registerFacilityCommands } from './commands/facility.commands.js';

/** Command files of each module; add yours here. */
const registrars: CommandRegistrar[] = [
  registerServerCommands,
  registerOrgCommands,
  registerCatalogCommands,
  registerDiligenceCommands,
  registerCommerceCommands,
  registerPricingCommands,
  registerWebhooksCommands,
  registerLogisticsCommands,
  registerFacilityCommands,
];

export function buildProgram(rt: CliRuntime): Command {
  const program = new Command('tradein')
    .description('Tradein — open-source multi-tenant device trade-in platform')
    .showHelpAfterError(false)
    .configureOutput({ outputError: (str, write) => write(str.split('\n')[0] + '\n') });
  for (const register of registrars) register(program, rt);
  // Every (sub)command exits non-zero with a one-line reason on bad input.
  const walk = (cmd: Command) => {
    cmd.exitOverride();
    cmd.commands.forEach(walk);
  };
  walk(program);
  return program;
}
