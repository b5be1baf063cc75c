// NcciEditsForCode (floor): PTP edits naming $code as column 2, active on $activeOn, from current
// releases; keyset page of $first on the edit id, with the total count.
MATCH (c:Code {code: $code})
CALL (c) {
  OPTIONAL MATCH (c)<-[:COLUMN_2]-(e:PtpEdit)-[:FROM_RELEASE]->(:Release {status: 'current'})
  WHERE $activeOn IS NULL OR (e.effectiveDate <= date($activeOn) AND (e.deletionDate IS NULL OR e.deletionDate >= date($activeOn)))
  RETURN count(DISTINCT e) AS total
}
CALL (c) {
  MATCH (c)<-[:COLUMN_2]-(e:PtpEdit)-[:FROM_RELEASE]->(r:Release {status: 'current'})
  WHERE ($after IS NULL OR e.id > $after)
    AND ($activeOn IS NULL OR (e.effectiveDate <= date($activeOn) AND (e.deletionDate IS NULL OR e.deletionDate >= date($activeOn))))
  WITH DISTINCT e, r ORDER BY e.id LIMIT toInteger($first) + 1
  RETURN collect({cursor: e.id, node: {
    setting: e.setting, column1Code: e.column1, column2Code: e.column2,
    effectiveDate: toString(e.effectiveDate), deletionDate: toString(e.deletionDate),
    modifierIndicator: toString(e.modifierIndicator), rationale: e.rationale, release: {version: r.version}
  }}) AS rows
}
WITH c, total, rows, size(rows) > toInteger($first) AS more
WITH c, total, more, CASE WHEN more THEN rows[..-1] ELSE rows END AS edges
RETURN {code: {code: c.code, ptpEdits: {
  totalCount: total,
  pageInfo: {hasNextPage: more, endCursor: CASE WHEN size(edges) = 0 THEN null ELSE edges[-1].cursor END},
  edges: [x IN edges | {node: x.node}]
}}} AS data
