// citations-by-fact-id: the provenance of fact nodes: every Source each fact CITES (with section,
// locator, date verified), and for dataset facts the Release and the Source it was published as.
// $ids: fact ids; each is looked up through the key index of every fact label (no label scan).
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
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {sourceId: s.id, releaseId: null, section: c.section, locator: c.locator, verifiedOn: toString(c.verifiedOn)} END) AS cited
}
CALL (f) {
  OPTIONAL MATCH (f)-[:FROM_RELEASE]->(r:Release)-[:PUBLISHED_AS]->(s:Source)
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {sourceId: s.id, releaseId: r.id, section: null, locator: null, verifiedOn: toString(date(r.loadedAt))} END) AS released
}
RETURN wanted AS id, cited + released AS citations
