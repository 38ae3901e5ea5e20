/** Builds valid documents from terse literals for tests, through the real loader. */
import type { ZonewrightDocument } from '../model/document';
import { formatProblems, loadDocument } from '../model/load';


export interface DocumentInput {
  readonly meta?: { readonly name?: string; readonly phase?: string };
  readonly zones?: readonly Record<string, unknown>[];
  readonly assets?: readonly Record<string, unknown>[];
  readonly conduits?: readonly Record<string, unknown>[];
  readonly links?: readonly Record<string, unknown>[];
}

/** Throws with every problem listed when the input is not a valid document. */
export function makeDocument(input: DocumentInput): ZonewrightDocument {
  const result = loadDocument({
    format: 'zonewright',
    version: 1,
    zones: [],
    assets: [],
    conduits: [],
    links: [],
    ...input,
    meta: { name: 'Test plant', ...input.meta },
  });
  if (!result.ok) throw new Error(`invalid test document:\n${formatProblems(result.problems)}`);
  return result.doc;
}
