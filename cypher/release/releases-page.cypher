// releases-page: releases of one dataset or all, newest first, with the source they were published as.
MATCH (r:Release)
WHERE ($dataset IS NULL OR r.dataset = $dataset) AND ($includeSuperseded OR r.status = 'current')
OPTIONAL MATCH (r)-[:PUBLISHED_AS]->(s:Source)
RETURN r {.*} AS release, s.id AS sourceId
ORDER BY r.effectiveDate DESC, r.dataset, r.version
LIMIT 500
