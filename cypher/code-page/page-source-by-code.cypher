// page-source-by-code: the code page as a CODE_PAGE Source about its Code, the numbered references it
// cites (-[:REFERENCES {ordinal}]->) and the sources its section attributions name. Sources other than the
// page are created with their page-derived properties only when new, so curated seed values win.
// $page: {id, code, system, title, file, summary, verifiedOn, declaredSourceCount}
// The Code -[:CITES {section: 'header'}]-> the page: the page states the code and its summary.
// $references: [{id, ordinal, title, url, publisher, kind, locator}]; $named: [{id, title, publisher, url, kind}]
MERGE (c:Code {code: $page.code})
  ON CREATE SET c.system = $page.system
MERGE (p:Source {id: $page.id})
SET p.title = $page.title,
    p.kind = 'CODE_PAGE',
    p.publisher = null,
    p.url = null,
    p.verifiedOn = date($page.verifiedOn),
    p.file = $page.file,
    p.summary = $page.summary,
    p.declaredSourceCount = toInteger($page.declaredSourceCount)
MERGE (p)-[:ABOUT]->(c)
MERGE (c)-[cc:CITES]->(p)
SET cc.section = 'header', cc.locator = 'line 1', cc.verifiedOn = date($page.verifiedOn)
WITH p
CALL (p) {
  OPTIONAL MATCH (p)-[old:REFERENCES]->(gone:Source)
  WHERE NOT gone.id IN [r IN $references | r.id]
  DELETE old
}
CALL (p) {
  UNWIND $references AS ref
  MERGE (s:Source {id: ref.id})
    ON CREATE SET s.title = ref.title, s.url = ref.url, s.publisher = ref.publisher, s.kind = ref.kind
  MERGE (p)-[r:REFERENCES]->(s)
  SET r.ordinal = toInteger(ref.ordinal), r.locator = ref.locator
}
CALL {
  UNWIND $named AS n
  MERGE (s:Source {id: n.id})
    ON CREATE SET s.title = n.title, s.url = n.url, s.publisher = n.publisher, s.kind = n.kind
}
RETURN p.id AS id
