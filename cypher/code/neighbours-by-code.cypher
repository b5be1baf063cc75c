// neighbours-by-code: the small, bounded lists around each code: applicable modifiers (with the
// relationship's provenance), documentation requirements, FAQs, denial reasons, categories, follow-ups.
UNWIND $codes AS code
MATCH (c:Code {code: code})
CALL (c) {
  OPTIONAL MATCH (c)-[am:APPLICABLE_MODIFIER]->(m:Modifier)
  WITH m, am ORDER BY m.code
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE {modifier: m.code, fact: properties(am)} END) AS modifiers
}
CALL (c) {
  OPTIONAL MATCH (d:DocumentationRequirement)-[:FOR_CODE]->(c)
  WITH d ORDER BY d.ordinal
  RETURN collect(d {.*}) AS documentation
}
CALL (c) {
  OPTIONAL MATCH (q:Faq)-[:ABOUT]->(c)
  WITH q ORDER BY q.ordinal
  RETURN collect(q {.*}) AS faqs
}
CALL (c) {
  OPTIONAL MATCH (dr:DenialReason)-[:APPLIES_TO]->(c)
  WITH dr ORDER BY dr.ordinal, dr.id
  RETURN collect(dr.id) AS denialReasons
}
CALL (c) {
  OPTIONAL MATCH (c)-[ic:IN_CATEGORY]->(cat:Category)
  RETURN collect(CASE WHEN cat IS NULL THEN null ELSE {category: cat.id, fact: properties(ic)} END) AS categories
}
CALL (c) {
  OPTIONAL MATCH (c)-[fu:FOLLOW_UP_OF]->(primary:Code)
  WITH primary, fu ORDER BY primary.code
  RETURN collect(CASE WHEN primary IS NULL THEN null ELSE {code: primary.code, fact: properties(fu)} END) AS followUpOf
}
CALL (c) {
  OPTIONAL MATCH (c)<-[fu:FOLLOW_UP_OF]-(follower:Code)
  WITH follower, fu ORDER BY follower.code
  RETURN collect(CASE WHEN follower IS NULL THEN null ELSE {code: follower.code, fact: properties(fu)} END) AS followUps
}
RETURN code, modifiers, documentation, faqs, denialReasons, categories, followUpOf, followUps
