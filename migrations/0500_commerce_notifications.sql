-- Commerce (storefront orders with trade-in, cancellations, imported old orders) and
-- notifications (email delivery log). Seeds 000 and 002.

CREATE TABLE commerce_orders (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  user_id integer NOT NULL REFERENCES users(id),
  number text NOT NULL,
  status text NOT NULL DEFAULT '400',
  currency text NOT NULL,
  amount_without_discount_minor bigint NOT NULL,
  discount_minor bigint NOT NULL DEFAULT 0,
  amount_minor bigint NOT NULL,
  shipping_minor bigint NOT NULL DEFAULT 0,
  refund_minor bigint NOT NULL DEFAULT 0,
  language_code text,
  user_email text NOT NULL,
  remote_addr text,
  client_type text NOT NULL DEFAULT 'default',
  created_at timestamptz NOT NULL,
  modified_at timestamptz NOT NULL,
  UNIQUE (tenant_id, number)
);
CREATE INDEX commerce_orders_user ON commerce_orders (tenant_id, user_id, id DESC);

CREATE TABLE commerce_order_items (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  order_id integer NOT NULL REFERENCES commerce_orders(id),
  product_sku text NOT NULL,
  product_name text NOT NULL,
  price_minor bigint NOT NULL CHECK (price_minor >= 0),
  quantity integer NOT NULL CHECK (quantity > 0),
  cancelled_quantity integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT '400',
  -- Trade-in inquiry data (quote, device, grade, offered value, discount) when the item has one.
  attributes jsonb NOT NULL DEFAULT '{}',
  tradein_device_id integer,
  -- Set once the final valuation is known (the approve/reject links exist only then).
  tradein_final_price_minor bigint,
  tradein_valuated_at timestamptz,
  -- The customer's review of the final valuation; NULL until decided, then never changed.
  tradein_review text CHECK (tradein_review IN ('approved', 'rejected')),
  tradein_reviewed_at timestamptz,
  created_at timestamptz NOT NULL,
  modified_at timestamptz NOT NULL
);
CREATE INDEX commerce_order_items_order ON commerce_order_items (tenant_id, order_id, id);
CREATE UNIQUE INDEX commerce_order_items_device ON commerce_order_items (tenant_id, tradein_device_id) WHERE tradein_device_id IS NOT NULL;

CREATE TABLE commerce_discount_items (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  order_id integer NOT NULL REFERENCES commerce_orders(id),
  order_item_id integer REFERENCES commerce_order_items(id),
  name text NOT NULL,
  amount_minor bigint NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX commerce_discount_items_order ON commerce_discount_items (tenant_id, order_id);

CREATE TABLE commerce_cancellation_reasons (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  key text NOT NULL,
  uuid uuid NOT NULL UNIQUE,
  cancellation_type text NOT NULL CHECK (cancellation_type IN ('cancel', 'refund')),
  translations jsonb NOT NULL,
  extra_information_needed boolean NOT NULL DEFAULT false,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  modified_at timestamptz NOT NULL,
  UNIQUE (tenant_id, key)
);

CREATE TABLE commerce_cancellation_requests (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  uuid uuid NOT NULL UNIQUE,
  order_item_id integer NOT NULL REFERENCES commerce_order_items(id),
  reason_id integer NOT NULL REFERENCES commerce_cancellation_reasons(id),
  cancellation_type text NOT NULL CHECK (cancellation_type IN ('cancel', 'refund')),
  status text NOT NULL DEFAULT 'open',
  quantity integer NOT NULL,
  description text,
  iban text,
  holder_name text,
  pickup_address integer,
  shipping_company integer,
  pickup_date jsonb,
  fully_refund_as_loyalty_money boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  modified_at timestamptz NOT NULL
);
CREATE INDEX commerce_cancellation_requests_item ON commerce_cancellation_requests (tenant_id, order_item_id);

CREATE TABLE commerce_old_orders (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  user_id integer NOT NULL REFERENCES users(id),
  number text NOT NULL,
  currency text NOT NULL,
  status text NOT NULL,
  amount_minor bigint NOT NULL,
  discount_minor bigint NOT NULL DEFAULT 0,
  payment_type text,
  bank text,
  installment_count integer,
  tracking_number text,
  shipping_address text,
  billing_address text,
  extra_field jsonb NOT NULL DEFAULT '{}',
  user_email text NOT NULL,
  items jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL,
  UNIQUE (tenant_id, number)
);
CREATE INDEX commerce_old_orders_user ON commerce_old_orders (tenant_id, user_id, id DESC);

-- One row per email accepted by the SMTP server, keyed by the outbox message: a redelivered
-- message (worker killed after sending, before marking) is recognised and not sent again.
CREATE TABLE notification_email_deliveries (
  outbox_id bigint PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  message_id text NOT NULL,
  recipient text NOT NULL,
  sent_at timestamptz NOT NULL
);
