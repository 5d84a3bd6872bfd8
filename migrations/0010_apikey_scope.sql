-- Issue 10: an API key serves one surface. 'retail' = the seed 003 API (/api/v2/...),
-- 'admin' = the admin API (/api/{tenant}/admin/...). Keys created before this migration were
-- bound to admin users and used on both surfaces; they become 'retail' (least privilege):
-- automation on the admin API needs a new key with --scope admin.
ALTER TABLE api_keys ADD COLUMN scope text NOT NULL DEFAULT 'retail' CHECK (scope IN ('retail', 'admin'));
