// codes-merge-by-code: the Code nodes a release refers to, created before its facts are written so
// each fact batch only MATCHes codes by key. Existing codes are left as they are.
UNWIND $codes AS x
MERGE (c:Code {code: x.code})
  ON CREATE SET c.system = x.system
