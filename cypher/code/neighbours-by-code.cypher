// neighbours-by-code: the neighbourhood of each code (code/parts/neighbours). $codes: code strings.
UNWIND $codes AS code
MATCH (c:Code {code: code})
// @include code/parts/neighbours
RETURN neighbours
