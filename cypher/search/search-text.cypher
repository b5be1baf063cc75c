// search-text: full-text search across codes, modifiers, denial reasons and sources. $query is a
// Lucene query built by src/graph/search/lucene.ts from escaped user terms, never raw user text.
CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN labels(node)[0] AS label, coalesce(node.code, node.id) AS key, score,
       coalesce(node.shortDescriptor, node.name, node.title, node.meaning) AS title
ORDER BY score DESC, key
SKIP toInteger($skip)
LIMIT toInteger($limit)
