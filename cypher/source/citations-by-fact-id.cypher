// citations-by-fact-id: the provenance of fact nodes: every Source each fact CITES (with section,
// locator, date verified), and for dataset facts the Release and the Source it was published as.
// $ids: fact ids; each is looked up through the key index of every fact label (no label scan).
// Rows: {id, citations, sources (as sources-by-id rows), releases (as releases-by-id rows)}.
UNWIND $ids AS wanted
CALL (wanted) {
  MATCH (f:FeeScheduleEntry {id: wanted}) RETURN f
  UNION MATCH (f:SitePayment {id: wanted}) RETURN f
  UNION MATCH (f:PtpEdit {id: wanted}) RETURN f
  UNION MATCH (f:Mue {id: wanted}) RETURN f
  UNION MATCH (f:DenialReason {id: wanted}) RETURN f
  UNION MATCH (f:DocumentationRequirement {id: wanted}) RETURN f
  UNION MATCH (f:Faq {id: wanted}) RETURN f
  UNION MATCH (f:Rule {id: wanted}) RETURN f
  UNION MATCH (f:Locality {id: wanted}) RETURN f
  UNION MATCH (f:Category {id: wanted}) RETURN f
}
CALL (f) {
  OPTIONAL MATCH (f)-[c:CITES]->(s:Source)
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {sourceId: s.id, releaseId: null, section: c.section, locator: c.locator, verifiedOn: toString(c.verifiedOn)} END) AS cited,
         collect(s) AS citedSources
}
CALL (f) {
  OPTIONAL MATCH (f)-[:FROM_RELEASE]->(r:Release)-[:PUBLISHED_AS]->(s:Source)
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {sourceId: s.id, releaseId: r.id, section: null, locator: null, verifiedOn: toString(date(r.loadedAt))} END) AS released,
         collect(s) AS releasedSources,
         collect(CASE WHEN s IS NULL THEN null ELSE {release: r {.*}, sourceId: s.id} END) AS releases
}
// The cited sources and releases, shaped as sources-by-id and releases-by-id rows, so that the API
// primes its source and release loaders from this one round trip.
CALL (citedSources, releasedSources) {
  UNWIND citedSources + releasedSources AS s
  WITH DISTINCT s
  CALL (s) {
    OPTIONAL MATCH (s)-[ref:REFERENCES]->(cited:Source)
    WITH ref, cited ORDER BY ref.ordinal
    RETURN collect(cited.id) AS references
  }
  RETURN collect({source: s {.*}, references: references}) AS sources
}
RETURN wanted AS id, cited + released AS citations, sources, releases
