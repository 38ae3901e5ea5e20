/** The `zonewright` command line: parses arguments and dispatches to one command module. */
import { parseArgs } from 'node:util';
import { CHECK_FORMATS, FAIL_ON, runCheck } from './commands/check';
import { REQUIREMENT_FORMATS, runRequirements } from './commands/requirements';
import { EXIT, UsageError } from './io';
import { PAPER_SIZES } from '../../shared/pdf/paper';

declare const __ZONEWRIGHT_VERSION__: string;
const VERSION = typeof __ZONEWRIGHT_VERSION__ === 'string' ? __ZONEWRIGHT_VERSION__ : '0.0.0-dev';

const HELP = `zonewright ${VERSION}: IEC 62443 zone-and-conduit analysis

Usage:
  zonewright check FILE [--format text|json|sarif] [--fail-on error|warning|never] [-o OUT]
      Validate the segmentation. Exit 0 when no finding reaches --fail-on (default: error),
      1 when one does, 2 when the file cannot be used. Overdue reassessments are judged
      against today's date (SOURCE_DATE_EPOCH when set).
  zonewright requirements FILE [--format csv|json|markdown] [-o OUT]
      The IEC 62443-3-3 and 62443-4-2 requirements of every zone, conduit and asset.
  zonewright report FILE -o report.pdf [--paper a4|a3|a1|letter|tabloid] [--landscape]
      The Cybersecurity Requirements Specification (IEC 62443-3-2 ZCR 6) as PDF.
  zonewright diagram FILE -o diagram.pdf|diagram.svg [--paper …] [--landscape] [--tile] [--per-zone]
      The zone and conduit diagram, fitted to one sheet; --tile spreads it over several
      sheets at full size, --per-zone adds one sheet per zone (PDF only). The format
      follows the extension; PNG is exported from the app (or convert the SVG).

Options:
  -o, --output FILE   write to FILE instead of standard output
  --paper SIZE        report and diagram paper size (default a4)
  --landscape         report and diagram in landscape orientation
  --no-color          plain text output
  -h, --help          this help
  -v, --version       the version
`;

function oneOf<T extends readonly string[]>(value: string | undefined, allowed: T, fallback: T[number], flag: string): T[number] {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value;
  throw new UsageError(`${flag}: "${value}" is not one of ${allowed.join(', ')}`);
}

/** The date printed on reports: SOURCE_DATE_EPOCH (reproducible builds) when set, else now. */
function printDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

export function main(argv: readonly string[]): number | Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      'fail-on': { type: 'string' },
      output: { type: 'string', short: 'o' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      paper: { type: 'string' },
      landscape: { type: 'boolean' },
      tile: { type: 'boolean' },
      'per-zone': { type: 'boolean' },
    },
  });
  const [command, file, ...extra] = positionals;
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(HELP);
    return command === undefined && !values.help ? EXIT.unusable : EXIT.ok;
  }
  if (extra.length > 0) throw new UsageError(`${command}: unexpected argument "${extra[0]}"`);
  const onlyFor = (flag: string, set: boolean, commands: readonly string[]) => {
    if (set && !commands.includes(command)) throw new UsageError(`${command}: ${flag} applies to ${commands.join(' and ')} only`);
  };
  onlyFor('--paper', values.paper !== undefined, ['report', 'diagram']);
  onlyFor('--landscape', values.landscape === true, ['report', 'diagram']);
  onlyFor('--tile', values.tile === true, ['diagram']);
  onlyFor('--per-zone', values['per-zone'] === true, ['diagram']);
  const page = () => ({
    output: values.output,
    paper: oneOf(values.paper, PAPER_SIZES, 'a4', '--paper'),
    orientation: values.landscape ? ('landscape' as const) : ('portrait' as const),
    version: VERSION,
    date: printDate(),
  });
  switch (command) {
    case 'check':
      return runCheck(file, {
        format: oneOf(values.format, CHECK_FORMATS, 'text', '--format'),
        failOn: oneOf(values['fail-on'], FAIL_ON, 'error', '--fail-on'),
        output: values.output,
        color: !values['no-color'] && process.stdout.isTTY === true && !process.env.NO_COLOR,
        version: VERSION,
        today: printDate().toISOString().slice(0, 10),
      });
    case 'requirements':
      return runRequirements(file, { format: oneOf(values.format, REQUIREMENT_FORMATS, 'csv', '--format'), output: values.output });
    // PDF output loads jsPDF and ELK: imported on demand, so check and requirements start fast.
    case 'report': {
      const options = page();
      return import('./commands/report').then(({ runReport }) => runReport(file, options));
    }
    case 'diagram': {
      const options = { ...page(), tile: values.tile === true, perZone: values['per-zone'] === true };
      return import('./commands/diagram').then(({ runDiagram }) => runDiagram(file, options));
    }
    default:
      throw new UsageError(`unknown command "${command}"; run "zonewright --help" for the list`);
  }
}

function fail(error: unknown): void {
  const known = error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
  process.stderr.write(`zonewright: ${known ? error.message : `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`}\n`);
  process.exitCode = EXIT.unusable;
}

export function run(argv: readonly string[]): void {
  try {
    const code = main(argv);
    if (typeof code === 'number') process.exitCode = code;
    else code.then((c) => (process.exitCode = c), fail);
  } catch (error) {
    fail(error);
  }
}
