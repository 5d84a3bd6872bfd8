import { useMessages } from '../../app/i18n';
import { shellMessages } from '../messages';

/** The logistics area of the back office (its screens land with the back-office issue). */
export default function LogisticsArea() {
  const m = useMessages(shellMessages);
  return <h1>{m('logistics')}</h1>;
}
