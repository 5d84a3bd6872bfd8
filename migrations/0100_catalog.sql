-- Catalog: item groups, manufacturers, items (model families) and variants (the seed's "Model").
-- Rows with tenant_id NULL are shared reference data (the shipped catalog); rows with a tenant_id
-- are that tenant's own products. Each tenant trades every reference entry unless excluded.

CREATE TABLE reference_data_versions (
  name text PRIMARY KEY,
  version text NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE item_groups (
  id serial PRIMARY KEY,
  tenant_id integer REFERENCES tenants(id),
  key text NOT NULL,
  name text NOT NULL,
  names jsonb NOT NULL DEFAULT '{}'::jsonb,
  sort_order integer NOT NULL DEFAULT 100
);
CREATE UNIQUE INDEX item_groups_key ON item_groups ((COALESCE(tenant_id, 0)), key);

CREATE TABLE manufacturers (
  id serial PRIMARY KEY,
  tenant_id integer REFERENCES tenants(id),
  key text NOT NULL,
  name text NOT NULL
);
CREATE UNIQUE INDEX manufacturers_key ON manufacturers ((COALESCE(tenant_id, 0)), key);

CREATE TABLE items (
  id serial PRIMARY KEY,
  tenant_id integer REFERENCES tenants(id),
  key text NOT NULL,
  manufacturer_id integer NOT NULL REFERENCES manufacturers(id),
  item_group_id integer NOT NULL REFERENCES item_groups(id),
  name text NOT NULL,
  release_date text,
  identifier_kind text NOT NULL DEFAULT 'imei' CHECK (identifier_kind IN ('imei', 'serial', 'none')),
  launch_price_usd numeric(12, 2),
  launch_price_eur numeric(12, 2),
  base_storage_gb integer,
  model_numbers text[] NOT NULL DEFAULT '{}',
  codenames text[] NOT NULL DEFAULT '{}',
  aliases text[] NOT NULL DEFAULT '{}',
  picture_url text,
  sources text[] NOT NULL DEFAULT '{}',
  is_active boolean NOT NULL DEFAULT true
);
CREATE UNIQUE INDEX items_key ON items ((COALESCE(tenant_id, 0)), key);
CREATE INDEX items_group ON items (item_group_id);
CREATE INDEX items_manufacturer ON items (manufacturer_id);

CREATE TABLE variants (
  id serial PRIMARY KEY,
  tenant_id integer REFERENCES tenants(id),
  key text NOT NULL,
  item_id integer NOT NULL REFERENCES items(id),
  storage_gb integer,
  product_name text NOT NULL,
  product_name_short text NOT NULL,
  product_codes text[] NOT NULL DEFAULT '{}',
  picture_url text,
  is_active boolean NOT NULL DEFAULT true
);
CREATE UNIQUE INDEX variants_key ON variants ((COALESCE(tenant_id, 0)), key);
CREATE INDEX variants_item ON variants (item_id);

-- IMEI Type Allocation Codes → model families.
CREATE TABLE tac_codes (
  tac char(8) NOT NULL,
  item_id integer NOT NULL REFERENCES items(id),
  PRIMARY KEY (tac, item_id)
);

-- Apple serial configuration codes (last 3/4 characters of old-format serials) → model family.
CREATE TABLE serial_suffixes (
  suffix text PRIMARY KEY,
  item_id integer NOT NULL REFERENCES items(id)
);

-- What a tenant does not trade: a whole group, a manufacturer, an item or a variant.
CREATE TABLE catalog_exclusions (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  item_group_id integer REFERENCES item_groups(id),
  manufacturer_id integer REFERENCES manufacturers(id),
  item_id integer REFERENCES items(id),
  variant_id integer REFERENCES variants(id),
  CHECK (num_nonnulls(item_group_id, manufacturer_id, item_id, variant_id) = 1)
);
CREATE INDEX catalog_exclusions_tenant ON catalog_exclusions (tenant_id);
