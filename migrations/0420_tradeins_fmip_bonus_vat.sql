-- Issue 10 (seed 003 §4, §5, campaigns): what registration records beside the quote.
-- Find My per device: the status and where it came from ('check' = a provider checked it,
-- 'attestation' = FmipAttestation at the due-diligence check, 'client' = the client's declaration
-- in the last price quote's SystemExtras, to be verified on receipt). NULL for devices registered
-- before this migration.
ALTER TABLE trade_in_devices
  ADD COLUMN fmip_status text CHECK (fmip_status IN ('Activated', 'NotActivated', 'NotApplicable')),
  ADD COLUMN fmip_source text CHECK (fmip_source IN ('check', 'attestation', 'client')),
  ADD COLUMN device_bonus_incl_vat_minor bigint NOT NULL DEFAULT 0,
  ADD COLUMN deal_bonus_incl_vat_minor bigint NOT NULL DEFAULT 0;

-- VAT treatment decided by IsCorporate and the tenant's VAT mode ('none', 'standard', 'marginal').
ALTER TABLE trade_ins ADD COLUMN vat_scheme text NOT NULL DEFAULT 'none' CHECK (vat_scheme IN ('none', 'standard', 'marginal'));
