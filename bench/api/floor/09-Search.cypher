// Search (floor): full-text search; $query is the escaped Lucene text (src/graph/search/lucene.ts).
CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
WITH labels(node)[0] AS kind, coalesce(node.code, node.id) AS key, score,
     coalesce(node.shortDescriptor, node.name, node.title, node.meaning) AS title
ORDER BY score DESC, key
LIMIT toInteger($first)
RETURN {search: collect({kind: kind, key: key, title: title, score: score})} AS data
