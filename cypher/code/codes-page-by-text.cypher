// codes-page-by-text: codes-page when a text is given. The candidates come from the full-text index
// (every word of the text starts a word of the descriptor or the code; $query is built by
// src/graph/search/lucene.ts) and from the code index (codes starting with $codePrefix); the other
// filters are applied to those candidates only, so the cost follows the matches, not the 17k codes.
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
  AND ($system IS NULL OR c.system = $system)
  AND ($status IS NULL OR c.statusCode = $status)
  AND ($globalPeriod IS NULL OR EXISTS { MATCH (c)-[g:HAS_GLOBAL_PERIOD]->(:GlobalPeriod {indicator: $globalPeriod}) WHERE g.releaseId IS NULL OR EXISTS { MATCH (r:Release {id: g.releaseId}) WHERE r.status = 'current' } })
  AND ($category IS NULL OR EXISTS { (c)-[:IN_CATEGORY]->(:Category)-[:PART_OF*0..5]->(:Category {id: $category}) })
RETURN c.code AS code
ORDER BY c.code
LIMIT toInteger($limit)
