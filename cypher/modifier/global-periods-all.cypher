// global-periods-all: every global-period indicator.
MATCH (g:GlobalPeriod)
RETURN g {.*} AS period
ORDER BY g.indicator
