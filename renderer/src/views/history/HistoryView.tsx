/** Named revisions of the project, and the comparison of two of them. */
export function HistoryView() {
  return <div className="view-placeholder">HistoryView</div>;
}
