/** Writes a document as the text of a `.zonewright.json` file. */
import type { ZonewrightDocument } from './document';

/** Pretty JSON with a trailing newline; fields keep the document's order so diffs stay small. */
export function serializeDocument(doc: ZonewrightDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
