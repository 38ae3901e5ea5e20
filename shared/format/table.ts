/** Plain tables as CSV (RFC 4180) and Markdown, for exports and the CLI. */

export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

function csvCell(value: string | number): string {
  const text = String(value);
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
