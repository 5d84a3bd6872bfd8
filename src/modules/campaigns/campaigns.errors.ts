import { defineErrors } from '../../platform/errors/index.js';

/** Errors of campaigns (seed 003 §12 "GetCampaignDetailsApi"). */
export const CampaignErrors = defineErrors({
  /** The campaign does not exist in this tenant (or was deleted). */
  N180001: {
    kind: 'not_found',
    en: 'Campaign not found',
    tr: 'Kampanya bulunamadı',
    sv: 'Kampanjen hittades inte',
    de: 'Kampagne nicht gefunden',
  },
});
