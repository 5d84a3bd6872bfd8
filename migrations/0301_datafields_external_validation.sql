-- A data field may be validated by an external service (e.g. vouchers, partner codes):
-- {"url": "...", "apiKey": "...", "timeoutMs": 3000}; refusals give B050008/B090028,
-- failures of the service B050010.
ALTER TABLE data_fields ADD COLUMN external_validation jsonb;
