import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText } from '../../../app/ui';
import { setupMessages } from '../messages';
import type { ImportResult } from '../types';
import { csvChunks } from './csv-chunks';
import { keys } from '../keys';
import { DataTable } from '../../DataTable';

interface State {
  done: number;
  total: number;
  imported: number;
  errors: ImportResult['errors'];
  running: boolean;
  failure: unknown;
}

/** Bulk prices from a CSV file: sent in parts with a progress bar; good rows are kept, bad rows listed with their line. */
export function CsvImport() {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const qc = useQueryClient();
  const id = useId();
  const [state, setState] = useState<State | null>(null);
  const start = async (file: File) => {
    const chunks = csvChunks(await file.text());
    const total = chunks.reduce((n, c) => n + c.rows, 0);
    let s: State = { done: 0, total, imported: 0, errors: [], running: true, failure: null };
    setState(s);
    for (const chunk of chunks) {
      try {
        const r = unwrap(
          await api.POST('/api/{tenant}/admin/valuations/import', {
            params: { path: { tenant: slug } },
            body: { csv: chunk.csv, first_line: chunk.firstLine },
          }),
        );
        s = { ...s, done: s.done + chunk.rows, imported: s.imported + r.imported, errors: [...s.errors, ...r.errors] };
      } catch (err) {
        s = { ...s, failure: err };
        break;
      } finally {
        setState(s);
      }
    }
    setState({ ...s, running: false });
    await qc.invalidateQueries({ queryKey: keys.valuations(slug) });
  };
  return (
    <section aria-labelledby="import-h" className="subform">
      <h2 id="import-h">{m('csvImport')}</h2>
      <p id={`${id}-hint`}>{m('csvHint')}</p>
      <div className="field">
        <label htmlFor={id}>{m('csvFile')}</label>
        <input
          id={id}
          name="csv"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${id}-hint`}
          disabled={state?.running}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void start(file);
            e.target.value = '';
          }}
        />
      </div>
      {state ? <ImportProgress state={state} /> : null}
    </section>
  );
}

function ImportProgress({ state }: { state: State }) {
  const m = useMessages(setupMessages);
  return (
    <div>
      <progress className="progress" max={Math.max(1, state.total)} value={state.done} aria-label={m('importProgress')} />
      <p role="status" data-testid="import-status">
        {state.running
          ? m('importRunning', { done: state.done, total: state.total })
          : m('importDone', { imported: state.imported, failed: state.errors.length })}
      </p>
      <ErrorText error={state.failure} />
      {state.errors.length > 0 ? (
        <DataTable
          caption={m('rowErrors')}
          rows={state.errors}
          rowKey={(e) => e.line}
          columns={[
            { header: m('line'), numeric: true, cell: (e) => e.line },
            { header: m('error'), cell: (e) => <span className="error">{e.message}</span> },
          ]}
        />
      ) : null}
    </div>
  );
}
