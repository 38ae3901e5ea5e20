/** The IEC 62443 reference: the series, FRs, SLs and every requirement with our guidance. */
export function ReferenceView() {
  return <div className="view-placeholder">ReferenceView</div>;
}
