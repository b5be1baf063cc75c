// code-relations-by-code: code-to-code facts a source states, (a)-[:FOLLOW_UP_OF {modifiers, sourceIds,
// section, locator, verifiedOn}]->(b): a is billed as the staged or unplanned return inside b's global period.
// $rows: [{from, to, modifiers, sourceIds, section, locator, verifiedOn}]
UNWIND $rows AS row
MERGE (a:Code {code: row.from})
MERGE (b:Code {code: row.to})
MERGE (a)-[r:FOLLOW_UP_OF]->(b)
SET r.modifiers = row.modifiers, r.sourceIds = row.sourceIds, r.section = row.section, r.locator = row.locator,
    r.verifiedOn = date(row.verifiedOn)
RETURN count(r) AS written
