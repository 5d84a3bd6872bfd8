import { useMessages } from '../../app/i18n';
import { shellMessages } from '../messages';

/** The upgrade area of the back office (its screens land with the back-office issue). */
export default function UpgradeArea() {
  const m = useMessages(shellMessages);
  return <h1>{m('upgrade')}</h1>;
}
