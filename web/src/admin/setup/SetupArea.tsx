import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useI18n, useMessages } from '../../app/i18n';
import { usePath } from '../../app/router';
import { Link } from '../../app/ui';
import { setupMessages, type SetupKey } from './messages';
import './setup.css';

interface Screen {
  slug: string;
  label: SetupKey;
  screen: LazyExoticComponent<ComponentType<{ rest: string }>>;
}

/** The screens of programme setup, each under `/admin/setup/<slug>` (the first is the landing one). */
const SCREENS: readonly Screen[] = [
  { slug: 'campaigns', label: 'campaigns', screen: lazy(() => import('./campaigns/CampaignsScreen')) },
  { slug: 'grading', label: 'gradingForms', screen: lazy(() => import('./grading/GradingScreen')) },
  { slug: 'valuations', label: 'valuations', screen: lazy(() => import('./valuations/ValuationsScreen')) },
  { slug: 'catalog', label: 'catalog', screen: lazy(() => import('./catalog/CatalogScreen')) },
  { slug: 'data-fields', label: 'dataFields', screen: lazy(() => import('./datafields/DataFieldsScreen')) },
  { slug: 'diligence', label: 'diligence', screen: lazy(() => import('./diligence/DiligenceScreen')) },
  { slug: 'users', label: 'users', screen: lazy(() => import('./access/UsersScreen')) },
  { slug: 'locations', label: 'locations', screen: lazy(() => import('./access/LocationsScreen')) },
  { slug: 'api-keys', label: 'apiKeys', screen: lazy(() => import('./access/ApiKeysScreen')) },
  { slug: 'settings', label: 'settings', screen: lazy(() => import('./settings/SettingsScreen')) },
  { slug: 'emails', label: 'emails', screen: lazy(() => import('./emails/EmailsScreen')) },
  { slug: 'webhooks', label: 'webhooks', screen: lazy(() => import('./webhooks/WebhooksScreen')) },
];

const BASE = '/admin/setup';

/** Programme setup: a side menu of screens; the part of the path after the screen goes to it. */
export default function SetupArea() {
  const m = useMessages(setupMessages);
  const { t } = useI18n();
  const path = usePath();
  const [slug = SCREENS[0].slug, ...rest] = path
    .slice(BASE.length + 1)
    .split('/')
    .filter(Boolean);
  const current = SCREENS.find((s) => s.slug === slug);
  const Screen = current?.screen;
  return (
    <div className="setup">
      <nav className="setup-nav" aria-label={m('setupMenu')}>
        <ul>
          {SCREENS.map((s) => (
            <li key={s.slug}>
              <Link href={`${BASE}/${s.slug}`} className={s === current ? 'current' : undefined}>
                {m(s.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="setup-screen">
        {Screen ? (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <Screen rest={rest.join('/')} />
          </Suspense>
        ) : (
          <h1>{m('notFound')}</h1>
        )}
      </div>
    </div>
  );
}
