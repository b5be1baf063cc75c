// fee-schedule-entries-create-by-release: one batch of PFS RVU rows for a loading release. Each row
// becomes a FeeScheduleEntry (id release:code:modifier) FOR_CODE its Code and FROM_RELEASE the
// release; GLOB DAYS becomes the Code's HAS_GLOBAL_PERIOD, tagged with the release and its source.
MATCH (rel:Release {id: $releaseId})
UNWIND $rows AS r
MATCH (c:Code {code: r.code})
CREATE (f:FeeScheduleEntry)
SET f = r, f.id = $releaseId + ':' + r.code + ':' + coalesce(r.modifier, '-'), f.releaseId = $releaseId
CREATE (f)-[:FOR_CODE]->(c)
CREATE (f)-[:FROM_RELEASE]->(rel)
MERGE (g:GlobalPeriod {indicator: r.globalDays})
MERGE (c)-[h:HAS_GLOBAL_PERIOD {releaseId: $releaseId}]->(g)
  ON CREATE SET h.sourceIds = [$sourceId]
