// modifiers-by-code: Modifier nodes for a batch of modifier codes.
UNWIND $codes AS wanted
MATCH (m:Modifier {code: wanted})
RETURN m {.*} AS modifier
