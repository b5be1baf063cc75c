// shortest-path: the shortest path (at most $maxHops relationships, any direction) between two
// entities, each given by label and key. Labels come from a GraphQL enum's allow-list.
CALL (){
  MATCH (a:Code {code: $fromKey}) WHERE $fromLabel = 'Code' RETURN a
  UNION MATCH (a:Modifier {code: $fromKey}) WHERE $fromLabel = 'Modifier' RETURN a
  UNION MATCH (a:Source {id: $fromKey}) WHERE $fromLabel = 'Source' RETURN a
  UNION MATCH (a:DenialReason {id: $fromKey}) WHERE $fromLabel = 'DenialReason' RETURN a
  UNION MATCH (a:GlobalPeriod {indicator: $fromKey}) WHERE $fromLabel = 'GlobalPeriod' RETURN a
  UNION MATCH (a:Carc {code: $fromKey}) WHERE $fromLabel = 'Carc' RETURN a
  UNION MATCH (a:Rarc {code: $fromKey}) WHERE $fromLabel = 'Rarc' RETURN a
  UNION MATCH (a:Rule {id: $fromKey}) WHERE $fromLabel = 'Rule' RETURN a
}
CALL (){
  MATCH (b:Code {code: $toKey}) WHERE $toLabel = 'Code' RETURN b
  UNION MATCH (b:Modifier {code: $toKey}) WHERE $toLabel = 'Modifier' RETURN b
  UNION MATCH (b:Source {id: $toKey}) WHERE $toLabel = 'Source' RETURN b
  UNION MATCH (b:DenialReason {id: $toKey}) WHERE $toLabel = 'DenialReason' RETURN b
  UNION MATCH (b:GlobalPeriod {indicator: $toKey}) WHERE $toLabel = 'GlobalPeriod' RETURN b
  UNION MATCH (b:Carc {code: $toKey}) WHERE $toLabel = 'Carc' RETURN b
  UNION MATCH (b:Rarc {code: $toKey}) WHERE $toLabel = 'Rarc' RETURN b
  UNION MATCH (b:Rule {id: $toKey}) WHERE $toLabel = 'Rule' RETURN b
}
MATCH p = shortestPath((a)-[*..8]-(b))
WHERE length(p) <= $maxHops AND none(n IN nodes(p)[1..-1] WHERE n:Release OR n:Dataset)
RETURN [n IN nodes(p) | {label: labels(n)[0], key: coalesce(n.code, n.indicator, n.id, n.name), title: coalesce(n.shortDescriptor, n.name, n.title, n.text, n.question, n.meaning, n.statement)}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: coalesce(startNode(r).code, startNode(r).indicator, startNode(r).id), to: coalesce(endNode(r).code, endNode(r).indicator, endNode(r).id)}] AS relationships
LIMIT 1
