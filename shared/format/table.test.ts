import { describe, expect, it } from 'vitest';
import { toCsv, toMarkdown } from './table';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    const csv = toCsv({ columns: ['name', 'notes'], rows: [['PLC, "main"', 'line 1\nline 2']] });
    expect(csv).toBe('name,notes\r\n"PLC, ""main""","line 1\nline 2"\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas, but keeps numbers', () => {
    const csv = toCsv({ columns: ['a', 'b', 'c', 'd'], rows: [['=HYPERLINK("x")', '@SUM(A1)', -3, '-2.5']] });
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",'@SUM(A1),-3,-2.5`);
  });
});

describe('Markdown', () => {
  it('escapes pipes and folds line breaks inside cells', () => {
    expect(toMarkdown({ columns: ['x'], rows: [['a|b\nc']] })).toBe('| x |\n| --- |\n| a\\|b c |\n');
  });
});
