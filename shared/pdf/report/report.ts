/**
 * The Cybersecurity Requirements Specification (IEC 62443-3-2, ZCR 6) as a PDF: cover and
 * revision history, the system under consideration, the zone and conduit diagram, each zone's
 * and each conduit's characteristics, SL-T and requirements, the asset inventory, the findings,
 * the SL-C gaps, a requirements matrix, the risk assessment and the asset owner's approval.
 */
import { analyze } from '../../analysis/analyze';
import { buildContext, type AnalysisContext } from '../../analysis/context';
import { RULES } from '../../analysis/rules';
import type { AnalysisResult, Finding, Severity } from '../../analysis/types';
import { requirementById } from '../../catalog/requirements';
import { withLayout } from '../../layout';
import { approvalStatus } from '../../lifecycle/approval';
import { dateOnly } from '../../lifecycle/dates';
import { riskRegister, slTDecisionStatus, type RiskAssessment } from '../../lifecycle/risk';
import { ZONE_KIND_INFO, ASSET_TYPE_INFO, COMPONENT_CLASS_LABEL } from '../../model/kinds';
import type { Asset, Conduit, Flow, RequirementStates, RequirementStatus, Zone, ZonewrightDocument } from '../../model/document';
import { FR_INFO, FR_KEYS, type SlVector } from '../../model/securityLevels';
import { drawingExtent, fitView } from '../diagram/export';
import { drawLegend } from '../diagram/page';
import { paintScene, placeConduitLabels } from '../diagram/paint';
import { buildScene, type DiagramScene } from '../diagram/scene';
import { documentTexts, newPdf, pdfBytes } from '../document';
import type { PdfFonts } from '../fonts';
import { formatDate, pageSize, type Orientation, type PageSize, type PaperSize } from '../paper';
import { PdfSurface } from '../pdfSurface';
import { INK } from '../theme';
import { ReportWriter, TYPE, type CellValue, type Margins } from './writer';

/**
 * The status printed for one requirement of one zone, conduit or asset, with an optional line of
 * detail (the justification or the compensating countermeasure); undefined prints "planned".
 */
export type RequirementStatusLookup = (elementId: string, requirementId: string) => { readonly status: string; readonly detail?: string } | undefined;

const STATUS_LABEL: Readonly<Record<RequirementStatus, string>> = {
  planned: 'planned',
  implemented: 'implemented',
  'not-applicable': 'not applicable',
  compensated: 'compensated',
};

/** The states recorded in the document itself (zone, conduit and asset `requirements`). */
export function recordedStatus(doc: ZonewrightDocument): RequirementStatusLookup {
  const states = new Map<string, RequirementStates>();
  for (const list of [doc.zones, doc.conduits, doc.assets]) for (const e of list) if (e.requirements) states.set(e.id, e.requirements);
  return (elementId, requirementId) => {
    const state = states.get(elementId)?.[requirementId];
    if (!state) return undefined;
    const detail = state.justification ?? state.compensatingCountermeasure ?? state.note;
    return { status: STATUS_LABEL[state.status], ...(detail ? { detail } : {}) };
  };
}

export interface RevisionEntry {
  readonly revision: string;
  readonly date: string;
  readonly author?: string;
  readonly description: string;
}

export interface ReportOptions {
  readonly fonts: PdfFonts;
  /** The issue date (the core has no clock: pass `new Date()`). */
  readonly date: Date;
  readonly paper?: PaperSize;
  readonly orientation?: Orientation;
  /** Revision history, oldest first; default: the document's current revision, issued today. */
  readonly revisions?: readonly RevisionEntry[];
  /** Status per element and requirement; default: the states recorded in the document, else "planned". */
  readonly requirementStatus?: RequirementStatusLookup;
  /** The analysis of `doc`, when the caller already has it. */
  readonly analysis?: AnalysisResult;
  /** Shown on the cover, e.g. `Zonewright 0.1.0`. */
  readonly generator?: string;
}

export const REPORT_TITLE = 'Cybersecurity Requirements Specification';

const SEVERITY_COLOR: Readonly<Record<Severity, string>> = { error: INK.error, warning: INK.warning, info: INK.info };

function slCompact(sl: SlVector | undefined): string {
  return sl ? FR_KEYS.map((fr) => `${fr} ${sl[fr]}`).join('  ') : 'not set';
}

