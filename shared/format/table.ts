/** Plain tables as CSV (RFC 4180) and Markdown, for exports and the CLI. */

export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or CR) as a formula; names
 * come from project files, so such text is defused with a leading apostrophe. Numbers stay numbers.
 */
function defuse(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

function csvCell(value: string | number): string {
  const text = defuse(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with CRLF line ends, as RFC 4180 and spreadsheet programs expect. */
export function toCsv(table: Table): string {
  return [table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function mdCell(value: string | number): string {
  return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function toMarkdown(table: Table): string {
  const lines = [
    `| ${table.columns.map(mdCell).join(' | ')} |`,
    `| ${table.columns.map(() => '---').join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(mdCell).join(' | ')} |`),
  ];
  return lines.join('\n') + '\n';
}
