/**
 * The export dialog's entry point for the rest of the editor. The dialog itself, the PDF preview
 * reader and the spreadsheet writer load on first use, in chunks of their own; the PDF engine
 * (jsPDF, ELK) runs in the export worker, so none of it weighs on the editor's start.
 */
import { lazy, Suspense } from 'react';

const ExportDialog = lazy(() => import('./ExportDialog'));

export function ExportDialogHost() {
  return (
    <Suspense fallback={null}>
      <ExportDialog />
    </Suspense>
  );
}
