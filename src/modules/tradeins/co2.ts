/**
 * Estimated CO2 saving of reusing a device instead of making a new one, in kg CO2e, per item
 * group. These are deliberately rough, rounded figures for the production ("embodied") share of
 * a device's life-cycle footprint as published in manufacturers' product environmental reports
 * (e.g. Apple and Samsung LCAs: a smartphone ≈ 55–80 kg, a tablet ≈ 80–120 kg, a laptop
 * ≈ 200–300 kg, a smartwatch ≈ 10–35 kg), taking the lower end because a reused device still
 * needs refurbishing and transport. They are estimates for display, not certified numbers.
 */
export const CO2_SAVING_KG_BY_GROUP: Readonly<Record<string, number>> = {
  mobiles: 55,
  tablets: 80,
  laptops: 200,
  watches: 12,
};

/** Fallback for tenant-defined groups (consoles, cameras, …). */
export const CO2_SAVING_KG_DEFAULT = 25;

/** Estimated saving of one device of `itemGroupKey`, kg CO2e. */
export function co2SavingKg(itemGroupKey: string | null | undefined): number {
  if (!itemGroupKey) return CO2_SAVING_KG_DEFAULT;
  return CO2_SAVING_KG_BY_GROUP[itemGroupKey] ?? CO2_SAVING_KG_DEFAULT;
}
