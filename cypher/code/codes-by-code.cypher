// codes-by-code: Code nodes for a batch of codes, with their status and global period. Each source
// states the global period on its own HAS_GLOBAL_PERIOD edge; edges written by a dataset release count
// only while that release is current (a loading or superseded release is invisible). The period shown
// is the one stated by the newest current release, else by the most recently verified source; every
// valid edge's provenance is returned. $codes: list of code strings. One row per code found.
UNWIND $codes AS wanted
MATCH (c:Code {code: wanted})
OPTIONAL MATCH (c)-[g:HAS_GLOBAL_PERIOD]->(gp:GlobalPeriod)
WHERE g.releaseId IS NULL OR EXISTS { MATCH (r:Release {id: g.releaseId}) WHERE r.status = 'current' }
OPTIONAL MATCH (rel:Release {id: g.releaseId})
WITH c, gp, g ORDER BY rel.effectiveDate IS NULL, rel.effectiveDate DESC, g.verifiedOn DESC
WITH c,
     collect(CASE WHEN gp IS NULL THEN null ELSE properties(gp) END)[0] AS period,
     collect(CASE WHEN gp IS NULL THEN null ELSE properties(g) END) AS facts
OPTIONAL MATCH (s:StatusIndicator {code: c.statusCode})
// The sources that state the global period, shaped like sources-by-id rows (they prime that loader).
CALL (facts) {
  UNWIND facts AS f
  UNWIND coalesce(f.sourceIds, []) AS sourceId
  WITH DISTINCT sourceId
  MATCH (src:Source {id: sourceId})
  CALL (src) {
    OPTIONAL MATCH (src)-[ref:REFERENCES]->(cited:Source)
    WITH ref, cited ORDER BY ref.ordinal
    RETURN collect(cited.id) AS references
  }
  RETURN collect({source: src {.*}, references: references}) AS sources
}
RETURN properties(c) AS code, period AS globalPeriod, facts AS globalPeriodFacts, properties(s) AS status, sources
