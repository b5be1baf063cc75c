// global-peers-count (fragment): how many other codes share a global period with the Code node `c`
// (the edges code/parts/global-peers counts, the current releases read once). In: c. Binds: peerCount.
CALL (c) {
  WITH c, COLLECT { MATCH (r:Release {status: 'current'}) RETURN r.id } AS current
  OPTIONAL MATCH (c)-[g1:HAS_GLOBAL_PERIOD]->(:GlobalPeriod)<-[g2:HAS_GLOBAL_PERIOD]-(peer:Code)
  WHERE peer <> c
    AND (g1.releaseId IS NULL OR g1.releaseId IN current)
    AND (g2.releaseId IS NULL OR g2.releaseId IN current)
  RETURN count(DISTINCT peer) AS peerCount
}
