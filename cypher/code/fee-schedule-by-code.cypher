// fee-schedule-by-code: the fee-schedule entry of each code from the chosen release: a named version,
// or the newest current release in effect on $asOf, or the newest current release.
// $keys: [{i, code, version, asOf, modifier}]. Only 'current' releases are read (atomic flips).
UNWIND $keys AS k
OPTIONAL MATCH (:Code {code: k.code})<-[:FOR_CODE]-(f:FeeScheduleEntry)-[:FROM_RELEASE]->(r:Release {status: 'current'})
WHERE (k.version IS NULL OR r.version = k.version)
  AND (k.asOf IS NULL OR r.effectiveDate <= date(k.asOf))
  AND coalesce(f.modifier, '') = coalesce(k.modifier, '')
WITH k, f, r ORDER BY r.effectiveDate DESC, r.loadedAt DESC
WITH k, collect(CASE WHEN f IS NULL THEN null ELSE {entry: f {.*}, release: r {.*}} END)[0] AS top
RETURN k.i AS i, top.entry AS entry, top.release AS release
