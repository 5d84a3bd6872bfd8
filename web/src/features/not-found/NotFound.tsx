import { useEffect, useRef } from 'react';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/ui';

/** An address the app does not know: says so, with the way back to the area's start page. */
export function NotFound({ home }: { home: string }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card not-found" aria-labelledby="nf-h">
      <h1 id="nf-h" ref={heading} tabIndex={-1}>
        {t('notFoundTitle')}
      </h1>
      <p>{t('notFoundText')}</p>
      <p>
        <Link href={home}>{t('notFoundHome')}</Link>
      </p>
    </section>
  );
}
