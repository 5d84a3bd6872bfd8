-- Photos: evidence of a device's condition (facility inspection, Upgrade submissions, damaged
-- packages). The bytes live in object storage; this is what we know about them.
CREATE TABLE photos (
  id uuid PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants(id),
  -- What the photo belongs to, e.g. ('submission', 'sub_…'), ('inspection', '42'), ('package', '7');
  -- NULL while uploaded but not yet attached.
  owner_kind text,
  owner_ref text,
  -- The side it shows (front, back, screen_on, left, right, top, bottom, defect, …).
  angle text,
  uploaded_by integer REFERENCES users(id),
  content_type text NOT NULL,
  width integer NOT NULL,
  height integer NOT NULL,
  byte_size integer NOT NULL,
  sha256 text NOT NULL,
  storage_key text NOT NULL,
  thumb_key text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX photos_owner ON photos (tenant_id, owner_kind, owner_ref);
