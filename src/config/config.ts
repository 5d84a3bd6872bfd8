import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';

/**
 * The whole process configuration, parsed once from the environment. This file is the only
 * reader of `process.env`; everything else receives a frozen {@link Config}.
 */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default('./data'),
  PUBLIC_URL: z.string().url().optional(),
  DEFAULT_TENANT: z.string().default('demo'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Tradein <no-reply@tradein.local>'),
  APP_SECRET: z.string().optional(),
  WORKER: z.enum(['inline', 'off']).default('inline'),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  STORAGE_URL: z.string().optional(),
  METRICS_TOKEN: z.string().min(16).optional(),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(10_000),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly publicUrl: string;
  readonly defaultTenant: string;
  readonly logLevel: string;
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  /** Secret for signed links; generated and stored in the database when not configured. */
  readonly appSecret: string | undefined;
  readonly worker: 'inline' | 'off';
  readonly trustProxy: boolean;
  readonly dbPoolSize: number;
  /**
   * Where photos, PDFs and labels are stored: `file:///abs/path` (default `DATA_DIR/objects`) or an
   * S3-compatible bucket for several processes.
   */
  readonly storageUrl: string;
  /** Bearer token that `/metrics` requires; without one `/metrics` is off (404). */
  readonly metricsToken: string | undefined;
  /** Time a client has to send a whole request (headers and body); slow-trickle bodies are cut. */
  readonly requestTimeoutMs: number;
  /** Time a client has to send the request headers. */
  readonly headersTimeoutMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration: ${lines.join('; ')}`);
  }
  const e = parsed.data;
  const port = overrides.port ?? e.PORT;
  const config: Config = {
    port,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir: e.DATA_DIR,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    defaultTenant: e.DEFAULT_TENANT,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    appSecret: e.APP_SECRET || undefined,
    worker: e.WORKER,
    trustProxy: e.TRUST_PROXY,
    dbPoolSize: e.DB_POOL_SIZE,
    storageUrl: e.STORAGE_URL || pathToFileURL(path.resolve(e.DATA_DIR, 'objects')).href,
    metricsToken: e.METRICS_TOKEN || undefined,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    headersTimeoutMs: Math.min(e.HEADERS_TIMEOUT_MS, e.REQUEST_TIMEOUT_MS),
    ...overrides,
  };
  return Object.freeze(config);
}

/** Language of CLI messages, from the usual LANG variable (e.g. `tr_TR.UTF-8` → `tr`). */
export function cliLocale(env: NodeJS.ProcessEnv = process.env): string {
  return (env.LANG ?? 'en').slice(0, 2).toLowerCase();
}
