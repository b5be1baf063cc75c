// global-peers (fragment): the other codes on the same global-period node as the Code node `c`: how
// many there are, and a keyset page of them by code (after pk.after, at most pk.limit; $limit is the
// largest limit of the batch, since LIMIT cannot name a variable). Only edges of current releases (or
// of curated sources) count, on both sides; the ids of the current releases are read once (a handful,
// against thousands of peers), and the peers are walked once for the count and the page.
// In: c, pk. Binds: peerCount, peers (codes), peerNodes.
CALL (c, pk) {
  WITH c, pk, COLLECT { MATCH (r:Release {status: 'current'}) RETURN r.id } AS current
  OPTIONAL MATCH (c)-[g1:HAS_GLOBAL_PERIOD]->(:GlobalPeriod)<-[g2:HAS_GLOBAL_PERIOD]-(peer:Code)
  WHERE peer <> c
    AND (g1.releaseId IS NULL OR g1.releaseId IN current)
    AND (g2.releaseId IS NULL OR g2.releaseId IN current)
  WITH pk, collect(DISTINCT peer) AS found
  CALL (pk, found) {
    UNWIND found AS peer
    WITH peer WHERE pk.after IS NULL OR peer.code > pk.after
    WITH peer ORDER BY peer.code LIMIT toInteger($limit)
    RETURN collect(peer) AS sorted
  }
  WITH size(found) AS peerCount, sorted[..toInteger(pk.limit)] AS peerNodes
  RETURN peerCount, [p IN peerNodes | p.code] AS peers, peerNodes
}
