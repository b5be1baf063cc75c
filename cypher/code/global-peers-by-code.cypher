// global-peers-by-code: for each key, the other codes on the same global-period node, keyset-paginated
// on the code. $keys: [{i, code, after, limit}]. Rows: {i, codes} in key order of i.
UNWIND $keys AS k
CALL (k) {
  MATCH (:Code {code: k.code})-[:HAS_GLOBAL_PERIOD]->(gp:GlobalPeriod)<-[:HAS_GLOBAL_PERIOD]-(peer:Code)
  WHERE peer.code <> k.code AND (k.after IS NULL OR peer.code > k.after)
  WITH DISTINCT peer
  ORDER BY peer.code
  LIMIT toInteger($limit)
  WITH collect(peer.code) AS page
  RETURN page[..toInteger(k.limit)] AS codes
}
RETURN k.i AS i, codes
