-- Trade-ins (final and temporary), their devices and signatures (seed 003 §5, §6, §11).

CREATE TABLE trade_ins (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  -- 'final' (seed §5) or 'temporary' (seed §6, ids are the TempTradeInId).
  kind text NOT NULL CHECK (kind IN ('final', 'temporary')),
  status text NOT NULL CHECK (status IN ('Registered', 'Temporary', 'Confirmed', 'Cancelled', 'Completed')),
  source text NOT NULL DEFAULT 'retail' CHECK (source IN ('retail', 'order')),
  is_corporate boolean NOT NULL DEFAULT false,
  organization_name text,
  client_first_name text,
  client_last_name text,
  agent_user_id integer REFERENCES users(id),
  agent_ref text,
  location_id integer REFERENCES locations(id),
  location_ref text,
  trade_in_ref text,
  campaign_id integer,
  custom_data_fields jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- Temporary trade-ins only: when they stop being confirmable, and the trade-in they became.
  expires_at timestamptz,
  confirmed_trade_in_id integer REFERENCES trade_ins(id),
  -- Final trade-ins made from a temporary one.
  temp_trade_in_id integer REFERENCES trade_ins(id),
  cancelled_at timestamptz,
  cancel_reason text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX trade_ins_tenant ON trade_ins (tenant_id, kind, id);
-- TradeInRef is unique per tenant among trade-ins that are not cancelled.
CREATE UNIQUE INDEX trade_ins_ref ON trade_ins (tenant_id, kind, lower(trade_in_ref))
  WHERE trade_in_ref IS NOT NULL AND status <> 'Cancelled';

CREATE TABLE trade_in_devices (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  trade_in_id integer NOT NULL REFERENCES trade_ins(id),
  position integer NOT NULL,
  status text NOT NULL,
  device_identifier text NOT NULL,
  quote_id uuid NOT NULL,
  variant_id integer NOT NULL,
  item_group_key text,
  product_name text NOT NULL,
  grade_key text NOT NULL,
  grade_name text NOT NULL,
  offered_price_minor bigint NOT NULL,
  offered_price_incl_vat_minor bigint NOT NULL,
  currency char(3) NOT NULL,
  exchange_rate numeric NOT NULL,
  base_currency char(3) NOT NULL,
  base_price_minor bigint NOT NULL,
  campaign_id integer,
  breakdown jsonb NOT NULL DEFAULT '[]'::jsonb,
  co2_saving_kg numeric NOT NULL DEFAULT 0,
  final_price_minor bigint,
  final_grade text,
  final_reason text,
  final_photo_ids jsonb,
  valuation_count integer NOT NULL DEFAULT 0,
  decision text CHECK (decision IN ('approved', 'rejected')),
  cancel_reason text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX trade_in_devices_trade_in ON trade_in_devices (trade_in_id);
CREATE INDEX trade_in_devices_tenant ON trade_in_devices (tenant_id, status, id);
CREATE INDEX trade_in_devices_identifier ON trade_in_devices (tenant_id, device_identifier);
-- One live device per identifier and tenant: the database refuses a second registration of a
-- device that is still in an unfinished trade-in or in stock, even under a race.
CREATE UNIQUE INDEX trade_in_devices_live_identifier ON trade_in_devices (tenant_id, device_identifier)
  WHERE status IN ('Temporary', 'Registered', 'Shipped', 'Received', 'Valuated', 'Accepted', 'ReturnRequested');

CREATE TABLE trade_in_signatures (
  tenant_id integer NOT NULL REFERENCES tenants(id),
  trade_in_id integer NOT NULL REFERENCES trade_ins(id),
  role text NOT NULL CHECK (role IN ('client', 'agent')),
  png bytea NOT NULL,
  width integer NOT NULL,
  height integer NOT NULL,
  uploaded_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (trade_in_id, role)
);
