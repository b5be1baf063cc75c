// code-row (fragment): the Code node `x` as a codes-by-code row: its properties; the global period
// stated by the newest current release, else by the most recently verified source (each source
// states it on its own HAS_GLOBAL_PERIOD edge; an edge written by a dataset release counts only while
// that release is current); every valid statement of it; its status. In: x. Binds: row, rowSources
// (the Source nodes the statements name: source/parts/source-rows makes them rows for the source loader).
CALL (x) {
  OPTIONAL MATCH (x)-[g:HAS_GLOBAL_PERIOD]->(gp:GlobalPeriod)
  WHERE g.releaseId IS NULL OR EXISTS { MATCH (r:Release {id: g.releaseId}) WHERE r.status = 'current' }
  OPTIONAL MATCH (rel:Release {id: g.releaseId})
  WITH x, gp, g ORDER BY rel.effectiveDate IS NULL, rel.effectiveDate DESC, g.verifiedOn DESC
  WITH x,
       collect(CASE WHEN gp IS NULL THEN null ELSE properties(gp) END)[0] AS period,
       collect(CASE WHEN gp IS NULL THEN null ELSE properties(g) END) AS facts
  OPTIONAL MATCH (s:StatusIndicator {code: x.statusCode})
  CALL (facts) {
    UNWIND facts AS f
    UNWIND coalesce(f.sourceIds, []) AS sourceId
    WITH DISTINCT sourceId
    MATCH (src:Source {id: sourceId})
    RETURN collect(src) AS rowSources
  }
  RETURN {code: properties(x), globalPeriod: period, globalPeriodFacts: facts, status: properties(s)} AS row, rowSources
}
