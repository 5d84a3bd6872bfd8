import type { DataFieldsEnv } from './env.js';
import type { Ctx } from '../../../platform/context.js';
import { inScope } from '../value-rules.js';

/** Field names (lower-case letters only) that mean one of the seed's top-level name fields. */
const NAME_MEANINGS: Record<string, 'clientFirstName' | 'clientLastName' | 'organizationName'> = {
  firstname: 'clientFirstName',
  clientfirstname: 'clientFirstName',
  customerfirstname: 'clientFirstName',
  givenname: 'clientFirstName',
  lastname: 'clientLastName',
  clientlastname: 'clientLastName',
  customerlastname: 'clientLastName',
  surname: 'clientLastName',
  familyname: 'clientLastName',
  organizationname: 'organizationName',
  organisationname: 'organizationName',
  clientorganizationname: 'organizationName',
  companyname: 'organizationName',
};

/**
 * The tenant's active, non-campaign fields that apply to the customer type and mean the
 * client's first name, last name or organization name (by field name: "First name",
 * "ClientFirstName", "Last name", "Surname", "Organization name", "Company name", …). Trade-in
 * registration fills them from the top-level `ClientFirstName`/`ClientLastName`/
 * `OrganizationName` of seed 003 §5 and the other way round.
 */
export async function nameFieldIds(
  env: DataFieldsEnv,
  ctx: Ctx,
  isCorporate: boolean,
): Promise<{ clientFirstName: number | null; clientLastName: number | null; organizationName: number | null }> {
  const out = { clientFirstName: null as number | null, clientLastName: null as number | null, organizationName: null as number | null };
  for (const f of await env.fields.active(ctx)) {
    if (f.isCampaignField || !inScope(f, isCorporate)) continue;
    const meaning = NAME_MEANINGS[f.name.toLowerCase().replace(/[^a-z]/g, '')];
    if (meaning && out[meaning] === null) out[meaning] = f.id;
  }
  return out;
}
