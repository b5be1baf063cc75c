// codes-page-by-text: codes-page when a text is given, in one round trip with what the selection asks
// of each code. The candidates come from the full-text index (every word of the text starts a word of
// the descriptor or the code; $query is built by src/graph/search/lucene.ts) and from the code index
// (codes starting with $codePrefix); the other filters are applied to those candidates only, so the
// cost follows the matches, not the 17k codes. The page (after $after, at most $pageLimit, by code)
// comes with each code's plan row ($plan, as in code/parts/plan; $limit: its largest page limit), and,
// when $withTotal, the number of matches. One row: {rows: [{code, row}], total}.
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
WITH collect(c) AS matched
CALL (matched) {
  UNWIND matched AS c
  WITH c WHERE $after IS NULL OR c.code > $after
  WITH c ORDER BY c.code LIMIT toInteger($pageLimit)
  WITH c, $plan AS k
  // @include code/parts/plan
  RETURN collect({code: c.code, row: planRow}) AS rows
}
RETURN rows, CASE WHEN $withTotal THEN size(matched) ELSE null END AS total
