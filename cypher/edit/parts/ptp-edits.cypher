// ptp-edits (fragment): NCCI PTP edits where the Code node `c` is column 1, column 2 or either
// (ek.role), from current releases, optionally for one setting, active on a date, or of one release
// version; keyset-paginated on the edit id: after ek.after, at most ek.limit ($limit: the largest
// limit of the batch). In: c, ek. Binds: edits.
CALL (c, ek) {
  OPTIONAL MATCH (c)<-[rel:COLUMN_1|COLUMN_2]-(e:PtpEdit)
  WHERE (ek.role = 'ANY' OR (ek.role = 'COLUMN_1' AND type(rel) = 'COLUMN_1') OR (ek.role = 'COLUMN_2' AND type(rel) = 'COLUMN_2'))
    AND (ek.setting IS NULL OR e.setting = ek.setting)
    AND (ek.after IS NULL OR e.id > ek.after)
    AND (ek.activeOn IS NULL OR (e.effectiveDate <= date(ek.activeOn) AND (e.deletionDate IS NULL OR e.deletionDate >= date(ek.activeOn))))
    AND EXISTS { MATCH (e)-[:FROM_RELEASE]->(r:Release {status: 'current'}) WHERE ek.version IS NULL OR r.version = ek.version }
  WITH DISTINCT ek, e ORDER BY e.id LIMIT toInteger($limit)
  WITH ek, collect(e {.*}) AS page
  RETURN page[..toInteger(ek.limit)] AS edits
}
