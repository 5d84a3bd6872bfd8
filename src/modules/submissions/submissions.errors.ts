import { defineErrors } from '../../platform/errors/index.js';

/** Errors of the Upgrade portal submissions (module range B410xxx/N410xxx). */
export const SubmissionsErrors = defineErrors({
  /** No submission with this id in the tenant, or it is another customer's. */
  N410001: { kind: 'not_found', en: 'Submission not found.', tr: 'Başvuru bulunamadı.', sv: 'Inlämningen hittades inte.', de: 'Einreichung nicht gefunden.' },
  /** No offer with this id in the tenant, or it is another customer's. */
  N410002: { kind: 'not_found', en: 'Offer not found.', tr: 'Teklif bulunamadı.', sv: 'Erbjudandet hittades inte.', de: 'Angebot nicht gefunden.' },
  /** `product_id` names no catalog variant or tenant product. */
  N410003: {
    kind: 'not_found',
    en: 'Product {id} not found.',
    tr: '{id} ürünü bulunamadı.',
    sv: 'Produkten {id} hittades inte.',
    de: 'Produkt {id} nicht gefunden.',
  },
  /** No shipping kit or return label exists for the submission yet. */
  N410004: {
    kind: 'not_found',
    en: 'No shipping label exists for this submission yet.',
    tr: 'Bu başvuru için henüz bir gönderim etiketi yok.',
    sv: 'Det finns ingen fraktetikett för inlämningen ännu.',
    de: 'Für diese Einreichung gibt es noch kein Versandetikett.',
  },
  /** The step is not allowed in the submission's current status (or another request moved it first). */
  B410001: {
    kind: 'conflict',
    en: 'The submission is {status}; it cannot be {action} now.',
    tr: 'Başvuru şu anda {status} durumunda; şimdi {action} yapılamaz.',
    sv: 'Inlämningen har status {status}; den kan inte {action} nu.',
    de: 'Die Einreichung ist im Status {status}; {action} ist jetzt nicht möglich.',
  },
  /** Submitting without a photo of every angle the tenant requires for the item group. */
  B410002: {
    kind: 'validation',
    en: 'Photos are missing for these angles: {angles}.',
    tr: 'Şu açılar için fotoğraf eksik: {angles}.',
    sv: 'Foton saknas för dessa vinklar: {angles}.',
    de: 'Für diese Ansichten fehlen Fotos: {angles}.',
  },
  /** Accepting an offer after its `expires_at`. */
  B410003: {
    kind: 'conflict',
    en: 'The offer expired at {expiresAt}; ask for a new offer.',
    tr: 'Teklifin süresi {expiresAt} tarihinde doldu; yeni bir teklif isteyin.',
    sv: 'Erbjudandet gick ut {expiresAt}; be om ett nytt erbjudande.',
    de: 'Das Angebot ist am {expiresAt} abgelaufen; fordern Sie ein neues an.',
  },
  /** Answering an offer that is no longer open (already accepted, declined or replaced). */
  B410004: {
    kind: 'conflict',
    en: 'The offer is {status} and can no longer be answered.',
    tr: 'Teklif {status} durumunda ve artık yanıtlanamaz.',
    sv: 'Erbjudandet har status {status} och kan inte längre besvaras.',
    de: 'Das Angebot ist {status} und kann nicht mehr beantwortet werden.',
  },
  /** Submitting without a serial number (the device is identified by it at the facility). */
  B410005: {
    kind: 'validation',
    en: 'A serial number is required to submit.',
    tr: 'Göndermek için seri numarası gereklidir.',
    sv: 'Ett serienummer krävs för att skicka in.',
    de: 'Zum Einreichen ist eine Seriennummer erforderlich.',
  },
  /** An offer whose `expires_at` is not in the future. */
  B410006: {
    kind: 'validation',
    en: 'expires_at must be in the future.',
    tr: 'expires_at gelecekte olmalıdır.',
    sv: 'expires_at måste ligga i framtiden.',
    de: 'expires_at muss in der Zukunft liegen.',
  },
  /** An update without any field. */
  B410007: {
    kind: 'validation',
    en: 'Nothing to update.',
    tr: 'Güncellenecek bir şey yok.',
    sv: 'Inget att uppdatera.',
    de: 'Nichts zu aktualisieren.',
  },
  /** More photos than the tenant allows on one submission. */
  B410008: {
    kind: 'validation',
    en: 'At most {max} photos per submission.',
    tr: 'Başvuru başına en fazla {max} fotoğraf.',
    sv: 'Högst {max} foton per inlämning.',
    de: 'Höchstens {max} Fotos pro Einreichung.',
  },
  /** An offer without `amount` for a product that has no valuation to suggest one from. */
  B410009: {
    kind: 'validation',
    en: 'The product has no valuation; give the offer amount.',
    tr: 'Ürünün değerlemesi yok; teklif tutarını girin.',
    sv: 'Produkten saknar värdering; ange erbjudandets belopp.',
    de: 'Für das Produkt gibt es keine Bewertung; geben Sie den Angebotsbetrag an.',
  },
});
