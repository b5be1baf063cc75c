// denial-reasons-by-id: DenialReason nodes with their predicted CARC and RARC codes.
UNWIND $ids AS wanted
MATCH (d:DenialReason {id: wanted})
OPTIONAL MATCH (d)-[:PREDICTS]->(c:Carc)
OPTIONAL MATCH (d)-[:PREDICTS]->(r:Rarc)
WITH d, collect(DISTINCT c {.*}) AS carcs, collect(DISTINCT r {.*}) AS rarcs
OPTIONAL MATCH (d)-[:APPLIES_TO]->(code:Code)
RETURN d {.*} AS reason, carcs, rarcs, collect(code.code) AS codes
