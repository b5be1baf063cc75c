// documentation-by-page: the DocumentationRequirement nodes (the note must show ...) of one code page, keyed page:<code>:doc:<n>, each
// -[:FOR_CODE]->(Code) and -[:CITES {section, locator, verifiedOn}]-> the page and the sources its section
// attribution names. Facts of the page no longer on it are removed, so a re-import equals a clean one.
// $code, $prefix ('page:<code>:doc:'), $rows: [{id, text, ordinal, cites: [{sourceId, section, locator, verifiedOn}]}]
CALL {
  MATCH (old:DocumentationRequirement)
  WHERE old.id STARTS WITH $prefix AND NOT old.id IN [r IN $rows | r.id]
  DETACH DELETE old
}
MATCH (c:Code {code: $code})
UNWIND $rows AS row
MERGE (f:DocumentationRequirement {id: row.id})
SET f += {code: $code, text: row.text, ordinal: toInteger(row.ordinal)}
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
