// releases-by-dataset: every load of a dataset, newest first, with its status.
MATCH (:Dataset {name: $dataset})-[:HAS_RELEASE]->(r:Release)
RETURN r.id AS id, r.dataset AS dataset, r.version AS version, r.effectiveDate AS effectiveDate,
       r.status AS status, r.synthetic AS synthetic, r.rowCount AS rowCount, r.loadedAt AS loadedAt
ORDER BY r.effectiveDate DESC, r.loadedAt DESC
