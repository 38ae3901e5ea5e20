/**
 * PDF and SVG output of the pure core: the diagram drawing engine and the Cybersecurity
 * Requirements Specification report. A separate entry point from `shared/index.ts`, because
 * jsPDF and ELK are large: the renderer imports it lazily when the user exports, the CLI when a
 * `report` or `diagram` command runs. Fonts come in as bytes from the caller.
 */
export * from './surface';
export * from './paper';
export * from './theme';
export { FontBook, FONT_FAMILY, FALLBACK_FAMILY, fitSize, wrapText, type PdfFonts, type TextRun } from './fonts';
export { PdfSurface } from './pdfSurface';
export { needsFallbackFont } from './document';
export { SvgSurface, escapeXml } from './svgSurface';
export { assetIcon, shieldIcon, type Icon, type IconShape } from './icons';
export { parsePath, pathData, transformPath } from './svgPath';
export { buildScene, type DiagramScene, type SceneAsset, type SceneConduit, type SceneLink, type SceneZone } from './diagram/scene';
export { paintScene, placeConduitLabels, slChipText, type ConduitLabel, type View } from './diagram/paint';
export { buildDiagramPdf, buildDiagramSvg, diagramPage, drawDiagramSheets, fitView, type DiagramOptions } from './diagram/export';
export { buildReportPdf, recordedStatus, REPORT_TITLE, type ReportOptions, type RequirementStatusLookup, type RevisionEntry } from './report/report';
