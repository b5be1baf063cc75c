// source-rows (fragment): the distinct Sources of the list `sourceNodes` as sources-by-id rows.
// In: sourceNodes. Binds: sources.
CALL (sourceNodes) {
  UNWIND sourceNodes AS src
  WITH DISTINCT src
  // @include source/parts/source-row
  RETURN collect(sourceRow) AS sources
}
