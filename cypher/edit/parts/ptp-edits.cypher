// ptp-edits (fragment): NCCI PTP edits where the Code node `c` is column 1, column 2 or either
// (ek.role), from current releases, optionally for one setting, active on a date, or of one release
// version: how many there are, and a keyset page of them by edit id (after ek.after, at most ek.limit;
// $limit is the largest limit of the batch, since LIMIT cannot name a variable). The edits are walked
// once for the count and the page (the page is sorted from all of them anyway).
// In: c, ek. Binds: ptpTotal, edits.
CALL (c, ek) {
  OPTIONAL MATCH (c)<-[rel:COLUMN_1|COLUMN_2]-(e:PtpEdit)
  WHERE (ek.role = 'ANY' OR (ek.role = 'COLUMN_1' AND type(rel) = 'COLUMN_1') OR (ek.role = 'COLUMN_2' AND type(rel) = 'COLUMN_2'))
    AND (ek.setting IS NULL OR e.setting = ek.setting)
    AND (ek.activeOn IS NULL OR (e.effectiveDate <= date(ek.activeOn) AND (e.deletionDate IS NULL OR e.deletionDate >= date(ek.activeOn))))
    AND EXISTS { MATCH (e)-[:FROM_RELEASE]->(r:Release {status: 'current'}) WHERE ek.version IS NULL OR r.version = ek.version }
  WITH ek, collect(DISTINCT e) AS found
  CALL (ek, found) {
    UNWIND found AS e
    WITH e WHERE ek.after IS NULL OR e.id > ek.after
    WITH e ORDER BY e.id LIMIT toInteger($limit)
    RETURN collect(e {.*}) AS sorted
  }
  RETURN size(found) AS ptpTotal, sorted[..toInteger(coalesce(ek.limit, 0))] AS edits
}
