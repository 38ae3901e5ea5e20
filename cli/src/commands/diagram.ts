/** `zonewright diagram FILE -o diagram.pdf|svg`: the zone-and-conduit drawing on paper. */
import { extname } from 'node:path';
import { buildDiagramPdf, buildDiagramSvg } from '../../../shared/pdf';
import { emit, EXIT, readProject, UsageError } from '../io';
import { loadFonts, type PageOptions } from './report';

export interface DiagramCommandOptions extends PageOptions {
  readonly tile: boolean;
  readonly perZone: boolean;
}

const USAGE = 'Usage: zonewright diagram FILE -o diagram.pdf|diagram.svg [--paper a4|a3|a1|letter|tabloid] [--landscape] [--tile] [--per-zone]';

export async function runDiagram(file: string | undefined, options: DiagramCommandOptions): Promise<number> {
  if (!file) throw new UsageError(`diagram: which file? ${USAGE}`);
  if (!options.output) throw new UsageError(`diagram: where to? Give -o FILE.pdf or FILE.svg. ${USAGE}`);
  const format = extname(options.output).toLowerCase();
  if (format === '.png') {
    // The CLI carries no raster engine (no browser, no native canvas); the app has a canvas.
    throw new UsageError(
      'diagram: PNG is not available from the command line. Export PNG from the Zonewright app, or write SVG (-o diagram.svg) and convert it, e.g. `rsvg-convert -d 150 -p 150 diagram.svg -o diagram.png`.',
    );
  }
  if (format !== '.pdf' && format !== '.svg') throw new UsageError(`diagram: cannot tell the format of "${options.output}"; name it FILE.pdf or FILE.svg`);
  if (format === '.svg' && (options.tile || options.perZone)) throw new UsageError('diagram: an SVG holds one sheet; --tile and --per-zone need -o FILE.pdf');
  const { doc } = readProject(file);
  const common = { fonts: loadFonts(), date: options.date, paper: options.paper, orientation: options.orientation };
  if (format === '.svg') emit(await buildDiagramSvg(doc, common), options.output);
  else emit(await buildDiagramPdf(doc, { ...common, tile: options.tile, perZone: options.perZone }), options.output);
  return EXIT.ok;
}
