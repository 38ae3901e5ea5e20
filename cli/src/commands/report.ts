/** `zonewright report FILE -o report.pdf`: the Cybersecurity Requirements Specification as PDF. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReportPdf, PAPER_SIZES, type Orientation, type PaperSize, type PdfFonts } from '../../../shared/pdf';
import { emit, EXIT, readProject, UsageError } from '../io';

export { PAPER_SIZES };

export interface PageOptions {
  readonly output?: string;
  readonly paper: PaperSize;
  readonly orientation: Orientation;
  readonly version: string;
  /** The date printed on the pages; today unless a test fixes it. */
  readonly date: Date;
}

const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', cjk: 'DroidSansFallbackFull.ttf' } as const;

/**
 * The folder holding the fonts: `ZONEWRIGHT_FONTS` when set, else `assets/fonts` of the
 * installation, found by walking up from the running script (dist/cli or cli/src/commands).
 */
export function fontDirectory(): string {
  const fromEnv = process.env.ZONEWRIGHT_FONTS;
  if (fromEnv) return resolve(fromEnv);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'assets', 'fonts');
    if (existsSync(join(candidate, FONT_FILES.regular))) return candidate;
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', 'fonts');
}

/** Reads the TrueType fonts the PDF and SVG output embed or measure with. */
export function loadFonts(): PdfFonts {
  const dir = fontDirectory();
  const read = (name: string, required: boolean): Uint8Array | undefined => {
    const path = join(dir, name);
    try {
      return readFileSync(path);
    } catch {
      if (required) throw new UsageError(`cannot read the font ${path}; set ZONEWRIGHT_FONTS to the folder holding ${FONT_FILES.regular} and ${FONT_FILES.bold}`);
      return undefined;
    }
  };
  const cjk = read(FONT_FILES.cjk, false);
  return { regular: read(FONT_FILES.regular, true)!, bold: read(FONT_FILES.bold, true)!, ...(cjk ? { cjk } : {}) };
}

export async function runReport(file: string | undefined, options: PageOptions): Promise<number> {
  const usage = 'Usage: zonewright report FILE -o report.pdf [--paper a4|a3|a1|letter|tabloid] [--landscape]';
  if (!file) throw new UsageError(`report: which file? ${usage}`);
  if (!options.output) throw new UsageError(`report: where to? Give -o FILE.pdf. ${usage}`);
  if (extname(options.output).toLowerCase() !== '.pdf') throw new UsageError(`report: the report is a PDF; name the output FILE.pdf (got "${options.output}")`);
  const { doc } = readProject(file);
  const pdf = await buildReportPdf(doc, {
    fonts: loadFonts(),
    date: options.date,
    paper: options.paper,
    orientation: options.orientation,
    generator: `Zonewright ${options.version}`,
  });
  emit(pdf, options.output);
  return EXIT.ok;
}
