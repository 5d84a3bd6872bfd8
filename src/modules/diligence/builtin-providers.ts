import { isValidImei, tacOf, type CatalogModule } from '../catalog/index.js';
import type { Ctx } from '../../platform/context.js';
import { blocklistRepository } from './diligence.repository.js';
import type { CheckSubject, DiligenceProvider, ProviderOutcome } from './provider.js';

/** (a) The tenant's blocklist of lost/stolen identifiers: listed → Failed. */
export const blocklistProvider: DiligenceProvider = {
  name: 'TenantBlocklistProvider',
  kinds: ['fraud'],
  async check(ctx: Ctx, subject: CheckSubject): Promise<ProviderOutcome[]> {
    const entry = await blocklistRepository.find(ctx, subject.itemIdentifier);
    if (!entry) return [{ kind: 'fraud', result: 'Passed' }];
    return [{ kind: 'fraud', result: 'Failed', certId: `BL-${entry.id}`, detail: `${entry.source}: ${entry.reason}` }];
  },
};

/**
 * (b) Identifier consistency: an IMEI must pass the Luhn check, and its TAC must not belong
 * only to other models than the one chosen → Caution. An unknown TAC says nothing (Passed).
 * Devices identified by serial are checked only when the identifier has an IMEI's shape.
 */
export function consistencyProvider(catalog: CatalogModule): DiligenceProvider {
  return {
    name: 'IdentifierConsistencyProvider',
    kinds: ['fraud'],
    async check(ctx: Ctx, subject: CheckSubject): Promise<ProviderOutcome[]> {
      const id = subject.itemIdentifier;
      const imeiLike = /^\d{14,16}$/.test(id);
      if (!imeiLike) {
        if (subject.variant.identifierKind === 'imei') return [{ kind: 'fraud', result: 'Caution', detail: 'identifier is not an IMEI' }];
        return [{ kind: 'fraud', result: 'Passed' }];
      }
      if (id.length === 15 && !isValidImei(id)) return [{ kind: 'fraud', result: 'Caution', detail: 'IMEI check digit (Luhn) is wrong' }];
      const tac = tacOf(id);
      if (tac) {
        const variants = await catalog.variantsForTac(ctx, tac);
        if (variants.length > 0 && !variants.some((v) => v.itemId === subject.variant.itemId)) {
          const names = [...new Set(variants.map((v) => v.itemName))].slice(0, 3).join(', ');
          return [{ kind: 'fraud', result: 'Caution', detail: `TAC ${tac} belongs to ${names}` }];
        }
      }
      return [{ kind: 'fraud', result: 'Passed' }];
    },
  };
}

/** Find-My applies to Apple devices only. */
export const fmipNotApplicableProvider: DiligenceProvider = {
  name: 'ManufacturerFmipRule',
  kinds: ['fmip'],
  async check(_ctx: Ctx, subject: CheckSubject): Promise<ProviderOutcome[]> {
    return subject.variant.manufacturerKey === 'apple' ? [] : [{ kind: 'fmip', result: 'NotApplicable' }];
  },
};

/**
 * Apple devices without a configured FMIP provider: the customer's or agent's attestation
 * (`FmipAttestation`, an extension of seed 003), else `NotChecked` — registration then takes the
 * client's declaration from the price quote's SystemExtras (seed §4) unless the tenant requires a
 * checked result.
 */
export const fmipAttestationProvider: DiligenceProvider = {
  name: 'FmipAttestation',
  kinds: ['fmip'],
  async check(ctx: Ctx, subject: CheckSubject): Promise<ProviderOutcome[]> {
    if (subject.variant.manufacturerKey !== 'apple') return [];
    if (!subject.fmipAttestation) {
      return [
        { kind: 'fmip', result: 'NotChecked', detail: 'no Find-My provider configured: the client declares the status with SystemExtras in the price quote' },
      ];
    }
    const who = ctx.actor.kind === 'apikey' || ctx.actor.role === 'agent' ? 'agent' : 'customer';
    return [{ kind: 'fmip', result: subject.fmipAttestation, detail: `attested by ${who}${ctx.actor.userId ? ` #${ctx.actor.userId}` : ''}` }];
  },
};
