import { useMessages } from '../../app/i18n';
import { shellMessages } from '../messages';

/** The dashboard area of the back office (its screens land with the back-office issue). */
export default function DashboardArea() {
  const m = useMessages(shellMessages);
  return <h1>{m('dashboard')}</h1>;
}
