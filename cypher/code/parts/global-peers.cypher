// global-peers (fragment): the other codes on the same global-period node as the Code node `c`,
// keyset-paginated on the code: after pk.after, at most pk.limit of them ($limit: the largest limit of
// the batch, since LIMIT cannot name a variable). Only edges of current releases (or of curated
// sources) count, on both sides. In: c, pk. Binds: peers (codes), peerNodes.
CALL (c, pk) {
  OPTIONAL MATCH (c)-[g1:HAS_GLOBAL_PERIOD]->(gp:GlobalPeriod)<-[g2:HAS_GLOBAL_PERIOD]-(peer:Code)
  WHERE peer <> c AND (pk.after IS NULL OR peer.code > pk.after)
    AND (g1.releaseId IS NULL OR EXISTS { MATCH (r:Release {id: g1.releaseId}) WHERE r.status = 'current' })
    AND (g2.releaseId IS NULL OR EXISTS { MATCH (r:Release {id: g2.releaseId}) WHERE r.status = 'current' })
  WITH DISTINCT pk, peer
  ORDER BY peer.code
  LIMIT toInteger($limit)
  WITH pk, collect(peer) AS page
  WITH page[..toInteger(pk.limit)] AS peerNodes
  RETURN [p IN peerNodes | p.code] AS peers, peerNodes
}
