// codes-page: codes filtered by system, status, global period, category and text, keyset-paginated
// on the code. $after: last code of the previous page or null; $limit: page size + 1.
MATCH (c:Code)
WHERE ($after IS NULL OR c.code > $after)
  AND ($system IS NULL OR c.system = $system)
  AND ($status IS NULL OR c.statusCode = $status)
  AND ($text IS NULL OR toLower(c.shortDescriptor) CONTAINS toLower($text) OR c.code STARTS WITH toUpper($text))
  AND ($globalPeriod IS NULL OR EXISTS { MATCH (c)-[g:HAS_GLOBAL_PERIOD]->(:GlobalPeriod {indicator: $globalPeriod}) WHERE g.releaseId IS NULL OR EXISTS { MATCH (r:Release {id: g.releaseId}) WHERE r.status = 'current' } })
  AND ($category IS NULL OR EXISTS { (c)-[:IN_CATEGORY]->(:Category)-[:PART_OF*0..5]->(:Category {id: $category}) })
RETURN c.code AS code
ORDER BY c.code
LIMIT toInteger($limit)
