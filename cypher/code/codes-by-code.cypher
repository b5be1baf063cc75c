// codes-by-code: Code nodes for a batch of codes, with their status and global period.
// $codes: list of code strings. One row per code found.
UNWIND $codes AS wanted
MATCH (c:Code {code: wanted})
OPTIONAL MATCH (c)-[g:HAS_GLOBAL_PERIOD]->(gp:GlobalPeriod)
WITH c, gp, g ORDER BY g.releaseId IS NULL, g.verifiedOn DESC
WITH c, collect({period: gp, rel: g})[0] AS top
OPTIONAL MATCH (s:StatusIndicator {code: c.statusCode})
RETURN c {.*} AS code, top.period {.*} AS globalPeriod, properties(top.rel) AS globalPeriodFact, s {.*} AS status
