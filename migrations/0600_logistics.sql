-- Logistics (seed 003 §9): package dimensions, routing to facilities, packages, shipments,
-- labels and each shipment's status history.

-- Box sizes a tenant ships in (PackageDimensionId of the seed); one may be the default.
CREATE TABLE package_dimensions (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  name text NOT NULL,
  length_mm integer NOT NULL CHECK (length_mm > 0),
  width_mm integer NOT NULL CHECK (width_mm > 0),
  height_mm integer NOT NULL CHECK (height_mm > 0),
  -- Weight of the empty box, grams (added to the devices' weight on the label).
  tare_weight_g integer NOT NULL DEFAULT 0 CHECK (tare_weight_g >= 0),
  is_default boolean NOT NULL DEFAULT false,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL
);
CREATE INDEX package_dimensions_tenant ON package_dimensions (tenant_id, id);
CREATE UNIQUE INDEX package_dimensions_one_default ON package_dimensions (tenant_id) WHERE is_default AND is_active;

-- Routing rules: which facility devices from a store (or a country) go to. The rule with the
-- lowest priority number that matches wins; without any rule, the tenant's one facility.
CREATE TABLE shipping_routes (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  priority integer NOT NULL DEFAULT 100,
  from_location_id integer REFERENCES locations(id),
  country_code text,
  facility_location_id integer NOT NULL REFERENCES locations(id),
  created_at timestamptz NOT NULL
);
CREATE INDEX shipping_routes_tenant ON shipping_routes (tenant_id, priority, id);

CREATE TABLE packages (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  name text NOT NULL,
  identifier text NOT NULL,
  dimension_id integer REFERENCES package_dimensions(id),
  location_id integer REFERENCES locations(id),
  location_ref text,
  agent_user_id integer REFERENCES users(id),
  agent_ref text,
  -- Open (being filled) → Packed (in a shipment) → Shipped (label printed) / Cancelled.
  status text NOT NULL CHECK (status IN ('Open', 'Packed', 'Shipped', 'Delivered', 'Cancelled')),
  -- 'tradein': store → facility; 'return': facility → customer; 'mailin': customer → facility.
  flow_type text NOT NULL CHECK (flow_type IN ('tradein', 'return', 'mailin')),
  destination_location_id integer REFERENCES locations(id),
  -- Made by the system (return, mail-in): the retail API may read but not change it.
  is_internal boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX packages_tenant ON packages (tenant_id, id);
-- The identifier (the label's barcode) is unique per tenant among packages not cancelled.
CREATE UNIQUE INDEX packages_identifier ON packages (tenant_id, lower(identifier)) WHERE status <> 'Cancelled';

-- Devices in packages. `live` is cleared when the device is taken out, the package is cancelled
-- or delivered: a device is in at most one live package, enforced here under any race.
CREATE TABLE package_items (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  package_id integer NOT NULL REFERENCES packages(id),
  device_id integer NOT NULL,
  live boolean NOT NULL DEFAULT true,
  added_at timestamptz NOT NULL,
  removed_at timestamptz
);
CREATE INDEX package_items_package ON package_items (package_id, id);
CREATE UNIQUE INDEX package_items_live_device ON package_items (tenant_id, device_id) WHERE live;

CREATE TABLE shipments (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  name text NOT NULL,
  location_id integer REFERENCES locations(id),
  location_ref text,
  agent_user_id integer REFERENCES users(id),
  agent_ref text,
  status text NOT NULL CHECK (status IN ('Ready', 'LabelCreated', 'InTransit', 'Delivered', 'Cancelled')),
  flow_type text NOT NULL CHECK (flow_type IN ('tradein', 'return', 'mailin')),
  destination_location_id integer REFERENCES locations(id),
  reference text,
  -- Addresses printed on the label (sender = the store's, recipient = the facility's or customer's).
  from_address jsonb,
  to_address jsonb,
  carrier text,
  -- The carrier's id of the label/shipment (nShift shipment id); tracking number and parcel numbers.
  external_id text,
  tracking_number text,
  label_key text,
  label_created_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX shipments_tenant ON shipments (tenant_id, id);

-- Packages in shipments; a package is in at most one live shipment (cleared on cancel).
CREATE TABLE shipment_packages (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  shipment_id integer NOT NULL REFERENCES shipments(id),
  package_id integer NOT NULL REFERENCES packages(id),
  live boolean NOT NULL DEFAULT true,
  added_at timestamptz NOT NULL
);
CREATE INDEX shipment_packages_shipment ON shipment_packages (shipment_id, id);
CREATE UNIQUE INDEX shipment_packages_live_package ON shipment_packages (tenant_id, package_id) WHERE live;

-- Status history of a shipment: every step with its UTC time and source (api, carrier, admin, cli, system).
CREATE TABLE shipment_events (
  id bigserial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  shipment_id integer NOT NULL REFERENCES shipments(id),
  status text NOT NULL,
  source text NOT NULL,
  note text,
  -- A carrier's own event id: the same event delivered twice is recorded once (replay safety).
  external_event_id text,
  occurred_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX shipment_events_shipment ON shipment_events (tenant_id, shipment_id, id);
CREATE UNIQUE INDEX shipment_events_external ON shipment_events (tenant_id, source, external_event_id) WHERE external_event_id IS NOT NULL;
