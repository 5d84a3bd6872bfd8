import type { Renderer } from '../../../platform/render/index.js';
import type { CatalogModule } from '../../catalog/index.js';
import type { OrgModule } from '../../org/index.js';
import type { TradeinsPorts } from '../ports.js';

export interface TradeinsServiceDeps {
  org: Pick<OrgModule, 'users' | 'locations'>;
  catalog: Pick<CatalogModule, 'getVariants'>;
  secret: string;
  publicUrl: string;
  /** Runs the PDF rendering in a worker thread (src/platform/render). */
  renderer: Renderer;
}

/** What the use cases receive besides `(ctx, input)`: the module's deps and the wired ports. */
export interface TradeinsEnv {
  deps: TradeinsServiceDeps;
  /** A wired port; I090001 (503) when it is missing, never a silent default. */
  port<K extends keyof TradeinsPorts>(name: K): TradeinsPorts[K];
  /** A port that may be absent (optional features such as name fields and campaign terms). */
  optionalPort<K extends keyof TradeinsPorts>(name: K): TradeinsPorts[K] | undefined;
}
