// codes-by-code: Code nodes for a batch of codes, with their status, global period and its sources
// (code/parts/code-row). $codes: list of code strings. One row per code found.
UNWIND $codes AS wanted
MATCH (x:Code {code: wanted})
// @include code/parts/code-row
WITH row, rowSources AS sourceNodes
// @include source/parts/source-rows
RETURN row.code AS code, row.globalPeriod AS globalPeriod, row.globalPeriodFacts AS globalPeriodFacts,
       row.status AS status, sources
