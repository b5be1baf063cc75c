// sources-by-id: the curated Source nodes (seeds/sources.json), keyed by id.
// $rows: [{id, title, publisher, url, kind, verifiedOn, note}]
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += {title: row.title, publisher: row.publisher, url: row.url, kind: row.kind, note: row.note},
    s.verifiedOn = date(row.verifiedOn)
RETURN count(s) AS written
