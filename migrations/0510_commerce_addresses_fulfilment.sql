-- Storefront orders carry what an order needs (seed 002): shipping and billing addresses with
-- their country/city/township/district, the chosen shipping and payment options, per-item tax
-- rates; items can be fulfilled (shipped, delivered) so a return with easy_return can follow;
-- a final trade-in valuation below the offer (or a rejection) leaves an amount due on the order.

-- Places named in the customers' addresses, one row per name under its parent (country → city →
-- township → district), so every nested object of an address has a stable pk.
CREATE TABLE commerce_places (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  kind text NOT NULL CHECK (kind IN ('country', 'city', 'township', 'district')),
  parent_id integer REFERENCES commerce_places(id),
  name text NOT NULL,
  code text,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX commerce_places_key ON commerce_places (tenant_id, kind, coalesce(parent_id, 0), lower(name));

-- A customer's address as given at checkout; identical content (hash_data) is stored once per user.
CREATE TABLE commerce_addresses (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  user_id integer NOT NULL REFERENCES users(id),
  hash_data text NOT NULL,
  email text NOT NULL,
  phone_number text NOT NULL,
  first_name text NOT NULL,
  last_name text NOT NULL,
  country_id integer NOT NULL REFERENCES commerce_places(id),
  city_id integer NOT NULL REFERENCES commerce_places(id),
  township_id integer REFERENCES commerce_places(id),
  district_id integer REFERENCES commerce_places(id),
  line text NOT NULL,
  title text NOT NULL DEFAULT '',
  postcode text NOT NULL DEFAULT '',
  notes text,
  company_name text NOT NULL DEFAULT '',
  tax_office text NOT NULL DEFAULT '',
  tax_no text NOT NULL DEFAULT '',
  e_bill_taxpayer boolean NOT NULL DEFAULT false,
  identity_number text,
  is_corporate boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  UNIQUE (tenant_id, user_id, hash_data)
);

ALTER TABLE commerce_orders ADD COLUMN shipping_address_id integer REFERENCES commerce_addresses(id);
ALTER TABLE commerce_orders ADD COLUMN billing_address_id integer REFERENCES commerce_addresses(id);
-- Snapshots of the tenant's option at checkout (settings may change later; the order does not).
ALTER TABLE commerce_orders ADD COLUMN shipping_option jsonb;
ALTER TABLE commerce_orders ADD COLUMN payment_option jsonb;
-- What the customer owes after a lower final trade-in value or a rejected trade-in.
ALTER TABLE commerce_orders ADD COLUMN balance_due_minor bigint NOT NULL DEFAULT 0;

-- Tax rate in basis points (2000 = 20.00 %).
ALTER TABLE commerce_order_items ADD COLUMN tax_rate_bp integer;
ALTER TABLE commerce_order_items ADD COLUMN tracking_number text;
ALTER TABLE commerce_order_items ADD COLUMN shipped_at timestamptz;
ALTER TABLE commerce_order_items ADD COLUMN delivered_at timestamptz;

-- The easy-return (carrier pickup) of a refund request, when the customer chose a carrier.
ALTER TABLE commerce_cancellation_requests ADD COLUMN easy_return jsonb;
