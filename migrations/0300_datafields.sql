-- Custom data fields (seed 003 §7): tenant-defined fields sent with a trade-in registration,
-- their per-value uses (uniqueness and use limits) and pre-validations done through the
-- validate endpoint (fields that must be validated before registration).

CREATE TABLE data_fields (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  name text NOT NULL,
  -- Localized labels by locale ({"en": "Customer phone", "sv": "Kundens telefon"}).
  labels jsonb NOT NULL DEFAULT '{}'::jsonb,
  template_type text NOT NULL CHECK (template_type IN ('Text', 'Number', 'Email', 'Phone', 'Date', 'List', 'Checkbox')),
  data_type text NOT NULL DEFAULT 'Literal',
  is_required boolean NOT NULL DEFAULT false,
  is_visible boolean NOT NULL DEFAULT true,
  is_active boolean NOT NULL DEFAULT true,
  is_campaign_field boolean NOT NULL DEFAULT false,
  scope_corporate boolean NOT NULL DEFAULT true,
  scope_private boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 0,
  regex text,
  -- [{"value": "A", "labels": {"en": "Option A"}}]
  list_options jsonb NOT NULL DEFAULT '[]'::jsonb,
  is_unique boolean NOT NULL DEFAULT false,
  max_uses_per_value integer CHECK (max_uses_per_value IS NULL OR max_uses_per_value > 0),
  requires_validation boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX data_fields_name ON data_fields (tenant_id, lower(name));

-- One row per (trade-in, field) value that counts towards uniqueness / use limits.
CREATE TABLE data_field_uses (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  data_field_id integer NOT NULL REFERENCES data_fields(id),
  value_key text NOT NULL,
  trade_in_id integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX data_field_uses_once ON data_field_uses (tenant_id, data_field_id, trade_in_id);
CREATE INDEX data_field_uses_value ON data_field_uses (tenant_id, data_field_id, value_key);

-- Successful validations of fields with requires_validation (B090047/B090049 otherwise).
CREATE TABLE data_field_validations (
  tenant_id integer NOT NULL REFERENCES tenants(id),
  data_field_id integer NOT NULL REFERENCES data_fields(id),
  value_key text NOT NULL,
  validated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, data_field_id, value_key)
);
