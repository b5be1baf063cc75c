// ShortestPath (floor): the shortest path (at most 6 hops, not through release bookkeeping) from a
// Code to a Modifier.
MATCH (a:Code {code: $from}), (b:Modifier {code: $to})
MATCH p = shortestPath((a)-[*..8]-(b))
WHERE length(p) <= 6 AND none(n IN nodes(p)[1..-1] WHERE n:Release OR n:Dataset)
WITH p LIMIT 1
RETURN {shortestPath: {
  length: length(p),
  nodes: [n IN nodes(p) | {kind: labels(n)[0], key: coalesce(n.code, n.indicator, n.id, n.name), title: coalesce(n.shortDescriptor, n.name, n.title, n.text, n.question, n.meaning, n.statement)}],
  relationships: [r IN relationships(p) | {type: type(r), from: coalesce(startNode(r).code, startNode(r).indicator, startNode(r).id), to: coalesce(endNode(r).code, endNode(r).indicator, endNode(r).id)}]
}} AS data
