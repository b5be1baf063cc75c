// codes-page-by-text: codes-page when a text is given. The candidates come from the full-text index
// (every word of the text starts a word of the descriptor or the code; $query is built by
// src/graph/search/lucene.ts) and from the code index (codes starting with $codePrefix); the other
// filters are applied to those candidates only, so the cost follows the matches, not the 17k codes.
// One row: the page of codes after $after (at most $limit) and, when $withTotal, how many match in all
// (from the same candidates: no second query for totalCount).
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
WITH collect(c.code) AS matched
CALL (matched) {
  UNWIND matched AS code
  WITH code WHERE $after IS NULL OR code > $after
  WITH code ORDER BY code LIMIT toInteger($limit)
  RETURN collect(code) AS codes
}
RETURN codes, CASE WHEN $withTotal THEN size(matched) ELSE null END AS total
