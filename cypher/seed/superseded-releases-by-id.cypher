// superseded-releases-by-id: marks seed releases superseded once a full-file load of the same
// (dataset, version) is current, so readers that follow 'current' see only the full load.
// $ids: seed release ids. Rows: {id}.
UNWIND $ids AS wanted
MATCH (r:Release {id: wanted})
WHERE r.status = 'current'
SET r.status = 'superseded'
RETURN r.id AS id
