// codes-describe-by-release: Code.shortDescriptor and Code.statusCode come from the newest PFS
// release; runs after a flip and changes codes only when this release is PFS_RVU's active one.
MATCH (:Dataset {name: 'PFS_RVU'})-[:ACTIVE_RELEASE]->(rel:Release {id: $releaseId})
MATCH (rel)<-[:FROM_RELEASE]-(f:FeeScheduleEntry)-[:FOR_CODE]->(c:Code)
WHERE f.modifier IS NULL
  AND (c.shortDescriptor IS NULL OR c.shortDescriptor <> f.description OR c.statusCode IS NULL
       OR c.statusCode <> f.statusCode)
SET c.shortDescriptor = f.description, c.statusCode = f.statusCode
RETURN count(c) AS updated
