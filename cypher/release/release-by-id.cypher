// release-by-id: one Release by its id ("DATASET:VERSION:loadTag"), whatever its status.
MATCH (r:Release {id: $releaseId})
RETURN r.id AS id, r.dataset AS dataset, r.version AS version, r.effectiveDate AS effectiveDate,
       r.status AS status, r.synthetic AS synthetic, r.rowCount AS rowCount, r.files AS files,
       r.checksums AS checksums, r.loadedAt AS loadedAt
