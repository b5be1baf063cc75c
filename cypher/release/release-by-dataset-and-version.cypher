// release-by-dataset-and-version: the current load of one version of a dataset (e.g. PFS_RVU RVU25D).
MATCH (r:Release {dataset: $dataset, version: $version})
WHERE r.status = 'current'
RETURN r.id AS id, r.dataset AS dataset, r.version AS version, r.effectiveDate AS effectiveDate,
       r.status AS status, r.synthetic AS synthetic, r.rowCount AS rowCount
