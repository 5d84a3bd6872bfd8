import type { PayoutMethod, Profile } from './records.js';
import type { Db } from './rows.js';

/** `customer_profiles`: the customer's own name, phone, address and preferred payout. */
export const profilesRepository = {
  async profile(ctx: Db, userId: number): Promise<Profile | null> {
    const rows = await ctx.db.query<{
      first_name: string | null;
      last_name: string | null;
      phone: string | null;
      address: Profile['address'];
      preferred_payout: PayoutMethod | null;
      updated_at: Date;
    }>('SELECT * FROM customer_profiles WHERE tenant_id = $1 AND user_id = $2', [ctx.tenant.id, userId]);
    const r = rows[0];
    if (!r) return null;
    return {
      firstName: r.first_name,
      lastName: r.last_name,
      phone: r.phone,
      address: r.address,
      preferredPayout: r.preferred_payout,
      updatedAt: new Date(r.updated_at),
    };
  },

  async saveProfile(ctx: Db, userId: number, p: Omit<Profile, 'updatedAt'>, now: Date): Promise<void> {
    await ctx.db.query(
      `INSERT INTO customer_profiles (tenant_id, user_id, first_name, last_name, phone, address, preferred_payout, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
       ON CONFLICT (tenant_id, user_id) DO UPDATE SET first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,
         phone = EXCLUDED.phone, address = EXCLUDED.address, preferred_payout = EXCLUDED.preferred_payout, updated_at = EXCLUDED.updated_at`,
      [ctx.tenant.id, userId, p.firstName, p.lastName, p.phone, p.address === null ? null : JSON.stringify(p.address), p.preferredPayout, now],
    );
  },
};
