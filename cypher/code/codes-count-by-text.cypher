// codes-count-by-text: how many codes codes-page-by-text pages through (run only when totalCount is asked).
CALL () {
  CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node
  WITH node WHERE node:Code
  RETURN node AS c
  UNION
  MATCH (c:Code) WHERE c.code STARTS WITH $codePrefix
  RETURN c
}
WITH c
WHERE ($system IS NULL OR c.system = $system)
  AND ($status IS NULL OR c.statusCode = $status)
  AND ($globalPeriod IS NULL OR EXISTS { MATCH (c)-[g:HAS_GLOBAL_PERIOD]->(:GlobalPeriod {indicator: $globalPeriod}) WHERE g.releaseId IS NULL OR EXISTS { MATCH (r:Release {id: g.releaseId}) WHERE r.status = 'current' } })
  AND ($category IS NULL OR EXISTS { (c)-[:IN_CATEGORY]->(:Category)-[:PART_OF*0..5]->(:Category {id: $category}) })
RETURN count(c) AS total
