-- The signed-in customer who registered a trade-in through the web app (session routes), so
-- "my trade-ins" lists only their own. NULL for trade-ins registered by API keys and agents.
ALTER TABLE trade_ins ADD COLUMN customer_user_id integer REFERENCES users(id);
CREATE INDEX trade_ins_customer ON trade_ins (tenant_id, customer_user_id, id) WHERE customer_user_id IS NOT NULL;
CREATE INDEX trade_ins_location_created ON trade_ins (tenant_id, location_id, created_at);
