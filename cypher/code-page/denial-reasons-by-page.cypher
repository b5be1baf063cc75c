// denial-reasons-by-page: the DenialReason nodes the page lists (not mapped to CARC/RARC: the page names none) of one code page, keyed page:<code>:denial:<n>, each
// -[:APPLIES_TO]->(Code) and -[:CITES {section, locator, verifiedOn}]-> the page and the sources its section
// attribution names. Facts of the page no longer on it are removed, so a re-import equals a clean one.
// $code, $prefix ('page:<code>:denial:'), $rows: [{id, title, text, ordinal, cites: [{sourceId, section, locator, verifiedOn}]}]
CALL {
  MATCH (old:DenialReason)
  WHERE old.id STARTS WITH $prefix AND NOT old.id IN [r IN $rows | r.id]
  DETACH DELETE old
}
MATCH (c:Code {code: $code})
UNWIND $rows AS row
MERGE (f:DenialReason {id: row.id})
SET f += {code: $code, title: row.title, description: row.text, ordinal: toInteger(row.ordinal)}
MERGE (f)-[:APPLIES_TO]->(c)
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
