// global-peers-by-code: for each key, the other codes on the same global-period node, keyset-paginated
// on the code. Only edges of current releases (or of curated sources) count, on both sides.
// $keys: [{i, code, after, limit}], $limit: the largest limit. Rows: {i, codes}.
UNWIND $keys AS k
CALL (k) {
  MATCH (:Code {code: k.code})-[g1:HAS_GLOBAL_PERIOD]->(gp:GlobalPeriod)<-[g2:HAS_GLOBAL_PERIOD]-(peer:Code)
  WHERE peer.code <> k.code AND (k.after IS NULL OR peer.code > k.after)
    AND (g1.releaseId IS NULL OR EXISTS { MATCH (r:Release {id: g1.releaseId}) WHERE r.status = 'current' })
    AND (g2.releaseId IS NULL OR EXISTS { MATCH (r:Release {id: g2.releaseId}) WHERE r.status = 'current' })
  WITH DISTINCT peer
  ORDER BY peer.code
  LIMIT toInteger($limit)
  WITH collect(peer.code) AS page
  RETURN page[..toInteger(k.limit)] AS codes
}
RETURN k.i AS i, codes
