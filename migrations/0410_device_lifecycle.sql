-- The whole device lifecycle (logistics, facility, Upgrade submissions share it) and its history.

-- Every status change of a device, who made it and why: the timeline customers and staff see.
CREATE TABLE trade_in_device_events (
  id bigserial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  device_id integer NOT NULL REFERENCES trade_in_devices(id),
  from_status text,
  to_status text NOT NULL,
  -- user, apikey, system, anonymous (Ctx.actor.kind) and the user behind it, if any.
  actor_kind text NOT NULL DEFAULT 'system',
  actor_user_id integer,
  -- What moved it: 'retail', 'logistics', 'facility', 'carrier', 'customer', …
  source text,
  note text,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL
);
CREATE INDEX trade_in_device_events_device ON trade_in_device_events (tenant_id, device_id, id);

-- Devices registered before this migration start their history with their registration.
INSERT INTO trade_in_device_events (tenant_id, device_id, from_status, to_status, source, created_at)
SELECT tenant_id, id, NULL, status, 'migration', created_at FROM trade_in_devices;

-- The new statuses hold the identifier too.
DROP INDEX trade_in_devices_live_identifier;
CREATE UNIQUE INDEX trade_in_devices_live_identifier ON trade_in_devices (tenant_id, device_identifier)
  WHERE status IN ('Temporary', 'Registered', 'Packed', 'Shipped', 'Withheld', 'Missing',
                   'Received', 'Inspected', 'Valuated', 'Accepted', 'ReturnRequested', 'Fraud');

-- Facility roles: a facility lead runs receiving, overrides and payouts; technicians inspect.
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('admin', 'facility_lead', 'technician', 'agent', 'customer'));
