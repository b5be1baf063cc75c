// global-peers-count-by-code: how many other codes share a global period with each code (the same
// edges as global-peers-by-code count).
UNWIND $codes AS code
OPTIONAL MATCH (:Code {code: code})-[g1:HAS_GLOBAL_PERIOD]->(:GlobalPeriod)<-[g2:HAS_GLOBAL_PERIOD]-(peer:Code)
WHERE peer.code <> code
  AND (g1.releaseId IS NULL OR EXISTS { MATCH (r:Release {id: g1.releaseId}) WHERE r.status = 'current' })
  AND (g2.releaseId IS NULL OR EXISTS { MATCH (r:Release {id: g2.releaseId}) WHERE r.status = 'current' })
RETURN code, count(DISTINCT peer) AS total
