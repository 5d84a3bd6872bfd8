-- The dashboard reads a period of trade-ins and payouts per tenant (src/modules/analytics).
CREATE INDEX trade_ins_tenant_created ON trade_ins (tenant_id, created_at) WHERE kind = 'final';
CREATE INDEX facility_payouts_tenant_created ON facility_payouts (tenant_id, created_at);
