// fee-schedule (fragment): the fee-schedule entry of the Code node `c` from the chosen release: the
// version fk.version, or the newest current release in effect on fk.asOf, or the newest current
// release; fk.modifier picks the 26/TC row (null: the global row). Only 'current' releases are read.
// In: c, fk. Binds: fee ({entry, release, publishedAs: the release's source id} or null), feeNode
// (the entry node, for its citations).
CALL (c, fk) {
  OPTIONAL MATCH (c)<-[:FOR_CODE]-(f:FeeScheduleEntry)-[:FROM_RELEASE]->(r:Release {status: 'current'})
  WHERE (fk.version IS NULL OR r.version = fk.version)
    AND (fk.asOf IS NULL OR r.effectiveDate <= date(fk.asOf))
    AND coalesce(f.modifier, '') = coalesce(fk.modifier, '')
  WITH f, r ORDER BY r.effectiveDate DESC, r.loadedAt DESC
  WITH collect(CASE WHEN f IS NULL THEN null ELSE [f, r] END)[0] AS top
  WITH top[0] AS f, top[1] AS r
  RETURN CASE WHEN f IS NULL THEN null ELSE {entry: f {.*}, release: r {.*},
           publishedAs: COLLECT { MATCH (r)-[:PUBLISHED_AS]->(s:Source) RETURN s.id }[0]} END AS fee,
         f AS feeNode
}
