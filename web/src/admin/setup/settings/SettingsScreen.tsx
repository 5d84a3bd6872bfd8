import { useMessages } from '../../../app/i18n';
import { ErrorText } from '../../../app/ui';
import { setupMessages } from '../messages';
import { BrandingSection, PricingSection, RemindersSection } from './sections';
import { section, useSettings } from './useSettings';

/** Tenant settings by section (each validated by the server as a whole): branding, pricing, reminders. */
export default function SettingsScreen() {
  const m = useMessages(setupMessages);
  const settings = useSettings();
  const s = settings.data;
  return (
    <section aria-labelledby="settings-h">
      <h1 id="settings-h">{m('settings')}</h1>
      <ErrorText error={settings.error} />
      {s ? (
        <>
          <p>{m('tenantSummary', { name: s.name, currency: s.currency, locales: s.locales.join(', ') })}</p>
          <BrandingSection current={section(s.settings, 'branding')} />
          <PricingSection current={section(s.settings, 'pricing')} />
          <RemindersSection current={section(s.settings, 'facility')} />
        </>
      ) : null}
    </section>
  );
}
