// site-payments-by-page: the payments by site of service a code page states (Office = PFS non-facility,
// HOPD = OPPS with its APC, ASC with its payment indicator), keyed page:<code>:site:<setting>, each
// -[:FOR_CODE]->(Code) and -[:CITES]-> the page and the attribution sources for that setting.
// $code, $prefix ('page:<code>:site:'), $rows: [{id, setting, amountCents, apc, paymentIndicator, year, label, cites}]
CALL {
  MATCH (old:SitePayment)
  WHERE old.id STARTS WITH $prefix AND NOT old.id IN [r IN $rows | r.id]
  DETACH DELETE old
}
MATCH (c:Code {code: $code})
UNWIND $rows AS row
MERGE (f:SitePayment {id: row.id})
SET f += {
  code: $code,
  setting: row.setting,
  amountCents: toInteger(row.amountCents),
  apc: row.apc,
  paymentIndicator: row.paymentIndicator,
  year: toInteger(row.year),
  label: row.label
}
MERGE (f)-[:FOR_CODE]->(c)
WITH f, row
CALL (f, row) {
  OPTIONAL MATCH (f)-[old:CITES]->(gone:Source)
  WHERE NOT gone.id IN [x IN row.cites | x.sourceId]
  DELETE old
}
CALL (f, row) {
  UNWIND row.cites AS cite
  MATCH (s:Source {id: cite.sourceId})
  MERGE (f)-[r:CITES]->(s)
  SET r.section = cite.section, r.locator = cite.locator, r.verifiedOn = date(cite.verifiedOn)
}
RETURN count(f) AS facts
