// global-peers-count-by-code: how many other codes share a global period with each code
// (code/parts/global-peers, asked for an empty page). $codes: code strings.
UNWIND $codes AS code
MATCH (c:Code {code: code})
WITH code, c, {after: null, limit: 0} AS pk
// @include code/parts/global-peers
RETURN code, peerCount AS total
