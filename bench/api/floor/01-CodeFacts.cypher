// CodeFacts (floor): everything the graph knows about one code, each fact with its sources, in one
// hand-written query shaped exactly as the GraphQL answer's `data`.
MATCH (c:Code {code: $code})
OPTIONAL MATCH (st:StatusIndicator {code: c.statusCode})
CALL (c) {
  // Each source states the period on its own edge; a dataset release's edge counts while it is current.
  OPTIONAL MATCH (c)-[g:HAS_GLOBAL_PERIOD]->(gp:GlobalPeriod)
  WHERE g.releaseId IS NULL OR EXISTS { MATCH (r:Release {id: g.releaseId}) WHERE r.status = 'current' }
  OPTIONAL MATCH (rel:Release {id: g.releaseId})
  WITH gp, g ORDER BY rel.effectiveDate IS NULL, rel.effectiveDate DESC, g.verifiedOn DESC
  RETURN collect(gp)[0] AS gp, collect(g) AS edges
}
CALL (edges) {
  UNWIND edges AS g
  UNWIND coalesce(g.sourceIds, []) AS sid
  MATCH (s:Source {id: sid})
  RETURN collect({source: {title: coalesce(s.title, s.id), url: s.url}, section: g.section, verifiedOn: left(toString(g.verifiedOn), 10)}) AS gpSources
}
CALL (c) {
  OPTIONAL MATCH (c)-[:IN_CATEGORY]->(cat:Category)
  OPTIONAL MATCH (cat)-[:PART_OF]->(parent:Category)
  RETURN collect(CASE WHEN cat IS NULL THEN null ELSE {name: cat.name, level: cat.level, parent: CASE WHEN parent IS NULL THEN null ELSE {name: parent.name} END} END) AS categories
}
CALL (c) {
  OPTIONAL MATCH (c)<-[:FOR_CODE]-(f:FeeScheduleEntry)-[:FROM_RELEASE]->(r:Release {status: 'current'})
  WHERE coalesce(f.modifier, '') = ''
  WITH f, r ORDER BY r.effectiveDate DESC, r.loadedAt DESC LIMIT 1
  CALL (f) {
    OPTIONAL MATCH (f)-[ct:CITES]->(s:Source)
    RETURN collect(CASE WHEN s IS NULL THEN null ELSE {source: {title: coalesce(s.title, s.id), publisher: s.publisher, url: s.url}, release: null, section: ct.section, verifiedOn: left(toString(ct.verifiedOn), 10)} END) AS cited
  }
  CALL (f) {
    OPTIONAL MATCH (f)-[:FROM_RELEASE]->(fr:Release)-[:PUBLISHED_AS]->(s:Source)
    RETURN collect(CASE WHEN s IS NULL THEN null ELSE {source: {title: coalesce(s.title, s.id), publisher: s.publisher, url: s.url}, release: {version: fr.version, effectiveDate: toString(fr.effectiveDate)}, section: null, verifiedOn: toString(date(fr.loadedAt))} END) AS released
  }
  WITH f, r, cited + released AS sources,
       coalesce(f.nationalCents, f.nationalFacilityCents) AS rate, f.nationalFacilityCents AS fac
  RETURN CASE WHEN f IS NULL THEN null ELSE {
    releaseVersion: r.version, workRvu: f.workRvu, practiceExpenseRvu: f.peRvu, nonFacilityPeRvu: f.nonFacilityPeRvu,
    nonFacilityNa: coalesce(f.nonFacilityNa, false) = true, mpRvu: f.mpRvu, totalRvu: coalesce(f.totalRvu, f.facilityTotal),
    conversionFactor: f.conversionFactor,
    nationalRate: CASE WHEN rate IS NULL THEN null ELSE {amount: toString(toInteger(rate) / 100) + '.' + right('0' + toString(toInteger(rate) % 100), 2)} END,
    nationalFacility: CASE WHEN fac IS NULL THEN null ELSE {amount: toString(toInteger(fac) / 100) + '.' + right('0' + toString(toInteger(fac) % 100), 2)} END,
    sources: sources
  } END AS feeSchedule
}
CALL (c) {
  OPTIONAL MATCH (c)<-[:FOR_CODE]-(p:SitePayment)
  OPTIONAL MATCH (p)-[:FROM_RELEASE]->(pr:Release)
  WITH p, pr WHERE p IS NULL OR pr IS NULL OR pr.status = 'current'
  WITH p, pr ORDER BY p.setting, p.year DESC
  CALL (p) {
    OPTIONAL MATCH (p)-[ct:CITES]->(s:Source)
    RETURN collect(CASE WHEN s IS NULL THEN null ELSE {source: {title: coalesce(s.title, s.id), url: s.url}, section: ct.section, verifiedOn: left(toString(ct.verifiedOn), 10)} END) AS cited
  }
  CALL (p) {
    OPTIONAL MATCH (p)-[:FROM_RELEASE]->(fr:Release)-[:PUBLISHED_AS]->(s:Source)
    RETURN collect(CASE WHEN s IS NULL THEN null ELSE {source: {title: coalesce(s.title, s.id), url: s.url}, section: null, verifiedOn: toString(date(fr.loadedAt))} END) AS released
  }
  WITH p, cited + released AS sources, p.amountCents AS cents
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {
    setting: p.setting,
    amount: CASE WHEN cents IS NULL THEN null ELSE {amount: toString(toInteger(cents) / 100) + '.' + right('0' + toString(toInteger(cents) % 100), 2), cents: cents} END,
    apc: p.apc, paymentIndicator: p.paymentIndicator, sources: sources
  } END) AS sitePayments
}
CALL (c) {
  OPTIONAL MATCH (c)-[am:APPLICABLE_MODIFIER]->(m:Modifier)
  WITH m, am ORDER BY m.code
  CALL (am) {
    UNWIND CASE WHEN am IS NULL THEN [] ELSE coalesce(am.sourceIds, []) END AS sid
    MATCH (s:Source {id: sid})
    RETURN collect({source: {title: coalesce(s.title, s.id)}, section: am.section}) AS sources
  }
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE {modifier: {code: m.code, meaning: m.meaning, startsNewGlobalPeriod: m.startsNewGlobalPeriod}, sources: sources} END) AS applicableModifiers
}
CALL (c) {
  OPTIONAL MATCH (d:DocumentationRequirement)-[:FOR_CODE]->(c)
  WITH d ORDER BY d.ordinal
  CALL (d) {
    OPTIONAL MATCH (d)-[ct:CITES]->(s:Source)
    RETURN collect(CASE WHEN s IS NULL THEN null ELSE {source: {title: coalesce(s.title, s.id)}, section: ct.section} END) AS sources
  }
  RETURN collect(CASE WHEN d IS NULL THEN null ELSE {ordinal: d.ordinal, text: coalesce(d.text, ''), sources: sources} END) AS documentationRequirements
}
CALL (c) {
  OPTIONAL MATCH (dr:DenialReason)-[:APPLIES_TO]->(c)
  WITH dr ORDER BY dr.ordinal, dr.id
  CALL (dr) {
    OPTIONAL MATCH (dr)-[:PREDICTS]->(x:Carc)
    RETURN collect({code: x.code}) AS carc
  }
  CALL (dr) {
    OPTIONAL MATCH (dr)-[:PREDICTS]->(x:Rarc)
    RETURN collect({code: x.code}) AS rarc
  }
  CALL (dr) {
    OPTIONAL MATCH (dr)-[ct:CITES]->(s:Source)
    RETURN collect(CASE WHEN s IS NULL THEN null ELSE {source: {title: coalesce(s.title, s.id)}, section: ct.section} END) AS sources
  }
  RETURN collect(CASE WHEN dr IS NULL THEN null ELSE {title: coalesce(dr.title, dr.description, dr.text, dr.id), carc: [x IN carc WHERE x.code IS NOT NULL], rarc: [x IN rarc WHERE x.code IS NOT NULL], sources: sources} END) AS denialReasons
}
CALL (c) {
  OPTIONAL MATCH (q:Faq)-[:ABOUT]->(c)
  WITH q ORDER BY q.ordinal
  RETURN collect(CASE WHEN q IS NULL THEN null ELSE {ordinal: q.ordinal, question: coalesce(q.question, ''), answer: q.answer} END) AS faqs
}
RETURN {code: {
  id: c.code, code: c.code, system: c.system, shortDescriptor: c.shortDescriptor,
  status: CASE WHEN st IS NULL THEN null ELSE {code: st.code, meaning: st.meaning} END,
  globalPeriod: CASE WHEN gp IS NULL THEN null ELSE {indicator: gp.indicator, days: gp.days, meaning: gp.meaning} END,
  globalPeriodSources: gpSources,
  categories: categories, feeSchedule: feeSchedule, sitePayments: sitePayments,
  applicableModifiers: applicableModifiers, documentationRequirements: documentationRequirements,
  denialReasons: denialReasons, faqs: faqs
}} AS data
