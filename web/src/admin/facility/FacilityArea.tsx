import { useMessages } from '../../app/i18n';
import { shellMessages } from '../messages';

/** The facility area of the back office (its screens land with the back-office issue). */
export default function FacilityArea() {
  const m = useMessages(shellMessages);
  return <h1>{m('facility')}</h1>;
}
