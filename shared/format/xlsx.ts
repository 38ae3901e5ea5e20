/**
 * A small Office Open XML (ECMA-376) spreadsheet writer: one worksheet per table, a bold header
 * row that stays in view and carries an auto filter, column widths fitted to the content, numbers
 * as numbers and text as shared strings. Pure (fflate zips in memory), so the app and the CLI
 * write the same workbook. Text never becomes a formula: every string is a shared string.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Table } from './table';

export interface XlsxSheet {
  /** Sheet tab name; made valid (31 characters, no `[]:*?/\`) and unique. */
  readonly name: string;
  readonly table: Table;
  /** Column widths in characters; fitted to the content when absent. */
  readonly widths?: readonly number[];
}

export interface XlsxOptions {
  /** Workbook title (document properties). */
  readonly title?: string;
  readonly creator?: string;
  /** Creation date in the document properties and the zip entries; without one, the same input gives the same bytes. */
  readonly date?: Date;
}

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Widest a fitted column gets, in characters (long text is cut off visually, not in the cell). */
const MAX_WIDTH = 60;
const MIN_WIDTH = 6;
/** Excel's limit on the characters of one cell. */
const MAX_CELL_CHARS = 32767;

/** Escapes text for XML element content and attributes; drops characters XML 1.0 forbids. */
export function xmlText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
      .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
  );
}

/** `A`, `B`, … `Z`, `AA`, … for a 0-based column index. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Valid, unique sheet names: at most 31 characters, none of `[]:*?/\`, not blank, no quote at the ends. */
export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw, i) => {
    let base = raw
      .replace(/[[\]:*?/\\]/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f]/g, '')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31)
      .trim();
    if (!base || base.toLowerCase() === 'history') base = `Sheet${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, 31 - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** Display width of a value in characters: wide (CJK) characters count twice. */
function textWidth(value: string | number): number {
  const text = String(value);
  let width = 0;
  for (const line of text.split(/\r?\n/)) {
    let w = 0;
    for (const ch of line) {
      const code = ch.codePointAt(0)!;
      w += (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || code >= 0x20000 ? 2 : 1;
    }
    width = Math.max(width, w);
  }
  return width;
}

/** Column widths fitted to the header (bold, a little wider) and the longest value. */
export function fittedWidths(table: Table): number[] {
  return table.columns.map((header, c) => {
    let width = textWidth(header) * 1.1 + 2;
    for (const row of table.rows) {
      const value = row[c];
      if (value !== undefined && value !== '') width = Math.max(width, textWidth(value) + 2);
    }
    return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)) * 100) / 100;
  });
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;

  add(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  toXml(): string {
    const items = this.list.map((s) => `<si><t${/^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : ''}>${xmlText(s)}</t></si>`);
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.list.length}">${items.join('')}</sst>`;
  }
}

/** Style ids of styles.xml's cellXfs. */
const STYLE = { normal: 0, header: 1 } as const;

function sheetXml(table: Table, widths: readonly number[], strings: SharedStrings): string {
  const colCount = table.columns.length;
  const lastCol = columnName(Math.max(0, colCount - 1));
  const lastRow = table.rows.length + 1;
  const cell = (value: string | number | undefined, ref: string, style: number): string => {
    const s = style ? ` s="${style}"` : '';
    if (value === undefined || value === '') return style ? `<c r="${ref}"${s}/>` : '';
    if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s} t="s"><v>${strings.add(String(value))}</v></c>`;
    return `<c r="${ref}"${s} t="s"><v>${strings.add(value.length > MAX_CELL_CHARS ? value.slice(0, MAX_CELL_CHARS) : value)}</v></c>`;
  };
  const rows: string[] = [];
  rows.push(`<row r="1">${table.columns.map((h, c) => cell(h, `${columnName(c)}1`, STYLE.header)).join('')}</row>`);
  table.rows.forEach((row, r) => {
    const n = r + 2;
    const cells: string[] = [];
    for (let c = 0; c < colCount; c++) cells.push(cell(row[c], `${columnName(c)}${n}`, STYLE.normal));
    rows.push(`<row r="${n}">${cells.join('')}</row>`);
  });
  const cols = widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<dimension ref="A1:${lastCol}${lastRow}"/>` +
    // The header row stays in view when scrolling.
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (colCount > 0 ? `<autoFilter ref="A1:${lastCol}${lastRow}"/>` : '') +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `</worksheet>`
  );
}

const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<styleSheet xmlns="${NS_MAIN}">` +
  `<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
  `<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
  `<fill><patternFill patternType="solid"><fgColor rgb="FFEEF0FE"/><bgColor indexed="64"/></patternFill></fill></fills>` +
  `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>` +
  `<border><left/><right/><top/><bottom style="thin"><color rgb="FF9AA2B3"/></bottom><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** The workbook as the bytes of an .xlsx file. */
export function toXlsx(sheets: readonly XlsxSheet[], options: XlsxOptions = {}): Uint8Array {
  if (sheets.length === 0) throw new Error('an XLSX workbook needs at least one sheet');
  const names = sheetNames(sheets.map((s) => s.name));
  const strings = new SharedStrings();
  const sheetFiles = sheets.map((s) => sheetXml(s.table, s.widths ?? fittedWidths(s.table), strings));
  const date = options.date;
  const creator = options.creator ?? 'Zonewright';

  const contentTypes =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
    `</Types>`;

  const rootRels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="${NS_PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${REL_TYPE}/extended-properties" Target="docProps/app.xml"/>` +
    `</Relationships>`;

  const core =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    (options.title ? `<dc:title>${xmlText(options.title)}</dc:title>` : '') +
    `<dc:creator>${xmlText(creator)}</dc:creator>` +
    (date ? `<dcterms:created xsi:type="dcterms:W3CDTF">${isoSeconds(date)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${isoSeconds(date)}</dcterms:modified>` : '') +
    `</cp:coreProperties>`;

  const app =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>${xmlText(creator)}</Application>` +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${names.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${names.map((n) => `<vt:lpstr>${xmlText(n)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
    `</Properties>`;

  // Sheet names in formulas are quoted, with quotes doubled.
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;
  const filters = sheets
    .map((s, i) => {
      const cols = s.table.columns.length;
      if (cols === 0) return '';
      return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(`${quoted(names[i]!)}!$A$1:$${columnName(cols - 1)}$${s.table.rows.length + 1}`)}</definedName>`;
    })
    .join('');
  const workbook =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="16000" activeTab="0"/></bookViews>` +
    `<sheets>${names.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>` +
    (filters ? `<definedNames>${filters}</definedNames>` : '') +
    `</workbook>`;

  const workbookRels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="${NS_PKG_REL}">` +
    names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${names.length + 1}" Type="${REL_TYPE}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${names.length + 2}" Type="${REL_TYPE}/sharedStrings" Target="sharedStrings.xml"/>` +
    `</Relationships>`;

  // [Content_Types].xml first, as packages conventionally start.
  const files: Zippable = {
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(rootRels),
    'docProps/core.xml': strToU8(core),
    'docProps/app.xml': strToU8(app),
    'xl/workbook.xml': strToU8(workbook),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels),
    'xl/styles.xml': strToU8(STYLES_XML),
  };
  sheetFiles.forEach((xml, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml);
  });
  files['xl/sharedStrings.xml'] = strToU8(strings.toXml());
  // Zip entries store a local time from 1980 to 2099; without a date (or outside that) a fixed one.
  const year = date?.getFullYear() ?? 0;
  const mtime = date && year >= 1980 && year <= 2099 ? date : new Date(1980, 0, 2);
  return zipSync(files, { level: 6, mtime });
}
