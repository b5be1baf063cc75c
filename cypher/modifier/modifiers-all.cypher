// modifiers-all: every modifier, optionally only those that bypass PTP edits or of one group.
MATCH (m:Modifier)
WHERE ($ptpBypass IS NULL OR m.ptpBypass = $ptpBypass) AND ($group IS NULL OR m.group = $group)
RETURN m.code AS code
ORDER BY m.code
