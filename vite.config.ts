import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));
const unusedJsPdfPlugins = fileURLToPath(new URL('./renderer/src/export/jspdfUnusedPlugins.ts', import.meta.url));

/**
 * The dev server needs an inline script (React Refresh preamble) that the production CSP forbids;
 * only `vite` (serve) drops the CSP meta tag. Built files keep it, as index.html states it.
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'zonewright-dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
  };
}

/**
 * React Flow places each node with a CSS transform: a paint property of its own per node, which
 * with 2,000+ nodes in view costs the browser some 5 ms a frame to sort into layers (Layerize).
 * Placed by left/top from the same origin, the nodes sit where they did and share one, so each
 * frame of a large plant (an edit, a drag step) is cheaper. Built app only: the dev server
 * pre-bundles React Flow as it is, which looks the same. The build fails if React Flow's code no
 * longer has the line.
 */
function reactFlowNodesByOffset(): Plugin {
  const from = 'transform: `translate(${internals.positionAbsolute.x}px,${internals.positionAbsolute.y}px)`,';
  const to = 'left: internals.positionAbsolute.x, top: internals.positionAbsolute.y,';
  return {
    name: 'zonewright-react-flow-nodes-by-offset',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]@xyflow[\\/]react[\\/]dist[\\/]esm[\\/]index\.m?js$/.test(id)) return null;
      if (!code.includes(from)) this.error(`${id}: React Flow's node wrapper no longer sets the transform that vite.config.ts replaces`);
      return { code: code.replace(from, to), map: null };
    },
  };
}

export default defineConfig({
  root,
  // Relative asset URLs: the desktop shell loads the built files from disk.
  base: './',
  plugins: [react(), devWithoutCsp(), reactFlowNodesByOffset()],
  // jsPDF's optional html()/SVG-image helpers: never used, and able to fetch, so left out.
  resolve: { alias: [{ find: /^(html2canvas|dompurify|canvg)$/, replacement: unusedJsPdfPlugins }] },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    // One chunk budget warning is noise for a desktop-class app that never downloads.
    chunkSizeWarningLimit: 2000,
    // No module-preload polyfill: it is inline code, and the CSP allows no inline script.
    modulePreload: { polyfill: false },
  },
  server: { host: '127.0.0.1', fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] } },
  preview: { host: '127.0.0.1' },
});
