// facts-by-id: fact nodes by id (for node(id) on global IDs), with the release they came from.
// Each id is looked up through the key index of every fact label (no label scan).
UNWIND $ids AS wanted
CALL (wanted) {
  MATCH (f:FeeScheduleEntry {id: wanted}) RETURN f
  UNION MATCH (f:SitePayment {id: wanted}) RETURN f
  UNION MATCH (f:PtpEdit {id: wanted}) RETURN f
  UNION MATCH (f:Mue {id: wanted}) RETURN f
  UNION MATCH (f:DocumentationRequirement {id: wanted}) RETURN f
  UNION MATCH (f:Faq {id: wanted}) RETURN f
  UNION MATCH (f:Category {id: wanted}) RETURN f
}
OPTIONAL MATCH (f)-[:FROM_RELEASE]->(r:Release)
RETURN wanted AS id, labels(f)[0] AS label, properties(f) AS props, properties(r) AS release
