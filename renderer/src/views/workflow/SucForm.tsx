/**
 * The description of the system under consideration: the project description and scope (ZCR 1),
 * and the assumptions, threat environment, policies and regulations it is documented with
 * (ZCR 6.5–6.9). Each field commits on leaving it, as one undoable edit.
 */
import { setMeta, setSuc, textProblem, type SucDescription, type ZonewrightDocument } from '../../../../shared';
import { TextField } from '../../components/fields';
import { editorStore } from '../../store/editorStore';

const MAX = 20000;
const validate = (v: string) => textProblem(v, MAX);
const edit = (fn: (doc: ZonewrightDocument) => ZonewrightDocument) => editorStore.getState().edit(fn);

function sucField(doc: ZonewrightDocument, key: keyof SucDescription, label: string, placeholder: string) {
  return (
    <TextField
      key={key}
      label={label}
      value={doc.suc?.[key] ?? ''}
      multiline
      validate={validate}
      placeholder={placeholder}
      onCommit={(v) => edit((d) => setSuc(d, { patch: { [key]: v.trim() ? v : undefined } }))}
    />
  );
}

/** ZCR 1: what the system is and where it ends. */
export function SucScopeForm({ doc }: { readonly doc: ZonewrightDocument }) {
  return (
    <div className="wf-form" role="group" aria-label="System under consideration">
      <TextField
        label="Description of the system"
        value={doc.meta.description ?? ''}
        multiline
        validate={validate}
        placeholder="What the system does, where it runs, who operates it"
        onCommit={(v) => edit((d) => setMeta(d, { patch: { description: v.trim() ? v : undefined } }))}
      />
      {sucField(doc, 'scope', 'Scope', 'What belongs to the system under consideration, and what does not (its perimeter)')}
    </div>
  );
}

/** ZCR 6.5–6.9: what the requirements rest on. */
export function SucDocumentationForm({ doc }: { readonly doc: ZonewrightDocument }) {
  return (
    <div className="wf-form wf-form--grid" role="group" aria-label="Assumptions and constraints">
      {sucField(doc, 'assumptions', 'Operating environment assumptions', 'Physical security, staffing, network services the system relies on (ZCR 6.5)')}
      {sucField(doc, 'threatEnvironment', 'Threat environment', 'Who might attack, with what means and motivation (ZCR 6.6)')}
      {sucField(doc, 'policies', 'Organizational security policies', 'Policies and procedures that apply to the system (ZCR 6.7)')}
      {sucField(doc, 'regulations', 'Regulatory requirements', 'Laws and regulations that apply, or that none do (ZCR 6.9)')}
    </div>
  );
}
