import type { Ctx } from '../../../platform/context.js';
import { signaturesRepository as signatures } from '../repositories/signatures.repository.js';
import { TradeinsErrors as E } from '../tradeins.errors.js';
import type { TradeInKind } from '../tradeins.types.js';
import { assertTempOpen, findVisible } from './access.js';
import { checkSignatureImage } from './signature-image.js';

/** Checks and stores a PNG signature of the client or the agent; it appears on the PDF. */
export async function saveSignature(
  ctx: Ctx,
  tradeInId: number,
  role: 'client' | 'agent',
  file: { bytes: Buffer; mimetype: string | null },
  kind: TradeInKind = 'final',
): Promise<{ width: number; height: number }> {
  const t = await findVisible(ctx, tradeInId, kind);
  if (kind === 'temporary') assertTempOpen(t, ctx.clock.now());
  else if (t.status === 'Cancelled') throw E.B090001();
  const { png, width, height } = await checkSignatureImage(file);
  await signatures.saveSignature(ctx, tradeInId, role, png, width, height, ctx.actor.userId ?? null, ctx.clock.now());
  return { width, height };
}
