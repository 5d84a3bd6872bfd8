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
export type Workload = { kind: 'cycle'; requests: LoadRequest[] } | { kind: 'queue'; prepare(count: number): Promise<LoadRequest[]> };

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
