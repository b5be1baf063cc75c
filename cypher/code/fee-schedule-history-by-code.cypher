// fee-schedule-history-by-code: every current release's entry for each code, newest first
// (code/parts/fee-schedule-history). $codes: code strings.
UNWIND $codes AS code
MATCH (c:Code {code: code})
// @include code/parts/fee-schedule-history
RETURN code, history AS entries
