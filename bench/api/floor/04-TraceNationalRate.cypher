// TraceNationalRate (floor): one code's fee-schedule entry of release $release with its full provenance.
MATCH (c:Code {code: $code})
CALL (c) {
  OPTIONAL MATCH (c)<-[:FOR_CODE]-(f:FeeScheduleEntry)-[:FROM_RELEASE]->(r:Release {status: 'current'})
  WHERE ($release IS NULL OR r.version = $release) AND coalesce(f.modifier, '') = ''
  WITH f, r ORDER BY r.effectiveDate DESC, r.loadedAt DESC LIMIT 1
  CALL (f) {
    OPTIONAL MATCH (f)-[ct:CITES]->(s:Source)
    RETURN collect(CASE WHEN s IS NULL THEN null ELSE {source: {title: coalesce(s.title, s.id), publisher: s.publisher, url: s.url, kind: s.kind}, release: null, section: ct.section, locator: ct.locator, verifiedOn: left(toString(ct.verifiedOn), 10)} END) AS cited
  }
  CALL (f) {
    OPTIONAL MATCH (f)-[:FROM_RELEASE]->(fr:Release)-[:PUBLISHED_AS]->(s:Source)
    RETURN collect(CASE WHEN s IS NULL THEN null ELSE {source: {title: coalesce(s.title, s.id), publisher: s.publisher, url: s.url, kind: s.kind}, release: {dataset: fr.dataset, version: fr.version, effectiveDate: toString(fr.effectiveDate)}, section: null, locator: null, verifiedOn: toString(date(fr.loadedAt))} END) AS released
  }
  WITH f, r, cited + released AS sources, coalesce(f.nationalCents, f.nationalFacilityCents) AS rate
  RETURN CASE WHEN f IS NULL THEN null ELSE {
    releaseVersion: r.version, workRvu: f.workRvu, practiceExpenseRvu: f.peRvu, mpRvu: f.mpRvu,
    totalRvu: coalesce(f.totalRvu, f.facilityTotal), conversionFactor: f.conversionFactor,
    nationalRate: CASE WHEN rate IS NULL THEN null ELSE {amount: toString(toInteger(rate) / 100) + '.' + right('0' + toString(toInteger(rate) % 100), 2), cents: rate} END,
    sources: sources
  } END AS feeSchedule
}
RETURN {code: {code: c.code, feeSchedule: feeSchedule}} AS data
