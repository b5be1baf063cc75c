// neighbours (fragment): the small, bounded lists around the Code node `c`: applicable modifiers (with
// the relationship's provenance), documentation requirements, FAQs, denial reasons, categories and their
// ancestors, follow-ups both ways and the modifiers they name, and the sources the relationships name.
// Modifiers, denial reasons, categories and sources come back whole, shaped like their own *-by-id
// rows, so the API primes those loaders from the same round trip. In: c. Binds: neighbours.
CALL (c) {
  CALL (c) {
    OPTIONAL MATCH (c)-[am:APPLICABLE_MODIFIER]->(m:Modifier)
    WITH m, am ORDER BY m.code
    RETURN collect(CASE WHEN m IS NULL THEN null ELSE {modifier: m.code, fact: properties(am), props: properties(m)} END) AS modifiers
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
    CALL (dr) {
      OPTIONAL MATCH (dr)-[:PREDICTS]->(x:Carc)
      RETURN collect(DISTINCT x {.*}) AS carcs
    }
    CALL (dr) {
      OPTIONAL MATCH (dr)-[:PREDICTS]->(x:Rarc)
      RETURN collect(DISTINCT x {.*}) AS rarcs
    }
    CALL (dr) {
      OPTIONAL MATCH (dr)-[:APPLIES_TO]->(other:Code)
      RETURN collect(other.code) AS codes
    }
    RETURN collect(dr.id) AS denialReasons,
           collect(CASE WHEN dr IS NULL THEN null ELSE {reason: dr {.*}, carcs: carcs, rarcs: rarcs, codes: codes} END) AS denialRows
  }
  CALL (c) {
    OPTIONAL MATCH (c)-[ic:IN_CATEGORY]->(cat:Category)
    OPTIONAL MATCH (cat)-[:PART_OF]->(parent:Category)
    RETURN collect(CASE WHEN cat IS NULL THEN null ELSE {category: cat.id, fact: properties(ic), props: cat {.*, parentId: parent.id}} END) AS categories
  }
  CALL (c) {
    OPTIONAL MATCH (c)-[:IN_CATEGORY]->(:Category)-[:PART_OF*1..6]->(ancestor:Category)
    WITH DISTINCT ancestor
    OPTIONAL MATCH (ancestor)-[:PART_OF]->(up:Category)
    RETURN collect(CASE WHEN ancestor IS NULL THEN null ELSE ancestor {.*, parentId: up.id} END) AS ancestors
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
  CALL (c) {
    OPTIONAL MATCH (c)-[r:APPLICABLE_MODIFIER|IN_CATEGORY|FOLLOW_UP_OF]-()
    UNWIND coalesce(r.sourceIds, []) AS sourceId
    WITH DISTINCT sourceId
    MATCH (src:Source {id: sourceId})
    // @include source/parts/source-row
    RETURN collect(sourceRow) AS sources
  }
  CALL (c) {
    OPTIONAL MATCH (c)-[fu:FOLLOW_UP_OF]-(:Code)
    UNWIND coalesce(fu.modifiers, []) AS m
    WITH DISTINCT m
    MATCH (mod:Modifier {code: m})
    RETURN collect(properties(mod)) AS followModifiers
  }
  RETURN {code: c.code, modifiers: modifiers, documentation: documentation, faqs: faqs,
          denialReasons: denialReasons, denialRows: denialRows, categories: categories, ancestors: ancestors,
          followUpOf: followUpOf, followUps: followUps, followModifiers: followModifiers, sources: sources} AS neighbours
}
