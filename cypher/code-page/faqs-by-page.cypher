// faqs-by-page: the Faq nodes (answer null when the page gives none) of one code page, keyed page:<code>:faq:<n>, each
// -[:ABOUT]->(Code) and -[:CITES {section, locator, verifiedOn}]-> the page and the sources its section
// attribution names. Facts of the page no longer on it are removed, so a re-import equals a clean one.
// $code, $prefix ('page:<code>:faq:'), $rows: [{id, question, answer, ordinal, cites: [{sourceId, section, locator, verifiedOn}]}]
CALL {
  MATCH (old:Faq)
  WHERE old.id STARTS WITH $prefix AND NOT old.id IN [r IN $rows | r.id]
  DETACH DELETE old
}
MATCH (c:Code {code: $code})
UNWIND $rows AS row
MERGE (f:Faq {id: row.id})
SET f += {code: $code, question: row.question, answer: row.answer, ordinal: toInteger(row.ordinal)}
MERGE (f)-[:ABOUT]->(c)
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
