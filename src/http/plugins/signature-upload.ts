import type { FastifyRequest } from 'fastify';
import { SIGNATURE_LIMITS, TradeinsErrors } from '../../modules/tradeins/index.js';

/** Reads the one signature image of a multipart upload (retail and web routes), within the size limit. */
export async function readSignatureUpload(request: FastifyRequest): Promise<{ bytes: Buffer; mimetype: string }> {
  if (!request.isMultipart()) throw TradeinsErrors.B090090();
  const file = await request.file({ limits: { fileSize: SIGNATURE_LIMITS.maxBytes + 1, files: 1 } });
  if (!file) throw TradeinsErrors.B090090();
  const bytes = await file.toBuffer().catch(() => {
    throw TradeinsErrors.B090091({ max: SIGNATURE_LIMITS.maxBytes });
  });
  if (file.file.truncated) throw TradeinsErrors.B090091({ max: SIGNATURE_LIMITS.maxBytes });
  return { bytes, mimetype: file.mimetype };
}
