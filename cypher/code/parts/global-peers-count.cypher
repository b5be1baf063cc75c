// global-peers-count (fragment): how many other codes share a global period with the Code node `c`
// (the edges code/parts/global-peers counts). In: c. Binds: peerCount.
CALL (c) {
  OPTIONAL MATCH (c)-[g1:HAS_GLOBAL_PERIOD]->(:GlobalPeriod)<-[g2:HAS_GLOBAL_PERIOD]-(peer:Code)
  WHERE peer <> c
    AND (g1.releaseId IS NULL OR EXISTS { MATCH (r:Release {id: g1.releaseId}) WHERE r.status = 'current' })
    AND (g2.releaseId IS NULL OR EXISTS { MATCH (r:Release {id: g2.releaseId}) WHERE r.status = 'current' })
  RETURN count(DISTINCT peer) AS peerCount
}
