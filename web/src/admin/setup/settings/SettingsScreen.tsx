import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText } from '../../../app/ui';
import { setupMessages } from '../messages';
import { BrandingSection, PricingSection, RemindersSection } from './sections';
import { keys } from '../keys';

/** Tenant settings by section (each validated by the server as a whole): branding, pricing, reminders. */
export default function SettingsScreen() {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const settings = useQuery({ queryKey: keys.settings(slug), queryFn: async () => unwrap(await api.GET('/api/{tenant}/admin/settings', { params: { path: { tenant: slug } } })) });
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

function section(settings: Record<string, unknown>, name: string): Record<string, unknown> {
  const v = settings[name];
  return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
}
