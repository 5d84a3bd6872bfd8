-- Webhooks (Standard Webhooks 1.0): endpoints per tenant, the messages published to them and
-- every delivery attempt.
CREATE TABLE webhook_endpoints (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  url text NOT NULL,
  description text NOT NULL DEFAULT '',
  -- Event types subscribed; empty = all.
  event_types text[] NOT NULL DEFAULT '{}',
  -- whsec_<base64>; the previous secret keeps signing (beside the new one) until it expires.
  secret text NOT NULL,
  previous_secret text,
  previous_secret_expires_at timestamptz,
  enabled boolean NOT NULL DEFAULT true,
  disabled_reason text,
  -- First failure of the current streak; cleared by a success. Too old → disabled.
  failing_since timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX webhook_endpoints_tenant ON webhook_endpoints (tenant_id, id);

CREATE TABLE webhook_messages (
  id text PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  event_type text NOT NULL,
  -- The exact JSON body sent: {type, timestamp, data}.
  body text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX webhook_messages_tenant ON webhook_messages (tenant_id, created_at);

CREATE TABLE webhook_attempts (
  id bigserial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  endpoint_id integer NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
  message_id text NOT NULL REFERENCES webhook_messages(id),
  attempt integer NOT NULL,
  -- succeeded, failed (will retry), gave_up, endpoint_disabled
  outcome text NOT NULL,
  response_status integer,
  response_body text,
  error text,
  latency_ms integer,
  next_attempt_at timestamptz,
  trigger text NOT NULL DEFAULT 'event',
  created_at timestamptz NOT NULL
);
CREATE INDEX webhook_attempts_endpoint ON webhook_attempts (tenant_id, endpoint_id, id DESC);
CREATE INDEX webhook_attempts_message ON webhook_attempts (message_id, endpoint_id);
