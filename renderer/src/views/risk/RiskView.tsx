/** The risk register per zone and conduit, with the SL-T suggestion to accept or override. */
export function RiskView() {
  return <div className="view-placeholder">RiskView</div>;
}
