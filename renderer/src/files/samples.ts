/**
 * The sample projects of assets/samples, bundled into the app at build time (no request is ever
 * made for them) and read with the same loader as any file.
 */
import { formatProblems, loadDocumentText, type ZonewrightDocument } from '../../../shared';

const RAW = import.meta.glob('../../../assets/samples/*.zonewright.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export interface Sample {
  /** File name, e.g. `water-treatment.zonewright.json`. */
  readonly file: string;
  readonly name: string;
  readonly description: string | undefined;
  readonly doc: ZonewrightDocument | undefined;
  /** Why the sample did not load, if it did not (shown rather than hidden). */
  readonly problems: string | undefined;
  readonly counts: { readonly zones: number; readonly assets: number; readonly conduits: number };
}

function toSample(path: string, text: string): Sample {
  const file = path.slice(path.lastIndexOf('/') + 1);
  const result = loadDocumentText(text);
  if (!result.ok) {
    return { file, name: file, description: undefined, doc: undefined, problems: formatProblems(result.problems), counts: { zones: 0, assets: 0, conduits: 0 } };
  }
  const { doc } = result;
  return {
    file,
    name: doc.meta.name,
    description: doc.meta.description,
    doc,
    problems: undefined,
    counts: { zones: doc.zones.length, assets: doc.assets.length, conduits: doc.conduits.length },
  };
}

export const SAMPLES: readonly Sample[] = Object.entries(RAW)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, text]) => toSample(path, text));
