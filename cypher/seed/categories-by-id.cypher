// categories-by-id: the CPT category hierarchy, (Category)-[:PART_OF]->(parent), each citing its source.
// $rows: [{id, props, parent, cites}] ordered parents first.
UNWIND $rows AS row
MERGE (n:Category {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  WITH n, row WHERE row.parent IS NOT NULL
  MATCH (p:Category {id: row.parent})
  MERGE (n)-[:PART_OF]->(p)
}
CALL (n, row) {
  UNWIND row.cites AS cite
  MATCH (s:Source {id: cite.sourceId})
  MERGE (n)-[r:CITES]->(s)
  SET r.section = cite.section, r.locator = cite.locator, r.verifiedOn = date(cite.verifiedOn)
}
RETURN count(n) AS written
