// fee-schedule-history-by-code: every current release's entry for each code, newest first.
UNWIND $codes AS code
OPTIONAL MATCH (:Code {code: code})<-[:FOR_CODE]-(f:FeeScheduleEntry)-[:FROM_RELEASE]->(r:Release {status: 'current'})
WHERE coalesce(f.modifier, '') = ''
WITH code, f, r ORDER BY r.effectiveDate DESC
RETURN code, collect(CASE WHEN f IS NULL THEN null ELSE {entry: f {.*}, release: r {.*}} END) AS entries
