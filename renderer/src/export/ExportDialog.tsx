/**
 * The export dialog: what to export (the CRS report, the diagram, the data tables), paper and
 * layout, a preview of page 1, progress with Cancel, and what went wrong along the way without
 * stopping the export (a font that did not load, a lowered PNG resolution).
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { inventoryRows, inventoryTable, requirementRows, requirementTable, type Table, type ZonewrightDocument } from '../../../shared';
import { analysisOf } from '../analysis/findings';
import { makeIcon } from '../icons/Icon';
import { CheckCircleIcon, CloseIcon, ErrorIcon, InfoIcon, PdfIcon, WarningIcon } from '../icons/uiIcons';
import { editorStore, useEditor } from '../store/editorStore';
import { renderPreview, runExport, type ExportOutcome, type Preview } from './exporter';
import type { DiagramLayout, Orientation, PaperSize } from './jobTypes';
import {
  DEFAULT_OPTIONS,
  DPI_CHOICES,
  fileName,
  outputFormat,
  PAPERS,
  stepLabel,
  type DataFormat,
  type DiagramFormat,
  type ExportOptions,
  type ExportWhat,
  type ProgressStep,
} from './options';
import { isAbort } from './runner';
import './export.css';

const DiagramIcon = makeIcon('DiagramIcon', (
  <>
    <rect x="2.5" y="3.5" width="8" height="7" rx="1.5" />
    <rect x="13.5" y="13.5" width="8" height="7" rx="1.5" />
    <path d="M6.5 10.5v4.5a2 2 0 0 0 2 2h5" />
  </>
));
const TableIcon = makeIcon('TableIcon', (
  <>
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <path d="M3 9.5h18M3 14.5h18M9.5 9.5V20" />
  </>
));

/** The choices survive closing the dialog (for the session). */
let remembered: ExportOptions = DEFAULT_OPTIONS;

function remember(options: ExportOptions): void {
  remembered = options;
}

type RunState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly step: ProgressStep }
  | { readonly kind: 'done'; readonly outcome: ExportOutcome }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

type PreviewState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly preview: Preview }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'none' };

