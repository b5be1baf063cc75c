// release-flip-by-id: step 5 of the import protocol, in one transaction. The loading release becomes
// current, any other current load of the same (dataset, version) becomes superseded, and the
// dataset's ACTIVE_RELEASE moves to the current release with the newest effectiveDate.
MATCH (r:Release {id: $releaseId})
WHERE r.status = 'loading'
SET r.status = 'current'
WITH r
OPTIONAL MATCH (old:Release {dataset: r.dataset, version: r.version})
WHERE old.status = 'current' AND old.id <> r.id
SET old.status = 'superseded'
WITH DISTINCT r
MATCH (d:Dataset {name: r.dataset})
OPTIONAL MATCH (d)-[a:ACTIVE_RELEASE]->()
DELETE a
WITH DISTINCT d
MATCH (d)-[:HAS_RELEASE]->(c:Release {status: 'current'})
WITH d, c ORDER BY c.effectiveDate DESC, c.loadedAt DESC
WITH d, collect(c)[0] AS newest
CREATE (d)-[:ACTIVE_RELEASE]->(newest)
RETURN newest.id AS activeReleaseId
