// Minimal typing of the parts of autocannon 9 the bench uses (the package ships no types).
declare module 'autocannon' {
  export interface ACRequest {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    setupRequest?: (req: ACRequest, context: Record<string, unknown>) => ACRequest | null | undefined;
  }
  export interface ACHistogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
    p99_9?: number;
    sent?: number;
  }
  export interface ACResult {
    duration: number;
    start: Date;
    finish: Date;
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    '2xx': number;
    '4xx': number;
    '5xx': number;
    statusCodeStats: Record<string, { count: number }>;
    latency: ACHistogram;
    requests: ACHistogram;
    throughput: ACHistogram;
  }
  export interface ACOptions {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    pipelining?: number;
    timeout?: number;
    headers?: Record<string, string>;
    method?: string;
    body?: string;
    requests?: ACRequest[];
  }
  export interface ACInstance extends PromiseLike<ACResult> {
    stop(): void;
    on(event: string, fn: (...args: unknown[]) => void): void;
  }
  function autocannon(opts: ACOptions): ACInstance;
  export default autocannon;
}
