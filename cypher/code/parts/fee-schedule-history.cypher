// fee-schedule-history (fragment): the global row of the Code node `c` in every current PFS release,
// newest first. In: c. Binds: history ([{entry, release, publishedAs}]).
CALL (c) {
  OPTIONAL MATCH (c)<-[:FOR_CODE]-(f:FeeScheduleEntry)-[:FROM_RELEASE]->(r:Release {status: 'current'})
  WHERE coalesce(f.modifier, '') = ''
  WITH f, r ORDER BY r.effectiveDate DESC
  RETURN collect(CASE WHEN f IS NULL THEN null ELSE {entry: f {.*}, release: r {.*}, publishedAs: COLLECT { MATCH (r)-[:PUBLISHED_AS]->(s:Source) RETURN s.id }[0]} END) AS history
}
