// sources-by-fact-ids: from fact node ids to their sources: one row per (fact, source), via CITES
// (section, locator, verifiedOn of the citation) and, for dataset facts, via FROM_RELEASE and the Source
// the release was published as (locator = the row in the file). Each id goes through the key index of
// every fact label, never a label scan. $ids. Rows: {factId, source, release, section, locator, verifiedOn}.
UNWIND $ids AS wanted
CALL (wanted) {
  MATCH (f:FeeScheduleEntry {id: wanted}) RETURN f
  UNION MATCH (f:SitePayment {id: wanted}) RETURN f
  UNION MATCH (f:PtpEdit {id: wanted}) RETURN f
  UNION MATCH (f:Mue {id: wanted}) RETURN f
  UNION MATCH (f:Locality {id: wanted}) RETURN f
  UNION MATCH (f:DenialReason {id: wanted}) RETURN f
  UNION MATCH (f:DocumentationRequirement {id: wanted}) RETURN f
  UNION MATCH (f:Faq {id: wanted}) RETURN f
  UNION MATCH (f:Rule {id: wanted}) RETURN f
  UNION MATCH (f:Category {id: wanted}) RETURN f
}
CALL (f) {
  MATCH (f)-[c:CITES]->(s:Source)
  RETURN properties(s) AS source, null AS release, c.section AS section, c.locator AS locator, c.verifiedOn AS verifiedOn
  UNION
  MATCH (f)-[:FROM_RELEASE]->(r:Release)-[:PUBLISHED_AS]->(s:Source)
  RETURN properties(s) AS source, properties(r) AS release, null AS section, f.locator AS locator, s.verifiedOn AS verifiedOn
}
RETURN wanted AS factId, source, release, section, locator, verifiedOn
ORDER BY factId, source.id
