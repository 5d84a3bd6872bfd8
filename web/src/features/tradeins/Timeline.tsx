import type { TradeIn } from '../../api/types';
import { useI18n } from '../../app/i18n';

const PATH = ['Registered', 'Shipped', 'Received', 'Valuated', 'Accepted', 'Completed'] as const;
const ALIAS: Record<string, (typeof PATH)[number]> = { Packed: 'Registered', Inspected: 'Received' };

/** A device's way from registration to payout; the status comes from the server. */
export function Timeline({ device }: { device: TradeIn['devices'][number] }) {
  const { t } = useI18n();
  const current = ALIAS[device.status] ?? device.status;
  const at = PATH.indexOf(current as (typeof PATH)[number]);
  if (at < 0) {
    const key = `status.${device.status}` as Parameters<typeof t>[0];
    return <p className="status-off">{t(key)}</p>;
  }
  return (
    <ol className="timeline">
      {PATH.map((s, i) => (
        <li key={s} className={i < at ? 'done' : i === at ? 'current' : 'todo'} aria-current={i === at ? 'step' : undefined}>
          {t(`step.${s}` as Parameters<typeof t>[0])}
        </li>
      ))}
    </ol>
  );
}
