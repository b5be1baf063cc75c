// GlobalPeriodFamily (floor): codes with one global period whose descriptor matches a text, a keyset
// page of $first with the total and each code's newest fee-schedule values. Candidates come from the
// full-text index ($query: the escaped Lucene text) and the code index, as in ClaimGraph.
CALL () {
  CALL () {
    CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node
    WITH node WHERE node:Code
    RETURN node AS c
    UNION
    MATCH (c:Code) WHERE c.code STARTS WITH $codePrefix
    RETURN c
  }
  WITH c
  WHERE ($globalPeriod IS NULL OR EXISTS { (c)-[:HAS_GLOBAL_PERIOD]->(:GlobalPeriod {indicator: $globalPeriod}) })
  RETURN count(c) AS total
}
CALL () {
  CALL () {
    CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node
    WITH node WHERE node:Code
    RETURN node AS c
    UNION
    MATCH (c:Code) WHERE c.code STARTS WITH $codePrefix
    RETURN c
  }
  WITH c
  WHERE ($after IS NULL OR c.code > $after)
    AND ($globalPeriod IS NULL OR EXISTS { (c)-[:HAS_GLOBAL_PERIOD]->(:GlobalPeriod {indicator: $globalPeriod}) })
  WITH c ORDER BY c.code LIMIT toInteger($first) + 1
  CALL (c) {
    OPTIONAL MATCH (c)<-[:FOR_CODE]-(f:FeeScheduleEntry)-[:FROM_RELEASE]->(r:Release {status: 'current'})
    WHERE coalesce(f.modifier, '') = ''
    WITH f, r ORDER BY r.effectiveDate DESC, r.loadedAt DESC LIMIT 1
    WITH f, r, f.nationalFacilityCents AS fac
    RETURN CASE WHEN f IS NULL THEN null ELSE {
      releaseVersion: r.version, workRvu: f.workRvu, facilityTotal: f.facilityTotal,
      nationalFacility: CASE WHEN fac IS NULL THEN null ELSE {amount: toString(toInteger(fac) / 100) + '.' + right('0' + toString(toInteger(fac) % 100), 2)} END
    } END AS fee
  }
  RETURN collect({cursor: c.code, node: {code: c.code, shortDescriptor: c.shortDescriptor, feeSchedule: fee}}) AS rows
}
WITH total, rows, size(rows) > toInteger($first) AS more
WITH total, more, CASE WHEN more THEN rows[..-1] ELSE rows END AS edges
RETURN {codes: {
  totalCount: total,
  pageInfo: {hasNextPage: more, endCursor: CASE WHEN size(edges) = 0 THEN null ELSE edges[-1].cursor END},
  edges: [x IN edges | {node: x.node}]
}} AS data
