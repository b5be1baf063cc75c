// global-periods-by-indicator: the GLOB DAYS indicators with days and meanings, each -[:CITES {section, locator, verifiedOn}]-> its sources.
// $rows: [{key, props, cites}]
UNWIND $rows AS row
MERGE (n:GlobalPeriod {indicator: row.key})
SET n += row.props, n.days = toInteger(row.props.days)
WITH n, row
CALL (n, row) {
  UNWIND row.cites AS cite
  MATCH (s:Source {id: cite.sourceId})
  MERGE (n)-[r:CITES]->(s)
  SET r.section = cite.section, r.locator = cite.locator, r.verifiedOn = date(cite.verifiedOn)
}
RETURN count(n) AS written
