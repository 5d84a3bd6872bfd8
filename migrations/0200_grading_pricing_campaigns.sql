-- Grading forms, base prices (valuations), price quotes and campaigns.
-- Grading forms with tenant_id NULL are shared reference forms every tenant gets; a tenant's own
-- form for the same scope takes precedence. A form's scope is an item group key ('*' = any group)
-- and optionally one model family (item_id).

CREATE TABLE grading_forms (
  id serial PRIMARY KEY,
  tenant_id integer REFERENCES tenants(id),
  key text NOT NULL,
  item_group_key text NOT NULL,
  item_id integer,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX grading_forms_key ON grading_forms ((COALESCE(tenant_id, 0)), key);
CREATE UNIQUE INDEX grading_forms_scope ON grading_forms ((COALESCE(tenant_id, 0)), item_group_key, (COALESCE(item_id, 0)));

-- Versions: 'draft' (editable), 'active' (one per form, served), 'retired'. A version a quote has
-- used is never edited again (checked against price_quotes.grading_form_version_id).
CREATE TABLE grading_form_versions (
  id serial PRIMARY KEY,
  form_id integer NOT NULL REFERENCES grading_forms(id),
  tenant_id integer REFERENCES tenants(id),
  version integer NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'retired')),
  definition jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  UNIQUE (form_id, version)
);
CREATE UNIQUE INDEX grading_form_versions_one_active ON grading_form_versions (form_id) WHERE status = 'active';

-- Base price of a working device per variant (seed 001 "valuations"), tenant base currency.
CREATE TABLE base_prices (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  variant_id integer NOT NULL,
  amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
  currency text NOT NULL,
  source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import', 'demo')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, variant_id)
);

CREATE TABLE price_quotes (
  id uuid PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  variant_id integer NOT NULL,
  item_identifier text,
  grade_key text NOT NULL,
  grade_name text NOT NULL,
  offered_price_minor bigint NOT NULL,
  offered_price_incl_vat_minor bigint NOT NULL,
  vat_coefficient numeric(8, 4),
  currency text NOT NULL,
  exchange_rate numeric(18, 8) NOT NULL,
  base_currency text NOT NULL,
  base_price_minor bigint NOT NULL,
  campaign_id integer,
  device_bonus_incl_vat_minor bigint NOT NULL DEFAULT 0,
  deal_bonus_incl_vat_minor bigint NOT NULL DEFAULT 0,
  system_extras integer[] NOT NULL DEFAULT '{}',
  extras integer[] NOT NULL DEFAULT '{}',
  answers jsonb NOT NULL,
  breakdown jsonb NOT NULL,
  trade_in_channel integer NOT NULL DEFAULT 0,
  trade_in_type integer NOT NULL DEFAULT 0,
  location_id integer,
  agent_user_id integer,
  grading_form_version_id integer NOT NULL REFERENCES grading_form_versions(id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  used_by_device_id integer
);
CREATE INDEX price_quotes_tenant ON price_quotes (tenant_id, created_at);
CREATE INDEX price_quotes_form_version ON price_quotes (grading_form_version_id);

CREATE TABLE campaigns (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  active_from timestamptz NOT NULL,
  active_to timestamptz NOT NULL,
  override_vendor_tc boolean NOT NULL DEFAULT false,
  terms_and_conditions text NOT NULL DEFAULT '',
  promo_code text NOT NULL DEFAULT '',
  has_fmip_deduction boolean NOT NULL DEFAULT true,
  max_devices_per_trade_in integer,
  strategy text NOT NULL DEFAULT 'Sum' CHECK (strategy IN ('Sum', 'Max')),
  currency text NOT NULL,
  offers jsonb NOT NULL DEFAULT '[]'::jsonb,
  data_field_ids integer[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CHECK (active_to >= active_from)
);
CREATE INDEX campaigns_tenant ON campaigns (tenant_id);
