// releases-by-id: the seed releases (loadTag seed), each -[:PUBLISHED_AS]-> its sources. The loader has
// already dropped any release whose (dataset, version) has a current full-file load. loadedAt is set once.
// $rows: [{id, dataset, version, effectiveDate, conversionFactor, file, note, sourceIds}]
UNWIND $rows AS row
MERGE (r:Release {id: row.id})
  ON CREATE SET r.loadedAt = datetime()
SET r += {dataset: row.dataset, version: row.version, status: 'current', loadedBy: 'seed', synthetic: false,
          conversionFactor: row.conversionFactor, file: row.file, note: row.note},
    r.effectiveDate = date(row.effectiveDate)
WITH r, row
CALL (r, row) {
  UNWIND row.sourceIds AS sid
  MATCH (s:Source {id: sid})
  MERGE (r)-[:PUBLISHED_AS]->(s)
}
RETURN count(r) AS written
