import type { Ctx } from '../../../platform/context.js';
import type { Inspection } from './records.js';
import { mapInspection } from './rows.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/** `facility_inspections`: one row per inspection of a device. */
export const inspectionsRepository = {
  async insertInspection(ctx: Db, i: Omit<Inspection, 'id'>): Promise<Inspection> {
    const rows = await ctx.db.query(
      `INSERT INTO facility_inspections (tenant_id, device_id, technician_user_id, location_id, grading_form_version_id, grading_form, functional_tests,
         cosmetic_grade, functional_grade, fmip_declared, fmip_found, photos, erasure, erasure_certificate_key, identifier_confirmed, notes, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING *`,
      [
        ctx.tenant.id,
        i.deviceId,
        i.technicianUserId,
        i.locationId,
        i.gradingFormVersionId,
        JSON.stringify(i.gradingForm),
        JSON.stringify(i.functionalTests),
        i.cosmeticGrade,
        i.functionalGrade,
        i.fmipDeclared,
        i.fmipFound,
        JSON.stringify(i.photos),
        i.erasure ? JSON.stringify(i.erasure) : null,
        i.erasureCertificateKey,
        i.identifierConfirmed,
        i.notes,
        i.createdAt,
      ],
    );
    return mapInspection(rows[0]);
  },

  async latestInspection(ctx: Db, deviceId: number): Promise<Inspection | null> {
    const rows = await ctx.db.query(`SELECT * FROM facility_inspections WHERE tenant_id = $1 AND device_id = $2 ORDER BY id DESC LIMIT 1`, [
      ctx.tenant.id,
      deviceId,
    ]);
    return rows[0] ? mapInspection(rows[0]) : null;
  },

  async inspectionById(ctx: Db, id: number): Promise<Inspection | null> {
    const rows = await ctx.db.query(`SELECT * FROM facility_inspections WHERE tenant_id = $1 AND id = $2`, [ctx.tenant.id, id]);
    return rows[0] ? mapInspection(rows[0]) : null;
  },
};
