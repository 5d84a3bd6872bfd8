import { useMessages } from '../../app/i18n';
import { usePath } from '../../app/router';
import { Link } from '../../app/ui';
import { InspectionScreen } from './InspectionScreen';
import { facilityMessages } from './messages';
import { QueuesScreen } from './QueuesScreen';
import { ReceiveScreen } from './ReceiveScreen';

/** The facility bench (technician, facility lead): queues, receiving, the inspection station. */
export default function FacilityArea() {
  const m = useMessages(facilityMessages);
  const path = usePath();
  const device = /^\/admin\/facility\/devices\/(\d+)$/.exec(path);
  return (
    <>
      <nav aria-label={m('benchNav')} className="fac-subnav">
        <Link href="/admin/facility" className={path === '/admin/facility' ? 'current' : undefined}>
          {m('queues')}
        </Link>
        <Link href="/admin/facility/receive" className={path === '/admin/facility/receive' ? 'current' : undefined}>
          {m('receive')}
        </Link>
      </nav>
      {device ? <InspectionScreen key={device[1]} deviceId={Number(device[1])} /> : path === '/admin/facility/receive' ? <ReceiveScreen /> : <QueuesScreen />}
    </>
  );
}
