import crypto from 'node:crypto';
import type { Ctx } from '../../platform/context.js';
import type { ObjectStorage } from '../../platform/storage/index.js';
import { processPhoto, PHOTO_LIMITS } from './image-processing.js';
import { MediaErrors as E } from './media.errors.js';
import { mediaRepository as repo, type Photo } from './media.repository.js';

export interface UploadPhotoInput {
  bytes: Buffer;
  /** The side of the device it shows (front, back, screen_on, defect …). */
  angle?: string | null;
  /** Attach at once to an owner (e.g. `{ kind: 'inspection', ref: '42' }`), or later with `attach`. */
  owner?: { kind: string; ref: string } | null;
}

/**
 * Photos as evidence: validated, re-encoded without metadata, thumbnailed, stored through the
 * storage port. Who may see a photo is the owning module's rule (a customer their own
 * submission's, staff their tenant's); this module only keeps them tenant-scoped.
 */
export class MediaService {
  constructor(private readonly storage: ObjectStorage) {}

  readonly limits = PHOTO_LIMITS;

  async upload(ctx: Ctx, input: UploadPhotoInput): Promise<Photo> {
    const processed = await processPhoto(input.bytes);
    const id = crypto.randomUUID();
    const storageKey = `${ctx.tenant.id}/photos/${id}.jpg`;
    const thumbKey = `${ctx.tenant.id}/photos/${id}.thumb.jpg`;
    // Bytes first, record second: a crash in between leaves an orphan file, never a record without bytes.
    await this.storage.put(storageKey, processed.image, processed.contentType);
    await this.storage.put(thumbKey, processed.thumb, processed.contentType);
    return repo.insert(
      ctx,
      {
        id,
        ownerKind: input.owner?.kind ?? null,
        ownerRef: input.owner?.ref ?? null,
        angle: input.angle ?? null,
        uploadedBy: ctx.actor.userId ?? null,
        contentType: processed.contentType,
        width: processed.width,
        height: processed.height,
        byteSize: processed.image.length,
        sha256: crypto.createHash('sha256').update(processed.image).digest('hex'),
        storageKey,
        thumbKey,
      },
      ctx.clock.now(),
    );
  }

  /** The photo's record; N450001 when it is not the tenant's. */
  async get(ctx: Ctx, id: string): Promise<Photo> {
    const photo = await repo.find(ctx, id);
    if (!photo) throw E.N450001();
    return photo;
  }

  /** The photo's bytes (`thumb` for the small version). */
  async read(ctx: Ctx, id: string, size: 'full' | 'thumb' = 'full'): Promise<{ photo: Photo; bytes: Buffer }> {
    const photo = await this.get(ctx, id);
    const bytes = await this.storage.get(size === 'thumb' ? photo.thumbKey : photo.storageKey);
    if (!bytes) throw E.N450001();
    return { photo, bytes };
  }

  findMany(ctx: Ctx, ids: string[]): Promise<Photo[]> {
    return repo.findMany(ctx, ids);
  }

  listByOwner(ctx: Ctx, ownerKind: string, ownerRef: string): Promise<Photo[]> {
    return repo.listByOwner(ctx, ownerKind, ownerRef);
  }

  /** Attaches uploaded photos to their owner; returns the ids that were attached (others belong elsewhere or do not exist). */
  attach(ctx: Ctx, ids: string[], ownerKind: string, ownerRef: string): Promise<string[]> {
    return repo.attach(ctx, ids, ownerKind, ownerRef);
  }

  /** Detaches photos from their owner; returns the ids detached. */
  detach(ctx: Ctx, ids: string[], ownerKind: string, ownerRef: string): Promise<string[]> {
    return repo.detach(ctx, ids, ownerKind, ownerRef);
  }
}
