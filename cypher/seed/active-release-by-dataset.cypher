// active-release-by-dataset: points Dataset {name: $dataset} -[:ACTIVE_RELEASE]-> its newest current
// release (by effectiveDate, then loadedAt). Idempotent: the pointer is only moved when it changes.
MERGE (d:Dataset {name: $dataset})
WITH d
OPTIONAL MATCH (r:Release {dataset: $dataset})
WHERE r.status = 'current'
WITH d, r ORDER BY r.effectiveDate DESC, r.loadedAt DESC
WITH d, collect(r)[0] AS newest
CALL (d, newest) {
  OPTIONAL MATCH (d)-[old:ACTIVE_RELEASE]->(other:Release)
  WHERE newest IS NULL OR other <> newest
  DELETE old
}
CALL (d, newest) {
  WITH d, newest WHERE newest IS NOT NULL
  MERGE (d)-[:ACTIVE_RELEASE]->(newest)
}
RETURN d.name AS dataset, newest.id AS releaseId