function flowDirection(flow: Flow): string {
  return flow.bidirectional ? 'both ways' : 'one way';
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function margins(page: PageSize): Margins {
  const side = page.width > 1000 ? 72 : 56;
  return { top: 64, right: side, bottom: 58, left: side };
}

interface Facts {
  readonly doc: ZonewrightDocument;
  readonly ctx: AnalysisContext;
  readonly analysis: AnalysisResult;
  readonly names: ReadonlyMap<string, string>;
  readonly date: string;
  readonly status: RequirementStatusLookup;
}

export async function buildReportPdf(doc: ZonewrightDocument, options: ReportOptions): Promise<Uint8Array> {
  const laidOut = await withLayout(doc);
  const page = pageSize(options.paper ?? 'a4', options.orientation ?? 'portrait');
  // The issue date is "today" for the date-dependent rules (an overdue reassessment).
  const analysis = options.analysis ?? analyze(doc, { today: isoDay(options.date) });
  const { pdf, fonts } = newPdf(page, options.fonts, documentTexts(doc, [REPORT_TITLE]), {
    title: `${doc.meta.name} – ${REPORT_TITLE}`,
    subject: 'IEC 62443-3-2 ZCR 6 Cybersecurity Requirements Specification',
    ...(doc.meta.author ? { author: doc.meta.author } : {}),
    keywords: 'IEC 62443, CRS, zones, conduits, security levels, requirements',
  }, options.date);
  const w = new ReportWriter(pdf, fonts, page, margins(page));
  const names = new Map<string, string>();
  for (const list of [doc.zones, doc.assets, doc.conduits]) for (const e of list) names.set(e.id, e.name);
  const facts: Facts = { doc, ctx: buildContext(doc), analysis, names, date: formatDate(options.date), status: options.requirementStatus ?? recordedStatus(doc) };

  cover(w, facts, options);
  const contentsPage = contentsAndHistory(w, facts, options);
  systemSection(w, facts);
  diagramSection(w, buildScene(laidOut), page);
  zonesSection(w, facts);
  conduitsSection(w, facts);
  inventorySection(w, facts);
  findingsSection(w, facts);
  gapsSection(w, facts);
  matrixSection(w, facts);
  riskSection(w, facts);
  approvalSection(w, facts);
  fillContents(w, contentsPage);
  w.finishPages(`${REPORT_TITLE} · ${doc.meta.name} · Revision ${doc.meta.revision ?? '—'}`, `IEC 62443-3-2 ZCR 6 · issued ${facts.date}`);
  return pdfBytes(pdf);
}

function cover(w: ReportWriter, f: Facts, options: ReportOptions): void {
  const { doc } = f;
  const meta = doc.meta;
  w.bare.add(1);
  const left = w.margins.left;
  const top = w.page.height * 0.2;
  w.pdf.setFillColor(INK.accent);
  w.pdf.rect(left, top - 34, 40, 3, 'F');
  w.text('IEC 62443-3-2 · ZCR 6', left, top - 12, { size: 8.5, weight: 'bold', color: INK.accent });
  w.y = top;
  w.paragraph(REPORT_TITLE, { size: 25, bold: true, after: 10 });
  w.paragraph(meta.name, { size: 15, after: 2 });
  if (meta.organization) w.paragraph(meta.organization, { size: 10.5, color: INK.muted, after: 2 });
  w.space(18);
  if (meta.description) w.paragraph(meta.description, { size: 9.5, color: INK.text, after: 18 });
  w.rule(w.y, INK.rule, 0.6);
  w.space(12);
  const m = f.analysis.metrics;
  w.keyValues(
    [
      ['Project', meta.name],
      ['Organisation', meta.organization ?? '—'],
      ['Revision', meta.revision ?? '—'],
      ['Date of issue', f.date],
      ['Author', meta.author ?? '—'],
      ['Lifecycle phase', meta.phase ?? '—'],
      ['Scope', `${plural(m.zones, 'zone')}, ${plural(m.conduits, 'conduit')}, ${plural(m.assets, 'asset')}`],
    ],
    { labelWidth: 150 },
  );
  const foot = w.page.height - w.margins.bottom;
  w.text('This specification records the zones and conduits of the system under consideration, their target', left, foot - 20, { size: TYPE.caption, color: INK.muted });
  w.text('security levels and the security requirements that follow from them (IEC 62443-3-2 ZCR 6, IEC 62443-3-3).', left, foot - 11, { size: TYPE.caption, color: INK.muted });
  w.text(`Generated by ${options.generator ?? 'Zonewright'} from the project model.`, left, foot - 2, { size: TYPE.caption, color: INK.faint });
}

/** Page 2: revision history and the table of contents (filled in at the end). Returns where the contents go. */
function contentsAndHistory(w: ReportWriter, f: Facts, options: ReportOptions): { page: number; y: number } {
  w.newPage();
  const meta = f.doc.meta;
  w.h3('Revision history', 40);
  const revisions = options.revisions ?? [{ revision: meta.revision ?? '—', date: f.date, ...(meta.author ? { author: meta.author } : {}), description: 'Issued for review' }];
  w.table(
    [
      { header: 'Revision', width: 60 },
      { header: 'Date', width: 70 },
      { header: 'Author', width: 120 },
      { header: 'Description', width: 'auto' },
    ],
    revisions.map((r) => [r.revision, r.date, r.author ?? '—', r.description]),
  );
  w.space(10);
  w.h3('Contents', 40);
  w.space(4);
  const at = { page: w.pageNumber, y: w.y };
  // The rest of the page is the contents' own.
  w.y = w.bottom + 1;
  return at;
}

/** The contents: sections, and zones and conduits too when they fit on the page. */
function fillContents(w: ReportWriter, at: { page: number; y: number }): void {
  const pdf = w.pdf;
  const current = pdf.getNumberOfPages();
  pdf.setPage(at.page);
  const main = 20;
  const sub = 13.5;
  const all = w.toc;
  const withSubs = all.reduce((h, e) => h + (e.level === 1 ? main : sub), 0) <= w.bottom - at.y;
  let y = at.y;
  const left = w.margins.left;
  const right = left + w.contentWidth;
  for (const entry of all) {
    if (entry.level === 2 && !withSubs) continue;
    if (y > w.bottom - 10) break;
    if (entry.level === 1) {
      const size = 9.5;
      w.text(entry.title, left, y + size + 3, { size, weight: 'bold' });
      w.text(String(entry.page), right, y + size + 3, { size, weight: 'bold', align: 'right' });
      pdf.setDrawColor(INK.ruleLight);
      pdf.setLineWidth(0.4);
      pdf.line(left, y + size + 8, right, y + size + 8);
      y += main;
    } else {
      const size = 8;
      w.text(entry.title, left + 18, y + size + 1, { size, color: INK.text });
      w.text(String(entry.page), right, y + size + 1, { size, color: INK.muted, align: 'right' });
      y += sub;
    }
  }
  pdf.setPage(current);
}

function systemSection(w: ReportWriter, f: Facts): void {
  const { doc, analysis } = f;
  w.h1('1', 'System under consideration');
  w.paragraph(doc.meta.description ?? 'No description of the system under consideration has been recorded.', { color: doc.meta.description ? INK.text : INK.muted });
  const m = analysis.metrics;
  w.h3('Scope');
  w.keyValues([
    ['Zones', String(m.zones)],
    ['Conduits', String(m.conduits)],
    ['Assets', String(m.assets)],
    ['Links', String(m.links)],
    ['Findings', `${plural(m.findings.error, 'error')}, ${plural(m.findings.warning, 'warning')}, ${plural(m.findings.info, 'note')}`],
    ['SL-C gaps', `${plural(analysis.gaps.length, 'gap')} in ${plural(m.assetsAssessed, 'assessed asset')}`],
  ]);
  w.h3('Zones');
  w.table(
    [
      { header: 'Zone', width: 'auto', bold: true },
      { header: 'Kind', width: 62 },
      { header: 'Level', width: 34, align: 'center' },
      { header: 'Accountable owner', width: 92 },
      { header: 'SL-T (IAC UC SI DC RDF TRE RA)', width: 112 },
      { header: 'Assets', width: 36, align: 'right' },
      { header: 'Reqs', width: 32, align: 'right' },
    ],
    doc.zones.map((z) => [
      z.name,
      ZONE_KIND_INFO[z.kind].label,
      f.ctx.purdueLevelOf(z)?.toString() ?? '—',
      z.owner ?? '—',
      z.slT ? FR_KEYS.map((fr) => z.slT![fr]).join('  ') : { text: 'not set', color: INK.muted },
      String(f.ctx.assetsIn(z.id).length),
      String(m.requirementsPerZone[z.id] ?? 0),
    ]),
  );
}

function diagramSection(w: ReportWriter, scene: DiagramScene, page: PageSize): void {
  // The diagram gets the orientation of the page that shows it larger.
  const labels = placeConduitLabels(scene, w.fonts);
  const extent = drawingExtent(scene, labels);
  const legendH = 62;
  const areaOf = (size: PageSize) => {
    const m = margins(size);
    return { x: m.left, y: m.top + 40, width: size.width - m.left - m.right, height: size.height - m.top - m.bottom - 40 - legendH - 8 };
  };
  const portrait = page.width <= page.height ? page : { width: page.height, height: page.width };
  const landscape = { width: portrait.height, height: portrait.width };
  const scaleOf = (size: PageSize) => fitView(extent, areaOf(size)).scale;
  const size = scaleOf(landscape) > scaleOf(portrait) * 1.05 ? landscape : portrait;
  w.newPage(size);
  // The heading is set against this page's own width.
  const pageWriter = new ReportWriter(w.pdf, w.fonts, size, margins(size));
  pageWriter.h1('2', 'Zone and conduit diagram', { newPage: false });
  w.toc.push(...pageWriter.toc);
  const area = areaOf(size);
  const surface = new PdfSurface(w.pdf, w.fonts);
  const view = fitView(extent, area);
  surface.clipped(area.x, area.y, area.width, area.height, () => paintScene(surface, scene, view, { labels }));
  const m = margins(size);
  const legendBox = { x: m.left, y: size.height - m.bottom - legendH, width: size.width - m.left - m.right, height: legendH };
  surface.line(legendBox.x, legendBox.y, legendBox.x + legendBox.width, legendBox.y, { color: INK.rule, width: 0.5 });
  drawLegend(surface, { ...legendBox, x: legendBox.x - 8 }, scene);
  // The next section starts on a page of the report's own size.
  w.y = w.bottom + 1;
}

function statusCell(f: Facts, elementId: string, requirementId: string): CellValue {
  const s = f.status(elementId, requirementId);
  if (!s) return { text: 'planned', color: INK.muted };
  return s.detail ? { rich: [{ text: s.status }, { text: s.detail, color: INK.muted }] } : s.status;
}

function requirementTable(w: ReportWriter, f: Facts, elementId: string, items: readonly string[]): void {
  if (items.length === 0) {
    w.paragraph('No requirements: the target security level is not set.', { color: INK.muted, size: TYPE.small });
    return;
  }
  w.table(
    [
      { header: 'Requirement', width: 78, bold: true },
      { header: 'Title', width: 'auto' },
      { header: 'FR', width: 44 },
      { header: 'From SL', width: 46, align: 'center' },
      { header: 'Status', width: 96 },
    ],
    items.map((id) => {
      const req = requirementById(id);
      return [id, req?.title ?? '', req ? `FR${FR_INFO[req.fr].number} ${req.fr}` : '', req ? String(req.minSl) : '', statusCell(f, elementId, id)];
    }),
  );
}

/** The target level per FR and, below it, the level achieved so far (from the requirement states). */
function slTable(w: ReportWriter, slT: SlVector | undefined, slA: SlVector | undefined): void {
  const row = (label: string, sl: SlVector | undefined, bold: boolean, below?: SlVector): CellValue[] => [
    label,
    ...FR_KEYS.map((fr): CellValue => (sl ? { text: String(sl[fr]), bold, ...(below && sl[fr] < below[fr] ? { color: INK.error } : {}) } : { text: '—', color: INK.muted })),
  ];
  w.table(
    [{ header: '', width: 110 }, ...FR_KEYS.map((fr) => ({ header: `FR${FR_INFO[fr].number} ${fr}`, width: 'auto' as const, align: 'center' as const }))],
    [row('SL-T (target)', slT, true), ...(slT && slA ? [row('SL-A (achieved)', slA, false, slT)] : [])],
    { keyColumn: true },
  );
}

/** SL-A means something once the project is implemented, or the element records requirement states. */
function showAchieved(f: Facts, element: Zone | Conduit): boolean {
  const phase = f.doc.meta.phase;
  return phase === 'implement' || phase === 'maintain' || element.requirements !== undefined;
}

function safetyDesignation(f: Facts, zone: Zone): string {
  if (zone.kind === 'safety') return 'Safety zone: holds safety instrumented functions; keep it isolated from the basic process control system.';
  let parent = zone.parentId === undefined ? undefined : f.ctx.zoneById.get(zone.parentId);
  for (let guard = 0; parent && guard < 64; guard++) {
    if (parent.kind === 'safety') return `Within safety zone ${parent.name}.`;
    parent = parent.parentId === undefined ? undefined : f.ctx.zoneById.get(parent.parentId);
  }
  return 'Not a safety zone.';
}

function zonesSection(w: ReportWriter, f: Facts): void {
  const { doc, ctx, analysis } = f;
  const reqByZone = new Map(analysis.requirements.zones.map((r) => [r.zoneId as string, r]));
  w.h1('3', 'Zones');
  w.paragraph('Each zone with its characteristics, access points, conduits, assets, target security level (SL-T) and the IEC 62443-3-3 system requirements that follow from it.', { color: INK.muted, size: TYPE.small });
  doc.zones.forEach((zone, i) => {
    if (i > 0) w.newPage();
    const level = ctx.purdueLevelOf(zone);
    w.h2(`3.${i + 1}`, zone.name, `${ZONE_KIND_INFO[zone.kind].label} zone${level !== undefined ? ` · Purdue level ${level}` : ''} · SL-T ${slCompact(zone.slT)}`);
    const parent = zone.parentId === undefined ? undefined : ctx.zoneById.get(zone.parentId);
    const nested = doc.zones.filter((z) => z.parentId === zone.id);
    w.h3('Characteristics');
    w.keyValues([
      ['Name', zone.name],
      ['Kind', `${ZONE_KIND_INFO[zone.kind].label} zone — ${ZONE_KIND_INFO[zone.kind].description}`],
      ['Accountable owner', zone.owner ?? { text: 'not recorded', color: INK.muted }],
      ['Boundary', zone.description ?? { text: 'not described', color: INK.muted }],
      ['Safety designation', safetyDesignation(f, zone)],
      ...(parent ? [['Enclosing zone', parent.name] as const] : []),
      ...(nested.length > 0 ? [['Nested zones', nested.map((z) => z.name).join(', ')] as const] : []),
    ]);

    w.h3('Security levels');
    slTable(w, zone.slT, showAchieved(f, zone) ? reqByZone.get(zone.id)?.slA : undefined);

    const conduits = ctx.conduitsOf(zone.id);
    w.h3('Access points');
    const accessRows: CellValue[][] = [];
    for (const c of conduits) {
      const others = ctx.zonesOf(c).filter((z) => z.id !== zone.id).map((z) => z.name).join(', ') || '—';
      const devices = ctx.boundaryDevicesOn(c);
      if (devices.length === 0) accessRows.push([{ text: 'no boundary device', color: INK.error }, '—', c.name, others]);
      for (const d of devices) accessRows.push([{ text: d.name, bold: true }, ASSET_TYPE_INFO[d.type].label, c.name, others]);
    }
    if (accessRows.length === 0) w.paragraph('None: no conduit enters this zone.', { color: INK.muted, size: TYPE.small });
    else
      w.table(
        [
          { header: 'Boundary device', width: 'auto' },
          { header: 'Type', width: 92 },
          { header: 'Conduit', width: 'auto' },
          { header: 'Leads to', width: 'auto' },
        ],
        accessRows,
      );

    w.h3('Connected conduits');
    if (conduits.length === 0) w.paragraph('None.', { color: INK.muted, size: TYPE.small });
    else
      w.table(
        [
          { header: 'Conduit', width: 'auto', bold: true },
          { header: 'Joins', width: 'auto' },
          { header: 'Flows', width: 34, align: 'right' },
          { header: 'SL-T (IAC UC SI DC RDF TRE RA)', width: 112 },
          { header: 'SL-T source', width: 54 },
        ],
        conduits.map((c) => {
          const level = ctx.conduitLevel(c);
          return [
            c.name,
            ctx.zonesOf(c).map((z) => z.name).join(' – '),
            String(c.flows?.length ?? 0),
            level.slT ? FR_KEYS.map((fr) => level.slT![fr]).join('  ') : { text: 'not set', color: INK.muted },
            level.inherited ? 'inherited' : 'own',
          ];
        }),
      );

    const assets = ctx.assetsIn(zone.id);
    w.h3('Assets');
    if (assets.length === 0) w.paragraph('None.', { color: INK.muted, size: TYPE.small });
    else
      w.table(
        [
          { header: 'Asset', width: 'auto', bold: true },
          { header: 'Type', width: 92 },
          { header: 'Criticality', width: 54 },
          { header: 'Vendor / model', width: 'auto' },
          { header: 'SL-C (IAC … RA)', width: 104 },
        ],
        assets.map((a) => [a.name, ASSET_TYPE_INFO[a.type].label, a.criticality ?? '—', [a.vendor, a.model].filter(Boolean).join(' ') || '—', a.slC ? FR_KEYS.map((fr) => a.slC![fr]).join(' ') : '—']),
      );

    const reqs = reqByZone.get(zone.id);
    w.h3(`Security requirements (IEC 62443-3-3), ${plural(reqs?.items.length ?? 0, 'item')}`);
    requirementTable(w, f, zone.id, reqs?.items ?? []);

    w.h3('Assumptions and notes');
    w.paragraph(zone.notes ?? 'None recorded.', { color: zone.notes ? INK.text : INK.muted, size: TYPE.small });
  });
}

function flowEnd(f: Facts, id: string | undefined): string {
  return id === undefined ? 'any' : (f.names.get(id) ?? id);
}

function conduitsSection(w: ReportWriter, f: Facts): void {
  const { doc, ctx, analysis } = f;
  const reqByConduit = new Map(analysis.requirements.conduits.map((r) => [r.conduitId as string, r]));
  w.h1('4', 'Conduits');
  if (doc.conduits.length === 0) {
    w.paragraph('The model has no conduits.', { color: INK.muted });
    return;
  }
  doc.conduits.forEach((c: Conduit, i) => {
    const level = ctx.conduitLevel(c);
    const zones = ctx.zonesOf(c);
    w.h2(`4.${i + 1}`, c.name, `${zones.map((z) => z.name).join(' – ') || 'no zones'} · SL-T ${slCompact(level.slT)}${level.inherited ? ' (inherited)' : ''}`, 120);
    const devices = ctx.boundaryDevicesOn(c);
    w.keyValues([
      ['Zones', zones.map((z) => `${z.name} (${ZONE_KIND_INFO[z.kind].label})`).join(', ') || { text: 'none', color: INK.error }],
      ['Description', c.description ?? { text: 'not described', color: INK.muted }],
      ['Boundary devices', devices.length > 0 ? devices.map((d) => `${d.name} (${ASSET_TYPE_INFO[d.type].label})`).join(', ') : { text: 'none', color: INK.error }],
      ['SL-T', level.slT ? `${slCompact(level.slT)}${level.inherited ? ' — inherited: per FR the highest of its zones' : ' — own target'}` : { text: 'not set (no zone has an SL-T)', color: INK.muted }],
      ...(level.slT && showAchieved(f, c) ? [['SL-A (achieved)', slCompact(reqByConduit.get(c.id)?.slA)] as const] : []),
      ['Requirements', `${plural(reqByConduit.get(c.id)?.items.length ?? 0, 'IEC 62443-3-3 item')} (as for a zone at this SL-T)`],
      ...(c.notes ? [['Notes', c.notes] as const] : []),
    ]);
    const flows = c.flows ?? [];
    w.h3(`Allowed flows, ${flows.length}`);
    if (flows.length === 0) w.paragraph('No flow is explicitly allowed.', { color: INK.muted, size: TYPE.small });
    else
      w.table(
        [
          { header: 'Protocol', width: 'auto', bold: true },
          { header: 'Port', width: 38, align: 'right' },
          { header: 'From → to', width: 'auto' },
          { header: 'Direction', width: 56 },
          { header: 'Purpose', width: 'auto' },
        ],
        flows.map((fl) => [fl.protocol, fl.port === undefined ? '—' : String(fl.port), `${flowEnd(f, fl.from)} → ${flowEnd(f, fl.to)}`, flowDirection(fl), fl.description ?? '']),
      );
    w.space(6);
  });
}

function inventorySection(w: ReportWriter, f: Facts): void {
  const { doc, ctx } = f;
  w.h1('5', 'Asset inventory');
  const zoneName = (a: Asset) => ctx.zoneOfAsset(a)?.name ?? { text: 'no zone', color: INK.error };
  w.table(
    [
      { header: 'Asset', width: 'auto', bold: true },
      { header: 'Type', width: 74 },
      { header: 'Class', width: 58, font: 'small' },
      { header: 'Zone', width: 'auto' },
      { header: 'Crit.', width: 40 },
      { header: 'Vendor / model / firmware', width: 'auto', font: 'small' },
      { header: 'IP', width: 58, font: 'small' },
      { header: 'SL-C', width: 50, font: 'small' },
    ],
    doc.assets.map((a) => [
      a.name,
      ASSET_TYPE_INFO[a.type].label,
      COMPONENT_CLASS_LABEL[ASSET_TYPE_INFO[a.type].componentClass],
      zoneName(a),
      a.criticality ?? '—',
      [a.vendor, a.model, a.firmware].filter(Boolean).join(' · ') || '—',
      a.ip ?? '—',
      a.slC ? FR_KEYS.map((fr) => a.slC![fr]).join(' ') : '—',
    ]),
    { fontSize: 7.2 },
  );
}

function findingsSection(w: ReportWriter, f: Facts): void {
  const { analysis } = f;
  w.h1('6', 'Findings');
  const titles = new Map(RULES.map((r) => [r.id, r.title]));
  if (analysis.findings.length === 0) {
    w.paragraph('The segmentation analysis reports no findings.', { color: INK.muted });
    return;
  }
  const m = analysis.metrics.findings;
  w.paragraph(`The segmentation analysis reports ${plural(analysis.findings.length, 'finding')}: ${plural(m.error, 'error')}, ${plural(m.warning, 'warning')} and ${plural(m.info, 'note')}. Each names the clause of IEC 62443 it rests on and a remedy.`, { color: INK.muted, size: TYPE.small });
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const sorted = [...analysis.findings].sort((a: Finding, b: Finding) => rank[a.severity] - rank[b.severity]);
  w.table(
    [
      { header: '#', width: 18, align: 'right' },
      { header: 'Severity', width: 44 },
      { header: 'Rule and finding', width: 'auto' },
      { header: 'Clause', width: 62 },
      { header: 'Remedy', width: 'auto' },
    ],
    sorted.map((fd, i) => [
      String(i + 1),
      { text: fd.severity, color: SEVERITY_COLOR[fd.severity], bold: true },
      { rich: [{ text: titles.get(fd.rule) ?? fd.rule, bold: true }, { text: fd.rule, color: INK.muted }, { text: fd.message }] },
      fd.clause,
      fd.remedy,
    ]),
    { fontSize: 7.2 },
  );
}

function gapsSection(w: ReportWriter, f: Facts): void {
  const { analysis } = f;
  w.h1('7', 'SL-C gaps', { newPage: false });
  w.paragraph('Where a component\'s security level capability (SL-C, from its IEC 62443-4-2 certification or assessment) falls short of its zone\'s target (SL-T). Each gap needs a compensating countermeasure or a more capable component.', { color: INK.muted, size: TYPE.small });
  if (analysis.gaps.length === 0) {
    const assessed = analysis.metrics.assetsAssessed;
    w.paragraph(assessed === 0 ? 'No asset is assessed yet (no asset with an SL-C in a zone with an SL-T).' : `No gaps: all ${plural(assessed, 'assessed asset')} meet their zone's target.`, { color: INK.muted });
    return;
  }
  w.table(
    [
      { header: 'Asset', width: 'auto', bold: true },
      { header: 'Zone', width: 'auto' },
      { header: 'FR', width: 110 },
      { header: 'SL-T', width: 36, align: 'center' },
      { header: 'SL-C', width: 36, align: 'center' },
      { header: 'Short by', width: 44, align: 'center' },
    ],
    analysis.gaps.map((g) => [f.names.get(g.assetId) ?? g.assetId, f.names.get(g.zoneId) ?? g.zoneId, `FR${FR_INFO[g.fr].number} ${FR_INFO[g.fr].name}`, String(g.slT), String(g.slC), { text: String(g.slT - g.slC), bold: true, color: INK.error }]),
  );
}

function matrixSection(w: ReportWriter, f: Facts): void {
  const { doc, analysis } = f;
  w.h1('8', 'Requirements matrix', { newPage: false });
  w.paragraph('Per zone and foundational requirement: the target level and, after the slash, the number of IEC 62443-3-3 requirements (SRs and REs) it selects.', { color: INK.muted, size: TYPE.small });
  const reqByZone = new Map(analysis.requirements.zones.map((r) => [r.zoneId as string, r]));
  w.table(
    [
      { header: 'Zone', width: 'auto', bold: true },
      ...FR_KEYS.map((fr) => ({ header: `FR${FR_INFO[fr].number} ${fr}`, width: 44, align: 'center' as const })),
      { header: 'Total', width: 36, align: 'right' as const, bold: true },
    ],
    doc.zones.map((z) => {
      const items = reqByZone.get(z.id)?.items ?? [];
      const perFr = new Map<string, number>();
      for (const id of items) {
        const fr = requirementById(id)?.fr;
        if (fr) perFr.set(fr, (perFr.get(fr) ?? 0) + 1);
      }
      return [
        z.name,
        ...FR_KEYS.map((fr): CellValue => (z.slT ? `${z.slT[fr]} / ${perFr.get(fr) ?? 0}` : { text: '—', color: INK.muted })),
        String(items.length),
      ];
    }),
  );
}

/** `2026-03-31` in UTC, as the core compares dates. */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function riskCell(r: RiskAssessment | undefined): CellValue {
  if (!r) return { text: 'not rated', color: INK.muted };
  return { text: `${r.score} ${r.level.label} (${r.likelihood}×${r.consequence})`, bold: !r.tolerable, color: r.tolerable ? INK.text : INK.error };
}

/** The risk register of IEC 62443-3-2 ZCR 2 and ZCR 5 and the SL-T decisions that rest on it. */
function riskSection(w: ReportWriter, f: Facts): void {
  const { doc } = f;
  w.h1('9', 'Risk assessment');
  const register = riskRegister(doc).filter((r) => r.scenarios.length > 0);
  if (register.length === 0) {
    w.paragraph('No threat scenario is recorded: the target security levels were set without a risk register in this model.', { color: INK.muted });
    return;
  }
  w.paragraph(
    `Threat scenarios per zone and conduit, rated for likelihood and consequence (the highest over the consequence categories); the tolerable risk is ${register[0]!.tolerableRisk}. Residual risk counts the countermeasures in place. Scores above the tolerable risk are in red.`,
    { color: INK.muted, size: TYPE.small },
  );
  register.forEach((r, i) => {
    const status = slTDecisionStatus(doc, r.elementId);
    const decision = status.decision;
    const decided = decision
      ? `SL-T ${slCompact(decision.slT)} ${decision.action} by ${decision.by} on ${dateOnly(decision.date)}${decision.reason ? `: ${decision.reason}` : ''}${status.state === 'outdated' ? ` (outdated: ${status.reason ?? ''})` : ''}`
      : status.suggestion
        ? `suggested SL-T ${slCompact(status.suggestion.slT)}, not yet accepted or overridden`
        : 'no SL-T suggestion (no rated scenario)';
    w.h2(`9.${i + 1}`, r.name, `${r.kind} · ${plural(r.scenarios.length, 'scenario')}`, 90);
    w.keyValues([['SL-T decision', decided]]);
    w.table(
      [
        { header: 'Threat scenario', width: 'auto', bold: true },
        { header: 'FRs', width: 70, font: 'small' },
        { header: 'Unmitigated', width: 86 },
        { header: 'Countermeasures', width: 'auto', font: 'small' },
        { header: 'Residual', width: 86 },
      ],
      r.scenarios.map((s) => [
        s.scenario.description ? { rich: [{ text: s.title, bold: true }, { text: s.scenario.description }] } : s.title,
        s.frs.join(' '),
        riskCell(s.unmitigated),
        [s.scenario.countermeasures, s.scenario.additionalCountermeasures].filter(Boolean).join(' · ') || '—',
        riskCell(s.residual),
      ]),
      { fontSize: 7.2 },
    );
  });
}

function approvalSection(w: ReportWriter, f: Facts): void {
  const meta = f.doc.meta;
  w.h1('10', 'Approval');
  const recorded = f.doc.approval;
  if (recorded) {
    const stale = approvalStatus(f.doc) === 'stale';
    w.keyValues([
      ['Recorded approval', `${recorded.by}${recorded.role ? `, ${recorded.role}` : ''}, on ${dateOnly(recorded.date)}`],
      ['Content hash (SHA-256)', recorded.contentHash],
      ['Status', stale ? { text: 'stale: the model changed after this approval; approve again', color: INK.error, bold: true } : 'valid: the model is unchanged since the approval'],
      ...(recorded.note ? [['Note', recorded.note] as const] : []),
    ]);
  }
  w.paragraph(
    `By signing, the asset owner${meta.organization ? ` (${meta.organization})` : ''} accepts this specification, revision ${meta.revision ?? '—'}, as the record of the zones and conduits of the system under consideration, their target security levels and the security requirements that follow from them.`,
    { after: 14 },
  );
  const block = (title: string, name: string | undefined) => {
    w.ensure(120);
    w.h3(title, 100);
    const left = w.margins.left;
    const width = w.contentWidth;
    const col = (width - 24) / 2;
    const field = (label: string, x: number, y: number, fieldWidth: number, value?: string) => {
      if (value) w.text(value, x, y - 4, { size: 9.5 });
      w.pdf.setDrawColor(INK.text);
      w.pdf.setLineWidth(0.5);
      w.pdf.setLineDashPattern([], 0);
      w.pdf.line(x, y, x + fieldWidth, y);
      w.text(label, x, y + 9, { size: TYPE.caption, color: INK.muted });
    };
    const y1 = w.y + 28;
    field('Name', left, y1, col, name);
    field('Role', left + col + 24, y1, col);
    const y2 = y1 + 44;
    field('Signature', left, y2, col);
    field('Date', left + col + 24, y2, col);
    w.y = y2 + 26;
  };
  block('Approved by the asset owner', undefined);
  block('Prepared by', meta.author);
}
