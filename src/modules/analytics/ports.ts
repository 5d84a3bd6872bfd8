import type { Ctx } from '../../platform/context.js';
import type { DiscrepancyRow } from '../facility/index.js';

export type DiscrepancyDimension = 'store' | 'agent' | 'model';
export type DiscrepancySourceRow = DiscrepancyRow;

/**
 * What the reporting read model needs from elsewhere: the facility's discrepancy analytics
 * (adjustment rate, questions that change most), reused as it is rather than computed twice.
 */
export interface AnalyticsDeps {
  discrepancies(ctx: Ctx, input: { by: DiscrepancyDimension; from: Date; to: Date }): Promise<DiscrepancySourceRow[]>;
}
