/** What a CLI command may touch: its arguments, output streams and files. Tests run the real binary. */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatProblems, loadDocumentText, type ZonewrightDocument } from '../../shared';

/** Exit codes: 0 clean, 1 findings reached --fail-on, 2 unusable input or invocation. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

/** A failure the user must fix before anything can run; printed on stderr with exit code 2. */
export class UsageError extends Error {}

export interface LoadedFile {
  readonly path: string;
  readonly text: string;
  readonly doc: ZonewrightDocument;
}

export function readProject(path: string): LoadedFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(error)})`);
  }
  const result = loadDocumentText(text);
  if (!result.ok) {
    const lines = formatProblems(result.problems).split('\n').map((l) => `  ${l}`);
    throw new UsageError(`${path}: not a usable Zonewright project:\n${lines.join('\n')}`);
  }
  return { path, text, doc: result.doc };
}

/** Writes to a file, or to stdout when no file is given. */
export function emit(text: string | Uint8Array, outPath: string | undefined): void {
  if (outPath) writeFileSync(outPath, text);
  else process.stdout.write(text);
}

/** 1-based line of each `"id": "…"` in the file, for SARIF locations. */
export function idLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const re = /"id"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
  let line = 1;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = m.index;
    const id = JSON.parse(`"${m[1]}"`) as string;
    if (!lines.has(id)) lines.set(id, line);
  }
  return lines;
}
