import type { DataFieldsEnv } from './env.js';
import type { Ctx } from '../../../platform/context.js';
import { dataFieldRepository as repo } from '../datafields.repository.js';
import type { CreateDataFieldInput } from '../datafields.schemas.js';
import { createField } from './manage-fields.js';

/** The seed's §7 demo fields, created when missing (by name); idempotent. */
export async function seedDemo(env: DataFieldsEnv, ctx: Ctx): Promise<void> {
  for (const def of DEMO_FIELDS) {
    if (!(await repo.byName(ctx, def.name))) await createField(env, ctx, def);
  }
}

/** Seed 003 §7's example fields. */
export const DEMO_FIELDS: CreateDataFieldInput[] = [
  {
    name: 'ClientPhone',
    labels: { en: 'Customer phone', tr: 'Müşteri telefonu', sv: 'Kundens telefon', de: 'Telefon des Kunden' },
    sortOrder: 4,
  },
  {
    name: 'ClientEmail',
    labels: { en: 'Customer email', tr: 'Müşteri e-postası', sv: 'Kundens e-post', de: 'E-Mail des Kunden' },
    templateType: 'Email',
    isRequired: true,
    sortOrder: 3,
  },
  {
    name: 'Organization name',
    labels: { en: 'Organization name', tr: 'Kuruluş adı', sv: 'Organisationens namn', de: 'Name der Organisation' },
    isRequired: true,
    scope: ['Corporate'],
    sortOrder: 0,
  },
  { name: 'First name', labels: { en: 'First name', tr: 'Ad', sv: 'Förnamn', de: 'Vorname' }, isRequired: true, sortOrder: 1 },
  { name: 'Last name', labels: { en: 'Last name', tr: 'Soyad', sv: 'Efternamn', de: 'Nachname' }, isRequired: true, sortOrder: 2 },
];
