// site-payments (fragment): the payments by site of service of the Code node `c`, from code pages and
// current releases. In: c. Binds: payments ([{payment, release, publishedAs}]), paymentNodes (for their citations).
CALL (c) {
  OPTIONAL MATCH (c)<-[:FOR_CODE]-(p:SitePayment)
  OPTIONAL MATCH (p)-[:FROM_RELEASE]->(r:Release)
  WITH p, r
  WHERE p IS NULL OR r IS NULL OR r.status = 'current'
  WITH p, r ORDER BY p.setting, p.year DESC
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {payment: p {.*}, release: r {.*}, publishedAs: COLLECT { MATCH (r)-[:PUBLISHED_AS]->(s:Source) RETURN s.id }[0]} END) AS payments,
         collect(p) AS paymentNodes
}
