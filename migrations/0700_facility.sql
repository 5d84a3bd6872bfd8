-- The facility (issue 13): receiving, discrepancies, inspections with evidence and erasure,
-- final valuations with their difference report, customer decisions, payouts and returns.

-- Every scan at a facility: who, where, when, and what it matched.
CREATE TABLE facility_receipts (
  id bigserial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  device_id integer,
  scanned_code text NOT NULL,
  -- received | already | unexpected | mismatch | fraud
  outcome text NOT NULL,
  location_id integer REFERENCES locations(id),
  received_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL
);
CREATE INDEX facility_receipts_device ON facility_receipts (tenant_id, device_id);

-- What did not match: missing, unexpected (quarantined), identifier mismatch, damaged package, fraud hit.
CREATE TABLE facility_discrepancies (
  id bigserial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  kind text NOT NULL CHECK (kind IN ('missing', 'unexpected', 'identifier_mismatch', 'damaged_package', 'fraud_hit')),
  device_id integer,
  identifier text,
  package_code text,
  location_id integer REFERENCES locations(id),
  -- open | quarantined | resolved
  status text NOT NULL DEFAULT 'open',
  photo_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
  note text,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL
);
CREATE INDEX facility_discrepancies_kind ON facility_discrepancies (tenant_id, kind, id);
-- One missing record per device (the sweep may run many times).
CREATE UNIQUE INDEX facility_discrepancies_missing ON facility_discrepancies (tenant_id, device_id) WHERE kind = 'missing';

-- A technician's inspection of a device (the latest one counts).
CREATE TABLE facility_inspections (
  id bigserial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  device_id integer NOT NULL,
  technician_user_id integer REFERENCES users(id),
  location_id integer REFERENCES locations(id),
  grading_form_version_id integer NOT NULL,
  -- The seed's GradingForm shape: {Answers, Extras, SystemExtras}.
  grading_form jsonb NOT NULL,
  functional_tests jsonb NOT NULL DEFAULT '[]'::jsonb,
  cosmetic_grade text NOT NULL,
  functional_grade text NOT NULL,
  fmip_declared text NOT NULL,
  fmip_found text NOT NULL,
  -- [{photoId, questionId, angle}]
  photos jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- NIST SP 800-88 record: {method, tool, operator, verification, performedAt}
  erasure jsonb,
  erasure_certificate_key text,
  identifier_confirmed text,
  notes text,
  created_at timestamptz NOT NULL
);
CREATE INDEX facility_inspections_device ON facility_inspections (tenant_id, device_id, id);

-- Every final valuation (computed or overridden), with its difference report: the audit trail.
CREATE TABLE facility_valuations (
  id bigserial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  device_id integer NOT NULL,
  inspection_id bigint REFERENCES facility_inspections(id),
  valuation_count integer NOT NULL,
  quote_id uuid NOT NULL,
  registered_minor bigint NOT NULL,
  computed_minor bigint,
  final_minor bigint NOT NULL,
  currency text NOT NULL,
  grade_key text,
  grade_name text NOT NULL,
  report jsonb NOT NULL,
  is_override boolean NOT NULL DEFAULT false,
  override_reason text,
  actor_user_id integer REFERENCES users(id),
  actor_role text,
  store_id integer,
  agent_user_id integer,
  variant_id integer NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX facility_valuations_device ON facility_valuations (tenant_id, device_id, id);
CREATE INDEX facility_valuations_time ON facility_valuations (tenant_id, created_at);

-- Per device: whom to tell, and how the customer decided.
CREATE TABLE facility_device_contacts (
  tenant_id integer NOT NULL REFERENCES tenants(id),
  device_id integer NOT NULL,
  email text,
  locale text,
  PRIMARY KEY (tenant_id, device_id)
);

CREATE TABLE facility_decisions (
  id bigserial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  device_id integer NOT NULL,
  valuation_count integer NOT NULL,
  decision text NOT NULL CHECK (decision IN ('approved', 'rejected')),
  -- status_page | retail | order | fallback
  channel text NOT NULL,
  actor_user_id integer,
  created_at timestamptz NOT NULL,
  UNIQUE (tenant_id, device_id, valuation_count)
);

-- Payouts: one per device (idempotent), and the store-credit ledger and gift cards behind them.
CREATE TABLE facility_payouts (
  id bigserial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  device_id integer NOT NULL,
  method text NOT NULL CHECK (method IN ('store_credit', 'gift_card', 'bank_transfer', 'order_discount')),
  amount_minor bigint NOT NULL,
  currency text NOT NULL,
  customer_ref text,
  gift_card_code text,
  bank_account text,
  status text NOT NULL,
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL,
  UNIQUE (tenant_id, device_id)
);

CREATE TABLE store_credit_ledger (
  id bigserial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  customer_ref text NOT NULL,
  amount_minor bigint NOT NULL,
  currency text NOT NULL,
  device_id integer,
  note text,
  created_at timestamptz NOT NULL
);
CREATE INDEX store_credit_ledger_customer ON store_credit_ledger (tenant_id, customer_ref);

CREATE TABLE gift_cards (
  id bigserial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  code text NOT NULL,
  initial_minor bigint NOT NULL,
  balance_minor bigint NOT NULL CHECK (balance_minor >= 0),
  currency text NOT NULL,
  device_id integer,
  created_at timestamptz NOT NULL,
  UNIQUE (tenant_id, code)
);

-- Devices sent back after a rejected valuation (with a label when logistics made one).
CREATE TABLE facility_returns (
  id bigserial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  device_id integer NOT NULL,
  shipment_id integer,
  label_url text,
  to_address jsonb NOT NULL DEFAULT '{}'::jsonb,
  manual boolean NOT NULL,
  created_at timestamptz NOT NULL,
  UNIQUE (tenant_id, device_id)
);

-- TAC → model learned from confirmed inspections (and admin imports); conflicts flagged.
CREATE TABLE facility_tac_map (
  tenant_id integer NOT NULL REFERENCES tenants(id),
  tac text NOT NULL,
  variant_id integer NOT NULL,
  confirmations integer NOT NULL DEFAULT 1,
  -- inspection | import
  source text NOT NULL,
  conflict_variant_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, tac)
);
