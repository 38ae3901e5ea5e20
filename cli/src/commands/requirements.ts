/** `zonewright requirements FILE`: one row per requirement of each zone, conduit and asset. */
import { analyze, requirementRows, requirementTable, toCsv, toMarkdown } from '../../../shared';
import { emit, EXIT, readProject, UsageError } from '../io';

export const REQUIREMENT_FORMATS = ['csv', 'json', 'markdown'] as const;

export function runRequirements(
  file: string | undefined,
  options: { readonly format: (typeof REQUIREMENT_FORMATS)[number]; readonly output?: string },
): number {
  if (!file) throw new UsageError('requirements: which file? Usage: zonewright requirements FILE [--format csv|json|markdown]');
  const { doc } = readProject(file);
  const rows = requirementRows(doc, analyze(doc));
  if (options.format === 'json') emit(`${JSON.stringify(rows, null, 2)}\n`, options.output);
  else if (options.format === 'markdown') emit(toMarkdown(requirementTable(rows)), options.output);
  else emit(toCsv(requirementTable(rows)), options.output);
  return EXIT.ok;
}
