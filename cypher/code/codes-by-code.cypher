// codes-by-code: Code nodes for a batch of codes, with their status and global period (the newest
// statement of it: dataset releases first, then curated sources by date verified).
// $codes: list of code strings. One row per code found.
UNWIND $codes AS wanted
MATCH (c:Code {code: wanted})
OPTIONAL MATCH (c)-[g:HAS_GLOBAL_PERIOD]->(gp:GlobalPeriod)
WITH c, gp, g ORDER BY g.releaseId IS NULL, g.verifiedOn DESC
WITH c, collect(CASE WHEN gp IS NULL THEN null ELSE {period: properties(gp), rel: properties(g)} END)[0] AS top
OPTIONAL MATCH (s:StatusIndicator {code: c.statusCode})
RETURN properties(c) AS code, top.period AS globalPeriod, top.rel AS globalPeriodFact, properties(s) AS status
