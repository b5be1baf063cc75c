// ptp-edits-by-pair: edits between two codes (column 1 = $column1 and column 2 = $column2), through
// the composite (column1, setting) index; every date window of the pair, newest first.
MATCH (e:PtpEdit)
WHERE e.column1 = $column1 AND e.column2 = $column2
  AND ($setting IS NULL OR e.setting = $setting)
  AND ($activeOn IS NULL OR (e.effectiveDate <= date($activeOn) AND (e.deletionDate IS NULL OR e.deletionDate >= date($activeOn))))
MATCH (e)-[:FROM_RELEASE]->(r:Release {status: 'current'})
WHERE $version IS NULL OR r.version = $version
RETURN e {.*} AS edit
ORDER BY e.effectiveDate DESC, e.id
LIMIT toInteger($limit)
