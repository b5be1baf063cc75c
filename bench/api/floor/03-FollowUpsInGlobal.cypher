// FollowUpsInGlobal (floor): the codes billed inside $code's global period, their modifiers and sources.
MATCH (c:Code {code: $code})
OPTIONAL MATCH (c)-[g:HAS_GLOBAL_PERIOD]->(gp:GlobalPeriod)
WITH c, gp ORDER BY g.releaseId IS NULL, g.verifiedOn DESC
WITH c, collect(gp)[0] AS gp
CALL (c) {
  OPTIONAL MATCH (c)<-[fu:FOLLOW_UP_OF]-(f:Code)
  WITH f, fu ORDER BY f.code
  CALL (fu) {
    UNWIND CASE WHEN fu IS NULL THEN [] ELSE coalesce(fu.modifiers, []) END AS mc
    MATCH (m:Modifier {code: mc})
    RETURN collect({code: m.code, meaning: m.meaning, startsNewGlobalPeriod: m.startsNewGlobalPeriod, paymentNote: m.paymentNote}) AS modifiers
  }
  CALL (fu) {
    UNWIND CASE WHEN fu IS NULL THEN [] ELSE coalesce(fu.sourceIds, []) END AS sid
    MATCH (s:Source {id: sid})
    RETURN collect({source: {title: coalesce(s.title, s.id), publisher: s.publisher, url: s.url}, section: fu.section, verifiedOn: left(toString(fu.verifiedOn), 10)}) AS sources
  }
  RETURN collect(CASE WHEN f IS NULL THEN null ELSE {code: {code: f.code, shortDescriptor: f.shortDescriptor}, modifiers: modifiers, sources: sources} END) AS followUps
}
RETURN {code: {
  code: c.code,
  globalPeriod: CASE WHEN gp IS NULL THEN null ELSE {indicator: gp.indicator, days: gp.days} END,
  followUps: followUps
}} AS data
