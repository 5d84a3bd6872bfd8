import type { Http } from '../lib/http.js';

/** One HTTP request of the timed window. */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * What a scenario sends. `cycle`: a fixed mix, sent round-robin across all connections for the
 * whole window. `queue`: requests that may be sent once each (a registration consumes its
 * quote, an approval decides its item); the runner asks for as many as the measured rate needs.
 */
export type Workload =
  | { kind: 'cycle'; requests: LoadRequest[] }
  | { kind: 'queue'; prepare(count: number): Promise<LoadRequest[]> }
  | { kind: 'custom'; run(window: CustomWindow): Promise<CustomFigures> };

/**
 * What a `custom` scenario (one that is not a request rate, e.g. webhook delivery) is given:
 * the window's length and concurrency. It measures itself and reports in the table's terms.
 */
export interface CustomWindow {
  durationSec: number;
  connections: number;
  quick: boolean;
}

export interface CustomFigures {
  /** The scenario's rate (events/s for webhooks), shown in the req/s column. */
  perSec: number;
  total: number;
  durationSec: number;
  /** Latency (for webhooks: lag from the triggering request to the receiver) in ms. */
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  notes: string[];
}

export interface BenchContext {
  baseUrl: string;
  tenant: string;
  apiKey: string;
  admin: { email: string; password: string };
  connections: number;
  /** Retail client (x-apikey). */
  retail: Http;
  /** Anonymous client for session surfaces (fork it per user). */
  anon: Http;
  /** `METHOD /openapi/path` of every documented route. */
  routes: Set<string>;
  log(message: string): void;
  /** Facts worth printing with the result (e.g. how many candidates were refused). */
  note(message: string): void;
}

export interface Scenario {
  name: string;
  /** One line for the table and README. */
  title: string;
  /** Routes (as in /openapi.json) the scenario needs; missing → "not available". */
  needs: string[];
  setup(ctx: BenchContext): Promise<Workload>;
}

export const RETAIL_HEADERS = (apiKey: string, extra: Record<string, string> = {}) => ({ 'x-apikey': apiKey, ...extra });
