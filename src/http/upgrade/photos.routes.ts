import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { MediaErrors, PHOTO_LIMITS } from '../../modules/media/index.js';
import { requireCtx } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { PhotoJson, TenantParams, IdParams, photoJson } from './submissions.schemas.js';

const Angle = z.string().regex(/^[a-z][a-z0-9_]{0,29}$/);

async function readUpload(request: FastifyRequest): Promise<{ bytes: Buffer; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw MediaErrors.B450001();
  const file = await request.file({ limits: { fileSize: PHOTO_LIMITS.maxBytes, files: 1, fields: 10 } });
  if (!file) throw MediaErrors.B450001();
  const tooLarge = () => MediaErrors.B450002({ maxMb: Math.floor(PHOTO_LIMITS.maxBytes / 1024 / 1024) });
  const bytes = await file.toBuffer().catch(() => {
    throw tooLarge();
  });
  if (file.file.truncated) throw tooLarge();
  const fields: Record<string, string> = {};
  for (const [name, field] of Object.entries(file.fields)) {
    const f = Array.isArray(field) ? field[0] : field;
    if (f && f.type === 'field' && typeof f.value === 'string') fields[name] = f.value;
  }
  return { bytes, fields };
}

/** Seed 001 photos: upload (multipart, with the angle it shows) and read (owner and staff only). */
export async function photoRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { submissions } = deps.modules;

  r.post(
    '/api/:tenant/photos',
    {
      bodyLimit: PHOTO_LIMITS.maxBytes + 1024 * 1024,
      schema: {
        tags: ['upgrade'],
        summary: 'Upload a photo (multipart: `file`, and `angle` before it or as ?angle=; optional submission_id attaches it to a draft)',
        consumes: ['multipart/form-data'],
        params: TenantParams,
        querystring: z.object({ angle: Angle.optional(), submission_id: z.string().max(80).optional() }),
        response: { 201: PhotoJson },
      },
    },
    async (request, reply) => {
      const ctx = requireCtx(request);
      const { bytes, fields } = await readUpload(request);
      const angleRaw = fields.angle ?? request.query.angle ?? null;
      const angle = angleRaw === null ? null : (Angle.safeParse(angleRaw.trim().toLowerCase()).data ?? null);
      if (angleRaw !== null && angle === null) throw MediaErrors.B450004();
      const photo = await submissions.uploadPhoto(ctx, { bytes, angle, submissionId: fields.submission_id ?? request.query.submission_id ?? null });
      return reply.status(201).send(photoJson(ctx.tenant.slug, photo));
    },
  );

  r.get(
    '/api/:tenant/photos/:id',
    {
      schema: {
        tags: ['upgrade'],
        summary: 'Get a photo (JPEG, without EXIF/GPS); ?size=thumb for the thumbnail. Its uploader, the submission owner and staff only',
        params: IdParams,
        querystring: z.object({ size: z.enum(['full', 'thumb']).default('full') }),
        produces: ['image/jpeg'],
        response: { 200: z.any().meta({ type: 'string', format: 'binary', description: 'The photo (JPEG)' }) },
      },
    },
    async (request, reply) => {
      const ctx = requireCtx(request);
      const { bytes, photo } = await submissions.readPhoto(ctx, request.params.id, request.query.size);
      return reply.type(photo.contentType).header('cache-control', 'private, max-age=3600').send(bytes);
    },
  );
}
