/**
 * Stands in for html2canvas, DOMPurify and canvg, which jsPDF loads on demand for `html()` and SVG
 * images. We never call those (our drawing goes through shared/pdf), and they can fetch remote
 * resources, so they are not shipped at all (see vite.config.ts).
 */
function notBundled(): never {
  throw new Error('This jsPDF feature is not part of Zonewright.');
}

export default notBundled;
