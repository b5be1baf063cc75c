// release-active-by-dataset: the release a dataset's ACTIVE_RELEASE points at (newest current).
MATCH (:Dataset {name: $dataset})-[:ACTIVE_RELEASE]->(r:Release)
RETURN r.id AS id, r.dataset AS dataset, r.version AS version, r.effectiveDate AS effectiveDate,
       r.status AS status, r.synthetic AS synthetic, r.rowCount AS rowCount
