// rules-by-id: billing rules a source states; (Rule)-[:ALLOWS]->(Modifier) for the PTP bypass modifiers,
// (Rule)-[:GOVERNS]->(Modifier|GlobalPeriod) for what a global-period or modifier rule is about.
// $rows: [{id, props, allows, governs, governsGlobalPeriods, cites}]
UNWIND $rows AS row
MERGE (n:Rule {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  UNWIND row.allows AS code
  MATCH (m:Modifier {code: code})
  MERGE (n)-[:ALLOWS]->(m)
}
CALL (n, row) {
  UNWIND row.governs AS code
  MATCH (m:Modifier {code: code})
  MERGE (n)-[:GOVERNS]->(m)
}
CALL (n, row) {
  UNWIND row.governsGlobalPeriods AS indicator
  MATCH (g:GlobalPeriod {indicator: indicator})
  MERGE (n)-[:GOVERNS]->(g)
}
CALL (n, row) {
  UNWIND row.cites AS cite
  MATCH (s:Source {id: cite.sourceId})
  MERGE (n)-[r:CITES]->(s)
  SET r.section = cite.section, r.locator = cite.locator, r.verifiedOn = date(cite.verifiedOn)
}
RETURN count(n) AS written
