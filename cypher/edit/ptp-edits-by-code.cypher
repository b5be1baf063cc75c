// ptp-edits-by-code: NCCI PTP edits where each code is column 1, column 2 or either, from current
// releases, optionally for one setting, active on a date, or in one release version; keyset-paginated
// on the edit id. $keys: [{i, code, role, setting, activeOn, version, after, limit}].
UNWIND $keys AS k
CALL (k) {
  MATCH (c:Code {code: k.code})<-[rel:COLUMN_1|COLUMN_2]-(e:PtpEdit)
  WHERE (k.role = 'ANY' OR (k.role = 'COLUMN_1' AND type(rel) = 'COLUMN_1') OR (k.role = 'COLUMN_2' AND type(rel) = 'COLUMN_2'))
    AND (k.setting IS NULL OR e.setting = k.setting)
    AND (k.after IS NULL OR e.id > k.after)
    AND (k.activeOn IS NULL OR (e.effectiveDate <= date(k.activeOn) AND (e.deletionDate IS NULL OR e.deletionDate >= date(k.activeOn))))
  MATCH (e)-[:FROM_RELEASE]->(r:Release {status: 'current'})
  WHERE k.version IS NULL OR r.version = k.version
  WITH DISTINCT e ORDER BY e.id LIMIT toInteger($limit)
  WITH collect(e {.*}) AS page
  RETURN page[..toInteger(k.limit)] AS edits
}
RETURN k.i AS i, edits
