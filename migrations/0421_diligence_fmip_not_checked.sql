-- Issue 10 (seed 003 §4): an Apple device checked by no Find-My-capable provider and without
-- FmipAttestation gets the FMIP result 'NotChecked' (ResultId 6) instead of 'Error': the client's
-- declaration in the last price quote (SystemExtras) then decides at registration and is recorded
-- on the device. The table belongs to the diligence module; this file is numbered in the range
-- the change was given (0420-0429).
ALTER TABLE diligence_reports DROP CONSTRAINT diligence_reports_fmip_summary_check;
ALTER TABLE diligence_reports ADD CONSTRAINT diligence_reports_fmip_summary_check
  CHECK (fmip_summary IN ('Activated', 'NotActivated', 'NotApplicable', 'Lost', 'Error', 'NotChecked'));
