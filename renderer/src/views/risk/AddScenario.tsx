/**
 * Adds a threat scenario to a register: a threat from the starter library or the project's own,
 * or a new custom threat defined on the spot (threat and scenario in one undo step).
 */
import { useId, useState } from 'react';
import {
  addRiskScenario,
  addThreat,
  allThreats,
  FR_INFO,
  FR_KEYS,
  frLabel,
  riskSettings,
  type FrKey,
  type ZonewrightDocument,
} from '../../../../shared';
import { PlusIcon } from '../../icons/uiIcons';
import { editorStore } from '../../store/editorStore';
import { FormField } from '../../components/fields';

interface CustomDraft {
  readonly title: string;
  readonly description: string;
  readonly frs: readonly FrKey[];
  readonly likelihood: string;
  readonly problem?: string;
}

const EMPTY_DRAFT: CustomDraft = { title: '', description: '', frs: [], likelihood: '' };

export function AddScenario({ doc, elementId, onAdded }: { readonly doc: ZonewrightDocument; readonly elementId: string; readonly onAdded: () => void }) {
  const id = useId();
  const { matrix } = riskSettings(doc);
  const threats = allThreats(doc, matrix);
  const [threatId, setThreatId] = useState('');
  const [draft, setDraft] = useState<CustomDraft | null>(null);
  const picked = threats.find((t) => t.id === threatId);

  const add = () => {
    if (!picked) return;
    if (editorStore.getState().edit((d) => addRiskScenario(d, { elementId, threatId: picked.id }))) {
      setThreatId('');
      onAdded();
    }
  };

  const addCustom = () => {
    if (!draft) return;
    const title = draft.title.trim();
    if (!title) return setDraft({ ...draft, problem: 'Give the threat a title.' });
    if (title.length > 200) return setDraft({ ...draft, problem: 'The title can have at most 200 characters.' });
    if (draft.frs.length === 0) return setDraft({ ...draft, problem: 'Tick at least one foundational requirement the threat works against.' });
    const added = editorStore.getState().edit((d) => {
      const withThreat = addThreat(d, {
        title,
        frs: FR_KEYS.filter((fr) => draft.frs.includes(fr)),
        ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
        ...(draft.likelihood ? { likelihood: Number(draft.likelihood) } : {}),
      });
      const threat = withThreat.threats?.at(-1);
      return withThreat === d || !threat ? d : addRiskScenario(withThreat, { elementId, threatId: threat.id });
    });
    if (added) {
      setDraft(null);
      onAdded();
    } else setDraft({ ...draft, problem: 'The threat could not be added: check its title and description.' });
  };

  const library = threats.filter((t) => !t.custom);
  const custom = threats.filter((t) => t.custom);
  return (
    <div className="risk-add">
      <div className="risk-add-row">
        <FormField htmlFor={`${id}-threat`} label="Threat">
          <select id={`${id}-threat`} value={threatId} onChange={(e) => setThreatId(e.target.value)}>
            <option value="">Choose a threat…</option>
            <optgroup label="Starter library">
              {library.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title}
                </option>
              ))}
            </optgroup>
            {custom.length > 0 && (
              <optgroup label="Custom threats">
                {custom.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.title}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </FormField>
        <button type="button" className="btn btn-primary" disabled={!picked} onClick={add}>
          <PlusIcon size={15} />
          Add scenario
        </button>
        <button type="button" className="btn" aria-expanded={draft !== null} onClick={() => setDraft(draft ? null : EMPTY_DRAFT)}>
          Custom threat…
        </button>
      </div>
      {picked && (
        <p className="risk-threat-text">
          {picked.description} <span className="risk-threat-meta">Affects {picked.frs.join(', ')}; typical likelihood {picked.likelihood ?? '–'} ({picked.likelihood ? matrix.likelihoods[picked.likelihood - 1] : 'none given'}).</span>
        </p>
      )}
      {draft && (
        <fieldset className="risk-custom">
          <legend>New custom threat</legend>
          <div className="risk-custom-grid">
            <FormField htmlFor={`${id}-title`} label="Title" problem={draft.problem && !draft.title.trim()}>
              <input id={`${id}-title`} type="text" value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value, problem: undefined })} />
            </FormField>
            <FormField htmlFor={`${id}-likelihood`} label="Typical likelihood">
              <select id={`${id}-likelihood`} value={draft.likelihood} onChange={(e) => setDraft({ ...draft, likelihood: e.target.value })}>
                <option value="">None</option>
                {matrix.likelihoods.map((l, i) => (
                  <option key={i} value={i + 1}>
                    {i + 1} · {l}
                  </option>
                ))}
              </select>
            </FormField>
          </div>
          <FormField htmlFor={`${id}-description`} label="Description">
            <textarea id={`${id}-description`} rows={2} value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
          </FormField>
          <fieldset className="risk-frs">
            <legend className="field-label">Works against</legend>
            <div className="risk-fr-toggles">
              {FR_KEYS.map((fr) => (
                <label key={fr} className="risk-fr-toggle" title={FR_INFO[fr].name}>
                  <input
                    type="checkbox"
                    checked={draft.frs.includes(fr)}
                    aria-label={`${frLabel(fr)} ${FR_INFO[fr].name}`}
                    onChange={(e) => setDraft({ ...draft, frs: e.target.checked ? [...draft.frs, fr] : draft.frs.filter((f) => f !== fr), problem: undefined })}
                  />
                  <span aria-hidden="true">{fr}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {draft.problem && (
            <p className="field-problem" role="alert">
              {draft.problem}
            </p>
          )}
          <div className="risk-override-actions">
            <button type="button" className="btn btn-primary" onClick={addCustom}>
              Add threat and scenario
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
