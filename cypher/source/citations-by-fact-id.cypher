// citations-by-fact-id: the provenance of fact nodes (source/parts/citations), with the cited sources
// and releases shaped as sources-by-id and releases-by-id rows, so that the API primes its source and
// release loaders from this one round trip.
// $ids: fact ids; each is looked up through the key index of every fact label (no label scan).
// Rows: {id, citations, sources, releases}.
UNWIND $ids AS wanted
CALL (wanted) {
  MATCH (f:FeeScheduleEntry {id: wanted}) RETURN f
  UNION MATCH (f:SitePayment {id: wanted}) RETURN f
  UNION MATCH (f:PtpEdit {id: wanted}) RETURN f
  UNION MATCH (f:Mue {id: wanted}) RETURN f
  UNION MATCH (f:DenialReason {id: wanted}) RETURN f
  UNION MATCH (f:DocumentationRequirement {id: wanted}) RETURN f
  UNION MATCH (f:Faq {id: wanted}) RETURN f
  UNION MATCH (f:Rule {id: wanted}) RETURN f
  UNION MATCH (f:Locality {id: wanted}) RETURN f
  UNION MATCH (f:Category {id: wanted}) RETURN f
}
// @include source/parts/citations
WITH wanted, citations, citedSources AS sourceNodes, releases
// @include source/parts/source-rows
RETURN wanted AS id, citations, sources, releases
