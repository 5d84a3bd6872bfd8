-- Upgrade portal (seed 001): a customer's mail-in submission, its offers, its status history,
-- the customer's portal profile. After acceptance the submission points at one trade-in device
-- (source 'upgrade'); from then on its seed status is read from that device's lifecycle.
ALTER TABLE trade_ins DROP CONSTRAINT IF EXISTS trade_ins_source_check;
ALTER TABLE trade_ins ADD CONSTRAINT trade_ins_source_check CHECK (source IN ('retail', 'order', 'upgrade'));

CREATE TABLE submissions (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  -- The id clients see: 'sub_' + random, never guessable.
  public_id text NOT NULL UNIQUE,
  customer_user_id integer NOT NULL REFERENCES users(id),
  variant_id integer NOT NULL,
  product_name text NOT NULL,
  item_group_key text,
  serial_number text,
  condition text NOT NULL CHECK (condition IN ('excellent', 'good', 'fair', 'poor')),
  description text,
  -- The submission's own part of the flow; after 'accepted' the device's status tells the rest.
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'offered', 'accepted', 'declined')),
  declined_by text CHECK (declined_by IN ('customer', 'staff')),
  decline_reason text,
  trade_in_id integer,
  device_id integer,
  currency char(3) NOT NULL,
  accepted_amount_minor bigint,
  -- Shipping kit: a carrier label (logistics) or our printable fallback.
  kit_shipment_id text,
  kit_label_url text,
  inspection_started_at timestamptz,
  payout_amount_minor bigint,
  payout_method text,
  paid_at timestamptz,
  submitted_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX submissions_customer ON submissions (tenant_id, customer_user_id, id);
CREATE INDEX submissions_tenant_created ON submissions (tenant_id, created_at);
CREATE UNIQUE INDEX submissions_device ON submissions (tenant_id, device_id) WHERE device_id IS NOT NULL;

CREATE TABLE submission_offers (
  id uuid PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  submission_id integer NOT NULL REFERENCES submissions(id),
  -- 'initial': made by an admin on a submitted item; 'final': after inspection, lower than accepted.
  kind text NOT NULL DEFAULT 'initial' CHECK (kind IN ('initial', 'final')),
  amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
  currency char(3) NOT NULL,
  suggested_minor bigint,
  notes text,
  status text NOT NULL CHECK (status IN ('open', 'accepted', 'declined', 'superseded')),
  expires_at timestamptz NOT NULL,
  created_by integer REFERENCES users(id),
  decided_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX submission_offers_submission ON submission_offers (tenant_id, submission_id, created_at);
-- At most one open offer per submission, even under a race of two admins.
CREATE UNIQUE INDEX submission_offers_one_open ON submission_offers (submission_id) WHERE status = 'open';

-- Every seed status a submission reached, with when and by whom (timeline, stats' days per step).
CREATE TABLE submission_events (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  submission_id integer NOT NULL REFERENCES submissions(id),
  status text NOT NULL,
  actor_kind text NOT NULL,
  actor_user_id integer,
  note text,
  created_at timestamptz NOT NULL
);
CREATE INDEX submission_events_submission ON submission_events (tenant_id, submission_id, id);

-- The customer's portal profile: name and phone as the customer wants them on labels and payouts.
CREATE TABLE customer_profiles (
  tenant_id integer NOT NULL REFERENCES tenants(id),
  user_id integer NOT NULL REFERENCES users(id),
  first_name text,
  last_name text,
  phone text,
  address jsonb,
  preferred_payout text CHECK (preferred_payout IN ('store_credit', 'bank_transfer', 'gift_card')),
  payout_details jsonb,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, user_id)
);
