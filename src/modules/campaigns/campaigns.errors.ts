import { defineErrors } from '../../platform/errors/index.js';

/** Errors of campaigns (seed 003 §12 "GetCampaignDetailsApi"). */
export const CampaignErrors = defineErrors({
  /** The campaign does not exist in this tenant (or was deleted). */
  N180001: {
    kind: 'not_found',
    en: 'Campaign not found',
  },
  /** A campaign names a data field that is not one of this tenant's. */
  B180002: {
    kind: 'validation',
    en: "DataField with '{id}' id does not exist.",
  },
});
