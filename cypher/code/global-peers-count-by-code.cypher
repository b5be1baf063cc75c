// global-peers-count-by-code: how many other codes share a global period with each code
// (code/parts/global-peers-count). $codes: code strings.
UNWIND $codes AS code
MATCH (c:Code {code: code})
// @include code/parts/global-peers-count
RETURN code, peerCount AS total
