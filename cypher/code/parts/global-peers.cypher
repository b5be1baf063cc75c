// global-peers (fragment): the other codes on the same global-period node as the Code node `c`,
// keyset-paginated on the code: after pk.after, at most pk.limit of them ($limit: the largest limit of
// the batch, since LIMIT cannot name a variable). Only edges of current releases (or of curated
// sources) count, on both sides; the ids of the current releases are read once (a handful, against
// thousands of peers). In: c, pk. Binds: peers (codes), peerNodes.
CALL (c, pk) {
  WITH c, pk, COLLECT { MATCH (r:Release {status: 'current'}) RETURN r.id } AS current
  OPTIONAL MATCH (c)-[g1:HAS_GLOBAL_PERIOD]->(gp:GlobalPeriod)<-[g2:HAS_GLOBAL_PERIOD]-(peer:Code)
  WHERE peer <> c AND (pk.after IS NULL OR peer.code > pk.after)
    AND (g1.releaseId IS NULL OR g1.releaseId IN current)
    AND (g2.releaseId IS NULL OR g2.releaseId IN current)
  WITH DISTINCT pk, peer
  ORDER BY peer.code
  LIMIT toInteger($limit)
  WITH pk, collect(peer) AS page
  WITH page[..toInteger(pk.limit)] AS peerNodes
  RETURN [p IN peerNodes | p.code] AS peers, peerNodes
}
