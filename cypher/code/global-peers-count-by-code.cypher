// global-peers-count-by-code: how many other codes share a global period with each code.
UNWIND $codes AS code
OPTIONAL MATCH (:Code {code: code})-[:HAS_GLOBAL_PERIOD]->(:GlobalPeriod)<-[:HAS_GLOBAL_PERIOD]-(peer:Code)
WHERE peer.code <> code
RETURN code, count(DISTINCT peer) AS total
