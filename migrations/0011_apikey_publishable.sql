-- Publishable keys (the embeddable price check): read-only retail operations (models, grading
-- form, price quote), usable from a browser only on the shop origins listed here (CORS).
ALTER TABLE api_keys DROP CONSTRAINT IF EXISTS api_keys_scope_check;
ALTER TABLE api_keys ADD CONSTRAINT api_keys_scope_check CHECK (scope IN ('retail', 'admin', 'publishable'));
ALTER TABLE api_keys ADD COLUMN allowed_origins text[] NOT NULL DEFAULT '{}';
