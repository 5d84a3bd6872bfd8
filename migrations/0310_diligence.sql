-- Due diligence (seed 003 §4): the tenant's blocklist of lost/stolen identifiers and the
-- stored, immutable reports of checks with one row per provider result.

CREATE TABLE diligence_blocklist (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  identifier text NOT NULL,
  reason text NOT NULL,
  source text NOT NULL DEFAULT 'manual',
  created_at timestamptz NOT NULL,
  created_by_user_id integer REFERENCES users(id)
);
CREATE UNIQUE INDEX diligence_blocklist_identifier ON diligence_blocklist (tenant_id, identifier);

CREATE TABLE diligence_reports (
  id uuid PRIMARY KEY,
  -- Insertion order: orders reports made within the same instant (latest report wins).
  seq bigserial NOT NULL,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  variant_id integer NOT NULL,
  item_identifier text NOT NULL,
  fmip_attestation text CHECK (fmip_attestation IN ('Activated', 'NotActivated')),
  fraud_summary text NOT NULL CHECK (fraud_summary IN ('Passed', 'Failed', 'Caution', 'Error')),
  fmip_summary text NOT NULL CHECK (fmip_summary IN ('Activated', 'NotActivated', 'NotApplicable', 'Lost', 'Error')),
  created_by_user_id integer,
  created_at timestamptz NOT NULL
);
CREATE INDEX diligence_reports_lookup ON diligence_reports (tenant_id, item_identifier, variant_id, created_at DESC, seq DESC);

CREATE TABLE diligence_results (
  id serial PRIMARY KEY,
  report_id uuid NOT NULL REFERENCES diligence_reports(id),
  tenant_id integer NOT NULL REFERENCES tenants(id),
  kind text NOT NULL CHECK (kind IN ('fraud', 'fmip')),
  position integer NOT NULL,
  provider text NOT NULL,
  cert_id text NOT NULL,
  result text NOT NULL,
  result_id integer NOT NULL,
  detail text,
  checked_at timestamptz NOT NULL
);
CREATE INDEX diligence_results_report ON diligence_results (report_id);

-- Reports are evidence: once written they never change.
CREATE FUNCTION diligence_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'due diligence reports are immutable';
END;
$$;
CREATE TRIGGER diligence_reports_immutable BEFORE UPDATE OR DELETE ON diligence_reports
  FOR EACH ROW EXECUTE FUNCTION diligence_immutable();
CREATE TRIGGER diligence_results_immutable BEFORE UPDATE OR DELETE ON diligence_results
  FOR EACH ROW EXECUTE FUNCTION diligence_immutable();
