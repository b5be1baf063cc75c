// adjustment-codes-all: every CARC and RARC code.
MATCH (x) WHERE x:Carc OR x:Rarc
RETURN x {.*, kind: CASE WHEN x:Carc THEN 'CARC' ELSE 'RARC' END} AS code
ORDER BY code.kind, x.code
