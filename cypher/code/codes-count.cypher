// codes-count: how many codes match the same filter as codes-page (only run when totalCount is asked).
MATCH (c:Code)
WHERE ($system IS NULL OR c.system = $system)
  AND ($status IS NULL OR c.statusCode = $status)
  AND ($text IS NULL OR toLower(c.shortDescriptor) CONTAINS toLower($text) OR c.code STARTS WITH toUpper($text))
  AND ($globalPeriod IS NULL OR EXISTS { MATCH (c)-[g:HAS_GLOBAL_PERIOD]->(:GlobalPeriod {indicator: $globalPeriod}) WHERE g.releaseId IS NULL OR EXISTS { MATCH (r:Release {id: g.releaseId}) WHERE r.status = 'current' } })
  AND ($category IS NULL OR EXISTS { (c)-[:IN_CATEGORY]->(:Category)-[:PART_OF*0..5]->(:Category {id: $category}) })
RETURN count(c) AS total
