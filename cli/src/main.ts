/** The `zonewright` command line: parses arguments and dispatches to one command module. */
import { parseArgs } from 'node:util';
import { CHECK_FORMATS, FAIL_ON, runCheck } from './commands/check';
import { REQUIREMENT_FORMATS, runRequirements } from './commands/requirements';
import { EXIT, UsageError } from './io';

declare const __ZONEWRIGHT_VERSION__: string;
const VERSION = typeof __ZONEWRIGHT_VERSION__ === 'string' ? __ZONEWRIGHT_VERSION__ : '0.0.0-dev';

const HELP = `zonewright ${VERSION}: IEC 62443 zone-and-conduit analysis

Usage:
  zonewright check FILE [--format text|json|sarif] [--fail-on error|warning|never] [-o OUT]
      Validate the segmentation. Exit 0 when no finding reaches --fail-on (default: error),
      1 when one does, 2 when the file cannot be used.
  zonewright requirements FILE [--format csv|json|markdown] [-o OUT]
      The IEC 62443-3-3 and 62443-4-2 requirements of every zone, conduit and asset.

Options:
  -o, --output FILE   write to FILE instead of standard output
  --no-color          plain text output
  -h, --help          this help
  -v, --version       the version
`;

function oneOf<T extends readonly string[]>(value: string | undefined, allowed: T, fallback: T[number], flag: string): T[number] {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value;
  throw new UsageError(`${flag}: "${value}" is not one of ${allowed.join(', ')}`);
}

export function main(argv: readonly string[]): number {
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
  switch (command) {
    case 'check':
      return runCheck(file, {
        format: oneOf(values.format, CHECK_FORMATS, 'text', '--format'),
        failOn: oneOf(values['fail-on'], FAIL_ON, 'error', '--fail-on'),
        output: values.output,
        color: !values['no-color'] && process.stdout.isTTY === true && !process.env.NO_COLOR,
        version: VERSION,
      });
    case 'requirements':
      return runRequirements(file, { format: oneOf(values.format, REQUIREMENT_FORMATS, 'csv', '--format'), output: values.output });
    default:
      throw new UsageError(`unknown command "${command}"; run "zonewright --help" for the list`);
  }
}

export function run(argv: readonly string[]): void {
  try {
    process.exitCode = main(argv);
  } catch (error) {
    const known = error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
    process.stderr.write(`zonewright: ${known ? error.message : `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`}\n`);
    process.exitCode = EXIT.unusable;
  }
}
