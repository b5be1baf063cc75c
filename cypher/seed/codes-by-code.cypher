// codes-by-code: curated Code nodes (short descriptor and status from the RVU file) citing that row, and
// (Code)-[:IN_CATEGORY {sourceIds, section, verifiedOn}]->(Category).
// $rows: [{code, props, category, categoryFact: {sourceIds, section, verifiedOn}, cites}]
UNWIND $rows AS row
MERGE (n:Code {code: row.code})
SET n += row.props
WITH n, row
CALL (n, row) {
  MATCH (cat:Category {id: row.category})
  MERGE (n)-[ic:IN_CATEGORY]->(cat)
  SET ic.sourceIds = row.categoryFact.sourceIds, ic.section = row.categoryFact.section,
      ic.verifiedOn = date(row.categoryFact.verifiedOn)
}
CALL (n, row) {
  UNWIND row.cites AS cite
  MATCH (s:Source {id: cite.sourceId})
  MERGE (n)-[r:CITES]->(s)
  SET r.section = cite.section, r.locator = cite.locator, r.verifiedOn = date(cite.verifiedOn)
}
RETURN count(n) AS written
