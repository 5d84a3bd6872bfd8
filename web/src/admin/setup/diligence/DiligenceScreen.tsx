import { useState } from 'react';
import { useMessages } from '../../../app/i18n';
import { ErrorText, Field } from '../../../app/ui';
import { setupMessages } from '../messages';
import { CheckField } from '../parts';
import { num, SectionForm, str, type Section } from '../settings/SectionForm';
import { section, useSettings } from '../settings/useSettings';
import { Blocklist } from './Blocklist';

/** Due diligence: the checking service and time budget, and the tenant's blocklist. */
export default function DiligenceScreen() {
  const m = useMessages(setupMessages);
  const settings = useSettings();
  return (
    <section aria-labelledby="diligence-h">
      <h1 id="diligence-h">{m('diligence')}</h1>
      <ErrorText error={settings.error} />
      {settings.data ? <DiligenceSettings current={section(settings.data.settings, 'diligence')} /> : null}
      <Blocklist />
    </section>
  );
}

function DiligenceSettings({ current }: { current: Section }) {
  const m = useMessages(setupMessages);
  const ext = (current.external ?? null) as Section | null;
  const [budget, setBudget] = useState(str(current.budgetMs, '8000'));
  const [maxAge, setMaxAge] = useState(str(current.reportMaxAgeHours));
  const [url, setUrl] = useState(str(ext?.url));
  const [apiKey, setApiKey] = useState(str(ext?.apiKey));
  const [name, setName] = useState(str(ext?.name, 'ExternalCheckProvider'));
  const checks = (ext?.checks as string[] | undefined) ?? ['fraud'];
  const [fraud, setFraud] = useState(checks.includes('fraud'));
  const [fmip, setFmip] = useState(checks.includes('fmip'));
  const build = () => ({
    ...current,
    budgetMs: num(budget),
    reportMaxAgeHours: maxAge.trim() ? Number(maxAge) : null,
    external: url.trim() ? { ...(ext ?? {}), url: url.trim(), apiKey, name, checks: [...(fraud ? ['fraud'] : []), ...(fmip ? ['fmip'] : [])] } : null,
  });
  return (
    <SectionForm name="diligence" title="diligenceSettings" build={build}>
      <Field label={m('budgetMs')} name="budgetMs" inputMode="numeric" value={budget} onChange={setBudget} />
      <Field label={m('reportMaxAge')} name="reportMaxAgeHours" inputMode="numeric" value={maxAge} onChange={setMaxAge} hint={m('reportMaxAgeHint')} />
      <Field label={m('checkServiceUrl')} name="checkUrl" type="url" value={url} onChange={setUrl} hint={m('checkServiceHint')} />
      <Field label={m('checkServiceKey')} name="checkKey" type="password" value={apiKey} onChange={setApiKey} autoComplete="off" />
      <Field label={m('checkServiceName')} name="checkName" value={name} onChange={setName} />
      <div>
        <CheckField label={m('checkFraud')} checked={fraud} onChange={setFraud} />
        <CheckField label={m('checkFmip')} checked={fmip} onChange={setFmip} />
      </div>
    </SectionForm>
  );
}
