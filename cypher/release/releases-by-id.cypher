// releases-by-id: Release nodes by id, with the source each was published as.
UNWIND $ids AS wanted
MATCH (r:Release {id: wanted})
OPTIONAL MATCH (r)-[:PUBLISHED_AS]->(s:Source)
RETURN r {.*} AS release, s.id AS sourceId
