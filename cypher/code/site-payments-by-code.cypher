// site-payments-by-code: payments by site of service for each code, from code pages and current releases.
UNWIND $codes AS code
OPTIONAL MATCH (:Code {code: code})<-[:FOR_CODE]-(p:SitePayment)
OPTIONAL MATCH (p)-[:FROM_RELEASE]->(r:Release)
WITH code, p, r
WHERE p IS NULL OR r IS NULL OR r.status = 'current'
WITH code, p, r ORDER BY p.setting, p.year DESC
RETURN code, collect(CASE WHEN p IS NULL THEN null ELSE {payment: p {.*}, release: r {.*}} END) AS payments
