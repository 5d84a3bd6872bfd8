-- Login throttle with exponential back-off (issue 18, findings 1 and 8).
-- Every attempt is counted in one INSERT … ON CONFLICT DO UPDATE before the password is
-- checked, so parallel guesses cannot all read a stale counter. A bucket that reaches its limit
-- is blocked until `blocked_until` (doubling with each further failure) instead of being locked.
-- `window_start` now holds the time of the last counted attempt: a quiet period resets the count.
ALTER TABLE login_attempts ADD COLUMN blocked_until timestamptz;
ALTER TABLE login_attempts ADD COLUMN throttled boolean NOT NULL DEFAULT false;

-- "Has this user signed in from this address before?" decides whether the per-account bucket
-- (all addresses) applies, so failures elsewhere never slow a customer down at home.
CREATE INDEX sessions_user_ip ON sessions (tenant_id, user_id, ip);
