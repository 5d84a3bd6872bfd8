import { useMessages } from '../../app/i18n';
import { shellMessages } from '../messages';

/** The setup area of the back office (its screens land with the back-office issue). */
export default function SetupArea() {
  const m = useMessages(shellMessages);
  return <h1>{m('setup')}</h1>;
}
