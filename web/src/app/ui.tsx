import { useEffect, useId, useState, type ReactNode } from 'react';
import { ApiError, OfflineError, onConnectivity } from '../api/client';
import { LOCALES, LOCALE_NAMES, useI18n, type Locale } from './i18n';
import { onLinkClick } from './router';
import { useTenant } from './tenant';

export function Link({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a href={href} onClick={onLinkClick} className={className}>
      {children}
    </a>
  );
}

function LocaleSwitcher() {
  const { locale, setLocale, t } = useI18n();
  const id = useId();
  return (
    <span className="locale">
      <label htmlFor={id}>{t('language')}</label>
      <select id={id} value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </span>
  );
}

/** A dropped connection shows a banner; the screen and what was typed stay. */
function OfflineBanner() {
  const { t } = useI18n();
  const [offline, setOffline] = useState(!navigator.onLine);
  useEffect(() => {
    const off = () => setOffline(true);
    const on = () => setOffline(false);
    window.addEventListener('offline', off);
    window.addEventListener('online', on);
    const unsubscribe = onConnectivity(setOffline);
    return () => {
      window.removeEventListener('offline', off);
      window.removeEventListener('online', on);
      unsubscribe();
    };
  }, []);
  if (!offline) return null;
  return (
    <div className="offline" role="alert">
      {t('offline')}
    </div>
  );
}

export function Layout({ nav, children, area, tag }: { nav: ReactNode; children: ReactNode; area: 'customer' | 'store' | 'admin'; tag?: string }) {
  const { t } = useI18n();
  const { config } = useTenant();
  return (
    <div className={`app app-${area}`}>
      <a className="skip" href="#main">
        {t('skip')}
      </a>
      <header className="top">
        <Link href={area === 'customer' ? '/' : `/${area}`} className="brand">
          {config.branding.logo_url ? <img src={config.branding.logo_url} alt="" height={28} /> : null}
          <span>{config.name}</span>
          {area === 'store' ? <span className="tag">{t('store')}</span> : tag ? <span className="tag">{tag}</span> : null}
        </Link>
        <nav aria-label="main">{nav}</nav>
        <LocaleSwitcher />
      </header>
      <OfflineBanner />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

/** The server's localized message for a failed call (or the offline note). */
export function ErrorText({ error, id }: { error: unknown; id?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  const text = error instanceof OfflineError ? t('offline') : error instanceof ApiError || error instanceof Error ? error.message : String(error);
  return (
    <p className="error" role="alert" id={id}>
      {text}
    </p>
  );
}

export function Field({
  label,
  value,
  onChange,
  type = 'text',
  error,
  hint,
  required,
  autoComplete,
  inputMode,
  name,
}: {
  label: string;
  value: string;
  onChange(v: string): void;
  type?: string;
  error?: string | null;
  hint?: string | null;
  required?: boolean;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email';
  name?: string;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint ? (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      ) : null}
      {error ? (
        <small id={`${id}-err`} className="error" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}

/** A drawn silhouette per item group when the catalog has no picture. */
export function DevicePicture({ url, group, size = 48 }: { url: string | null; group: string; size?: number }) {
  if (url && url.startsWith('/')) return <img src={url} alt="" width={size} height={size} className="pic" />;
  const tablet = /tablet|ipad/i.test(group);
  const watch = /watch/i.test(group);
  const laptop = /laptop|mac|computer/i.test(group);
  return (
    <svg width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" className="pic">
      {laptop ? (
        <path d="M10 12h28v18H10zM6 34h36l-3 4H9z" fill="none" stroke="currentColor" strokeWidth="2.5" />
      ) : watch ? (
        <path d="M18 4h12v8H18zM18 36h12v8H18zM14 12h20v24H14z" fill="none" stroke="currentColor" strokeWidth="2.5" />
      ) : tablet ? (
        <rect x="9" y="5" width="30" height="38" rx="3" fill="none" stroke="currentColor" strokeWidth="2.5" />
      ) : (
        <>
          <rect x="14" y="4" width="20" height="40" rx="4" fill="none" stroke="currentColor" strokeWidth="2.5" />
          <circle cx="24" cy="38" r="1.8" fill="currentColor" />
        </>
      )}
    </svg>
  );
}

/** Luhn check of a 15-digit IMEI, as the user types (the server checks again). */
export function imeiProblem(value: string): 'short' | 'bad' | null {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 15) return 'short';
  if (digits.length > 15) return 'bad';
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    let d = Number(digits[14 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0 ? null : 'bad';
}
