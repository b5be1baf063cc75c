// release-as-of-by-dataset-and-date: the release in force on a date — the newest current release of
// the dataset whose effectiveDate is on or before $date.
MATCH (r:Release {dataset: $dataset})
WHERE r.status = 'current' AND r.effectiveDate <= date($date)
RETURN r.id AS id, r.dataset AS dataset, r.version AS version, r.effectiveDate AS effectiveDate,
       r.status AS status, r.synthetic AS synthetic, r.rowCount AS rowCount
ORDER BY r.effectiveDate DESC, r.loadedAt DESC
LIMIT 1
