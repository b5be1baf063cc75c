// SharesGlobalPeriod (floor): the codes on the same global-period node as $code, keyset page of $first.
MATCH (c:Code {code: $code})
OPTIONAL MATCH (c)-[g:HAS_GLOBAL_PERIOD]->(gp:GlobalPeriod)
WITH c, gp ORDER BY g.releaseId IS NULL, g.verifiedOn DESC
WITH c, collect(gp)[0] AS gp
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_GLOBAL_PERIOD]->(:GlobalPeriod)<-[:HAS_GLOBAL_PERIOD]-(peer:Code)
  WHERE peer.code <> c.code
  RETURN count(DISTINCT peer) AS total
}
CALL (c) {
  MATCH (c)-[:HAS_GLOBAL_PERIOD]->(:GlobalPeriod)<-[:HAS_GLOBAL_PERIOD]-(peer:Code)
  WHERE peer.code <> c.code AND ($after IS NULL OR peer.code > $after)
  WITH DISTINCT peer ORDER BY peer.code LIMIT toInteger($first) + 1
  CALL (peer) {
    OPTIONAL MATCH (peer)-[pg:HAS_GLOBAL_PERIOD]->(pgp:GlobalPeriod)
    WITH pgp ORDER BY pg.releaseId IS NULL, pg.verifiedOn DESC
    RETURN collect(pgp.indicator)[0] AS indicator
  }
  RETURN collect({cursor: peer.code, node: {code: peer.code, shortDescriptor: peer.shortDescriptor, globalPeriod: CASE WHEN indicator IS NULL THEN null ELSE {indicator: indicator} END}}) AS rows
}
WITH c, gp, total, rows, size(rows) > toInteger($first) AS more
WITH c, gp, total, more, CASE WHEN more THEN rows[..-1] ELSE rows END AS edges
RETURN {code: {
  code: c.code,
  globalPeriod: CASE WHEN gp IS NULL THEN null ELSE {indicator: gp.indicator, days: gp.days} END,
  sharesGlobalPeriodWith: {totalCount: total, pageInfo: {hasNextPage: more, endCursor: CASE WHEN size(edges) = 0 THEN null ELSE edges[-1].cursor END}, edges: edges}
}} AS data