const close = () => editorStore.getState().openDialog(null);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function RadioCard({ name, value, checked, onChange, icon, title, text }: { readonly name: string; readonly value: string; readonly checked: boolean; readonly onChange: () => void; readonly icon: ReactNode; readonly title: string; readonly text: string }) {
  const id = useId();
  return (
    <label className={`xp-card${checked ? ' is-checked' : ''}`}>
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`} />
      <span className="xp-card-icon" aria-hidden="true">
        {icon}
      </span>
      <span className="xp-card-title" id={`${id}-t`}>
        {title}
      </span>
      <span className="xp-card-text" id={`${id}-d`}>
        {text}
      </span>
    </label>
  );
}

function Segmented<T extends string>({ legend, name, value, options, onChange }: { readonly legend: string; readonly name: string; readonly value: T; readonly options: readonly { readonly value: T; readonly label: string }[]; readonly onChange: (v: T) => void }) {
  return (
    <fieldset className="xp-field">
      <legend className="xp-label">{legend}</legend>
      <div className="xp-seg">
        {options.map((o) => (
          <label key={o.value} className="xp-seg-item">
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function RadioList<T extends string>({ legend, name, value, options, onChange }: { readonly legend: string; readonly name: string; readonly value: T; readonly options: readonly { readonly value: T; readonly label: string; readonly hint: string }[]; readonly onChange: (v: T) => void }) {
  return (
    <fieldset className="xp-field">
      <legend className="xp-label">{legend}</legend>
      <div className="xp-radios">
        {options.map((o) => (
          <label key={o.value} className={`xp-radio${value === o.value ? ' is-checked' : ''}`}>
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} aria-labelledby={`${name}-${o.value}-l`} aria-describedby={`${name}-${o.value}-h`} />
            <span className="xp-radio-text">
              <span className="xp-radio-label" id={`${name}-${o.value}-l`}>
                {o.label}
              </span>
              <span className="xp-radio-hint" id={`${name}-${o.value}-h`}>
                {o.hint}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const LAYOUTS: readonly { readonly value: DiagramLayout; readonly label: string; readonly hint: string }[] = [
  { value: 'fit', label: 'Fit to one page', hint: 'The whole plant on one sheet, scaled to fit.' },
  { value: 'tile', label: 'Tile over several pages', hint: 'Full scale, with overlap and crop marks to tape together.' },
  { value: 'per-zone', label: 'One page per zone', hint: 'The overview, then a sheet for each zone.' },
];

const DATA_FORMATS: readonly { readonly value: DataFormat; readonly label: string; readonly hint: string }[] = [
  { value: 'xlsx', label: 'Excel workbook (.xlsx)', hint: 'Asset inventory and requirement list, one sheet each.' },
  { value: 'csv-inventory', label: 'Asset inventory (.csv)', hint: 'One row per asset: zone, type, vendor, SL-C.' },
  { value: 'csv-requirements', label: 'Requirement list (.csv)', hint: 'One row per requirement of each zone, conduit and asset.' },
];

/** The first rows of the tables a data export writes, instead of a page preview. */
function DataPreview({ doc, format }: { readonly doc: ZonewrightDocument; readonly format: DataFormat }) {
  const tables = useMemo(() => {
    const out: { title: string; table: Table }[] = [];
    if (format !== 'csv-requirements') out.push({ title: 'Asset inventory', table: inventoryTable(inventoryRows(doc)) });
    if (format !== 'csv-inventory') out.push({ title: 'Requirements', table: requirementTable(requirementRows(doc, analysisOf(doc))) });
    return out;
  }, [doc, format]);
  const SHOWN_COLUMNS: Record<string, readonly number[]> = { 'Asset inventory': [1, 2, 5, 7], Requirements: [2, 4, 5, 7] };
  return (
    <div className="xp-data">
      {tables.map(({ title, table }) => {
        const cols = SHOWN_COLUMNS[title] ?? [0, 1, 2];
        return (
          <section key={title} className="xp-data-sheet" aria-label={`${title} preview`}>
            <h3>
              {title} <span className="xp-muted">· {table.rows.length} rows, {table.columns.length} columns</span>
            </h3>
            <table>
              <thead>
                <tr>
                  {cols.map((c) => (
                    <th key={c}>{table.columns[c]}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.slice(0, 6).map((row, r) => (
                  <tr key={r}>
                    {cols.map((c) => (
                      <td key={c}>{String(row[c] ?? '')}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {table.rows.length > 6 && <p className="xp-muted">and {table.rows.length - 6} more rows</p>}
            {table.rows.length === 0 && <p className="xp-muted">No rows yet.</p>}
          </section>
        );
      })}
    </div>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** What the report will hold, with the counts of this project. */
function ReportContents({ doc }: { readonly doc: ZonewrightDocument }) {
  const analysis = analysisOf(doc);
  const rows: readonly (readonly [string, string, string?])[] = [
    ['', 'Cover, revision history, contents'],
    ['1', 'System under consideration'],
    ['2', 'Zone and conduit diagram'],
    ['3', 'Zones', `${plural(doc.zones.length, 'zone')}: characteristics, SL-T, requirements`],
    ['4', 'Conduits', `${plural(doc.conduits.length, 'conduit')}: flows, boundary devices`],
    ['5', 'Asset inventory', plural(doc.assets.length, 'asset')],
    ['6', 'Findings', plural(analysis.findings.length, 'finding')],
    ['7', 'SL-C gaps', plural(analysis.gaps.length, 'gap')],
    ['8', 'Requirements matrix', 'zones × foundational requirements'],
    ['9', 'Approval', 'signature block for the asset owner'],
  ];
  return (
    <section className="xp-contents" aria-label="Report contents">
      <h3 className="xp-label">Contents</h3>
      <ol>
        {rows.map(([n, title, note]) => (
          <li key={title}>
            <span className="xp-contents-n">{n}</span>
            <span className="xp-contents-title">{title}</span>
            {note && <span className="xp-muted">{note}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function paperText(o: ExportOptions): string {
  const paper = PAPERS.find((p) => p.id === o.paper);
  return `${paper?.label ?? o.paper} ${o.orientation}`;
}

/** What decides page 1 (the PNG resolution does not), as a string key for the preview effect. */
function previewKey(o: ExportOptions): string | undefined {
  if (o.what === 'data') return undefined;
  const { what, diagramFormat, diagramLayout, paper, orientation } = o;
  return JSON.stringify({ what, diagramFormat, diagramLayout, paper, orientation });
}

function usePreview(doc: ZonewrightDocument, options: ExportOptions): { state: PreviewState; warnings: readonly string[] } {
  const key = previewKey(options);
  // Results are kept with the document and key they are for; anything else is still loading.
  const [result, setResult] = useState<{ readonly doc: ZonewrightDocument; readonly key: string; readonly state: PreviewState; readonly warnings: readonly string[] }>();
  useEffect(() => {
    if (!key) return;
    const wanted: ExportOptions = { ...DEFAULT_OPTIONS, ...(JSON.parse(key) as Partial<ExportOptions>) };
    const controller = new AbortController();
    let url: string | undefined;
    const found: string[] = [];
    const onWarning = (w: string) => {
      if (!found.includes(w)) found.push(w);
    };
    // A short pause, so that clicking through the options does not start a build per click.
    const timer = setTimeout(() => {
      renderPreview(doc, wanted, 900, controller.signal, onWarning).then(
        (preview) => {
          if (controller.signal.aborted) {
            URL.revokeObjectURL(preview.url);
            return;
          }
          url = preview.url;
          setResult({ doc, key, state: { kind: 'ready', preview }, warnings: [...found] });
        },
        (error: unknown) => {
          if (controller.signal.aborted || isAbort(error)) return;
          setResult({ doc, key, state: { kind: 'failed', message: messageOf(error) }, warnings: [...found] });
        },
      );
    }, 180);
    return () => {
      clearTimeout(timer);
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [doc, key]);
  if (!key) return { state: { kind: 'none' }, warnings: [] };
  if (!result || result.key !== key || result.doc !== doc) return { state: { kind: 'loading' }, warnings: [] };
  return { state: result.state, warnings: result.warnings };
}

function PagePreview({ state, options }: { readonly state: PreviewState; readonly options: ExportOptions }) {
  const portrait = options.orientation === 'portrait';
  if (state.kind === 'ready') {
    const { preview } = state;
    const what = options.what === 'report' ? 'the report' : 'the diagram';
    return (
      <figure className="xp-preview-figure">
        <div className="xp-sheet-frame">
          <img
            className="xp-sheet"
            src={preview.url}
            alt={`Preview of page 1 of ${what}, ${paperText(options)}`}
            style={{ aspectRatio: `${preview.width} / ${preview.height}` }}
          />
        </div>
        <figcaption className="xp-caption">
          Page 1 of {preview.pageCount} · {paperText(options)}
          {options.what === 'diagram' && options.diagramFormat !== 'pdf' && ' · one sheet'}
        </figcaption>
      </figure>
    );
  }
  return (
    <figure className="xp-preview-figure">
      <div className="xp-sheet-frame">
        <div className={`xp-sheet xp-sheet--placeholder${state.kind === 'loading' ? ' is-loading' : ''}`} style={{ aspectRatio: portrait ? '1 / 1.414' : '1.414 / 1' }}>
          {state.kind === 'loading' && (
            <span className="xp-placeholder-text" role="status">
              <span className="xp-spinner" aria-hidden="true" /> Drawing page 1…
            </span>
          )}
          {state.kind === 'failed' && (
            <span className="xp-placeholder-text xp-placeholder-text--error" role="alert">
              <ErrorIcon size={16} /> No preview: {state.message}. The export may still work.
            </span>
          )}
        </div>
      </div>
      <figcaption className="xp-caption">{paperText(options)}</figcaption>
    </figure>
  );
}

function Status({ run, options, doc }: { readonly run: RunState; readonly options: ExportOptions; readonly doc: ZonewrightDocument }) {
  switch (run.kind) {
    case 'idle':
      return <span className="xp-status-text xp-muted">{fileName(doc, options)}</span>;
    case 'running': {
      const { text, fraction } = stepLabel(run.step, options);
      return (
        <>
          <progress className="xp-progress" max={1} value={fraction} aria-label="Export progress" />
          <span className="xp-status-text">{text}</span>
        </>
      );
    }
    case 'done':
      return run.outcome.savedAs !== undefined ? (
        <span className="xp-status-text xp-status--ok">
          <CheckCircleIcon size={16} /> Saved {run.outcome.fileName} <span className="xp-muted">· {run.outcome.summary}</span>
        </span>
      ) : (
        <span className="xp-status-text xp-muted">
          <InfoIcon size={16} /> Not saved: the save dialog was closed.
        </span>
      );
    case 'cancelled':
      return (
        <span className="xp-status-text xp-muted">
          <InfoIcon size={16} /> Export cancelled. Nothing was saved.
        </span>
      );
    case 'failed':
      return (
        <span className="xp-status-text xp-status--error">
          <ErrorIcon size={16} /> Export failed: {run.message}
        </span>
      );
  }
}

export default function ExportDialog() {
  const doc = useEditor((s) => s.doc);
  const [options, setOptions] = useState<ExportOptions>(remembered);
  const [run, setRun] = useState<RunState>({ kind: 'idle' });
  const [exportWarnings, setExportWarnings] = useState<readonly string[]>([]);
  const controller = useRef<AbortController | null>(null);
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const preview = usePreview(doc, options);
  const running = run.kind === 'running';

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => {
      controller.current?.abort();
      dialog?.close?.();
    };
  }, []);

  const update = (patch: Partial<ExportOptions>) => {
    const next = { ...options, ...patch };
    remember(next);
    setOptions(next);
    if (run.kind !== 'running') {
      setRun({ kind: 'idle' });
      setExportWarnings([]);
    }
  };

  const start = () => {
    if (running) return;
    const c = new AbortController();
    controller.current = c;
    const found: string[] = [];
    setExportWarnings([]);
    setRun({ kind: 'running', step: 'start' });
    runExport(doc, options, {
      signal: c.signal,
      onProgress: (step) => !c.signal.aborted && setRun({ kind: 'running', step }),
      onWarning: (w) => {
        if (found.includes(w)) return;
        found.push(w);
        setExportWarnings([...found]);
      },
    }).then(
      (outcome) => {
        if (!c.signal.aborted) setRun({ kind: 'done', outcome });
      },
      (error: unknown) => setRun(isAbort(error) || c.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', message: messageOf(error) }),
    );
  };

  const cancel = () => {
    controller.current?.abort();
    setRun({ kind: 'cancelled' });
  };

  const dismiss = () => {
    controller.current?.abort();
    close();
  };

  const format = outputFormat(options);
  const warnings = [...new Set([...exportWarnings, ...(options.what === 'data' ? [] : preview.warnings)])];
  const describedBy = `${id}-status`;

  return (
    <dialog
      ref={ref}
      className="modal xp-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={describedBy}
      onCancel={(e) => {
        e.preventDefault();
        if (running) cancel();
        else dismiss();
      }}
    >
      <div className="modal-head">
        <h2 id={`${id}-title`}>Export</h2>
        <button type="button" className="btn btn-icon btn-ghost" onClick={dismiss} aria-label="Close">
          <CloseIcon size={16} />
        </button>
      </div>
      <div className="xp-body">
        <form className="xp-options" onSubmit={(e) => e.preventDefault()} aria-label="Export options">
          <fieldset className="xp-field" disabled={running}>
            <legend className="xp-label">What</legend>
            <div className="xp-cards">
              {(
                [
                  ['report', <PdfIcon key="i" size={20} />, 'CRS report', 'Cybersecurity Requirements Specification, IEC 62443-3-2 ZCR 6.'],
                  ['diagram', <DiagramIcon key="i" size={20} />, 'Diagram', 'Zones and conduits with legend and title block.'],
                  ['data', <TableIcon key="i" size={20} />, 'Data tables', 'Asset inventory and requirement list for spreadsheets.'],
                ] as const
              ).map(([value, icon, title, text]) => (
                <RadioCard key={value} name={`${id}-what`} value={value} checked={options.what === value} onChange={() => update({ what: value as ExportWhat })} icon={icon} title={title} text={text} />
              ))}
            </div>
          </fieldset>

          <fieldset className="xp-group" disabled={running}>
            <legend className="xp-visually-hidden">Settings</legend>
            {options.what === 'diagram' && (
              <Segmented<DiagramFormat>
                legend="Format"
                name={`${id}-format`}
                value={options.diagramFormat}
                options={[
                  { value: 'pdf', label: 'PDF' },
                  { value: 'svg', label: 'SVG' },
                  { value: 'png', label: 'PNG' },
                ]}
                onChange={(diagramFormat) => update({ diagramFormat })}
              />
            )}
            {options.what !== 'data' && (
              <div className="xp-row">
                <label className="xp-field">
                  <span className="xp-label">Paper size</span>
                  <select className="xp-select" value={options.paper} onChange={(e) => update({ paper: e.target.value as PaperSize })}>
                    {PAPERS.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.label} ({p.size})
                      </option>
                    ))}
                  </select>
                </label>
                <Segmented<Orientation>
                  legend="Orientation"
                  name={`${id}-orientation`}
                  value={options.orientation}
                  options={[
                    { value: 'portrait', label: 'Portrait' },
                    { value: 'landscape', label: 'Landscape' },
                  ]}
                  onChange={(orientation) => update({ orientation })}
                />
              </div>
            )}
            {options.what === 'report' && <p className="xp-hint">The diagram section turns its page to landscape when the drawing is wider than tall.</p>}
            {options.what === 'report' && <ReportContents doc={doc} />}
            {options.what === 'diagram' && options.diagramFormat === 'pdf' && (
              <RadioList<DiagramLayout> legend="Pages" name={`${id}-layout`} value={options.diagramLayout} options={LAYOUTS} onChange={(diagramLayout) => update({ diagramLayout })} />
            )}
            {options.what === 'diagram' && options.diagramFormat === 'png' && (
              <label className="xp-field">
                <span className="xp-label">Resolution</span>
                <select className="xp-select" value={options.dpi} onChange={(e) => update({ dpi: Number(e.target.value) })}>
                  {DPI_CHOICES.map((d) => (
                    <option key={d} value={d}>
                      {d} dpi{d === 96 ? ' (screen)' : d === 150 ? ' (documents)' : ' (print)'}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {options.what === 'diagram' && options.diagramFormat !== 'pdf' && <p className="xp-hint">SVG and PNG hold one sheet: the whole plant fitted to the paper.</p>}
            {options.what === 'data' && <RadioList<DataFormat> legend="File" name={`${id}-data`} value={options.dataFormat} options={DATA_FORMATS} onChange={(dataFormat) => update({ dataFormat })} />}
          </fieldset>
        </form>

        <section className="xp-preview" aria-label="Preview" aria-busy={preview.state.kind === 'loading'}>
          {options.what === 'data' ? <DataPreview doc={doc} format={options.dataFormat} /> : <PagePreview state={preview.state} options={options} />}
        </section>
      </div>

      {warnings.length > 0 && (
        <ul className="xp-warnings" aria-label="Warnings">
          {warnings.map((w) => (
            <li key={w}>
              <WarningIcon size={16} /> <span>{w}</span>
            </li>
          ))}
        </ul>
      )}

      <div className="modal-foot xp-foot">
        <div className="xp-status" id={describedBy} role="status" aria-live="polite">
          <Status run={run} options={options} doc={doc} />
        </div>
        {running ? (
          <button type="button" className="btn" onClick={cancel}>
            Cancel export
          </button>
        ) : (
          <button type="button" className="btn" onClick={dismiss}>
            Close
          </button>
        )}
        <button type="button" className="btn btn-primary" onClick={start} disabled={running}>
          Export {format.label}
        </button>
      </div>
    </dialog>
  );
}
