// denial-reasons-by-id: the generic denial reasons of the claim check (denial:ptp-bundled, ...), each
// -[:PREDICTS {basis}]->(Carc|Rarc) per the typical pairings, and citing its sources.
// $rows: [{id, props, carc: [{code, basis}], rarc: [{code, basis}], cites}]
UNWIND $rows AS row
MERGE (n:DenialReason {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  UNWIND row.carc AS p
  MATCH (x:Carc {code: p.code})
  MERGE (n)-[r:PREDICTS]->(x)
  SET r.basis = p.basis
}
CALL (n, row) {
  UNWIND row.rarc AS p
  MATCH (x:Rarc {code: p.code})
  MERGE (n)-[r:PREDICTS]->(x)
  SET r.basis = p.basis
}
CALL (n, row) {
  UNWIND row.cites AS cite
  MATCH (s:Source {id: cite.sourceId})
  MERGE (n)-[r:CITES]->(s)
  SET r.section = cite.section, r.locator = cite.locator, r.verifiedOn = date(cite.verifiedOn)
}
RETURN count(n) AS written
