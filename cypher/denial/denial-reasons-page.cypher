// denial-reasons-page: denial reasons, optionally those predicting one CARC/RARC or citing one source.
MATCH (d:DenialReason)
WHERE ($after IS NULL OR d.id > $after)
  AND ($adjustmentCode IS NULL OR EXISTS { (d)-[:PREDICTS]->(x) WHERE (x:Carc OR x:Rarc) AND x.code = $adjustmentCode })
  AND ($sourceId IS NULL OR EXISTS { (d)-[:CITES]->(:Source {id: $sourceId}) })
  AND ($code IS NULL OR EXISTS { (d)-[:APPLIES_TO]->(:Code {code: $code}) })
RETURN d.id AS id
ORDER BY d.id
LIMIT toInteger($limit)
