// ptp-edits-count (fragment): how many edits code/parts/ptp-edits pages through for the Code node `c`
// and the filter ek (its after and limit are ignored). In: c, ek. Binds: ptpTotal.
CALL (c, ek) {
  OPTIONAL MATCH (c)<-[rel:COLUMN_1|COLUMN_2]-(e:PtpEdit)
  WHERE (ek.role = 'ANY' OR (ek.role = 'COLUMN_1' AND type(rel) = 'COLUMN_1') OR (ek.role = 'COLUMN_2' AND type(rel) = 'COLUMN_2'))
    AND (ek.setting IS NULL OR e.setting = ek.setting)
    AND (ek.activeOn IS NULL OR (e.effectiveDate <= date(ek.activeOn) AND (e.deletionDate IS NULL OR e.deletionDate >= date(ek.activeOn))))
    AND EXISTS { MATCH (e)-[:FROM_RELEASE]->(r:Release {status: 'current'}) WHERE ek.version IS NULL OR r.version = ek.version }
  RETURN count(DISTINCT e) AS ptpTotal
}
