// ptp-edits-count-by-code: the number of edits ptp-edits-by-code would page through, per key.
UNWIND $keys AS k
CALL (k) {
  MATCH (c:Code {code: k.code})<-[rel:COLUMN_1|COLUMN_2]-(e:PtpEdit)
  WHERE (k.role = 'ANY' OR (k.role = 'COLUMN_1' AND type(rel) = 'COLUMN_1') OR (k.role = 'COLUMN_2' AND type(rel) = 'COLUMN_2'))
    AND (k.setting IS NULL OR e.setting = k.setting)
    AND (k.activeOn IS NULL OR (e.effectiveDate <= date(k.activeOn) AND (e.deletionDate IS NULL OR e.deletionDate >= date(k.activeOn))))
  MATCH (e)-[:FROM_RELEASE]->(r:Release {status: 'current'})
  WHERE k.version IS NULL OR r.version = k.version
  RETURN count(DISTINCT e) AS total
}
RETURN k.i AS i, total
