// rules-all: ids of every billing rule.
MATCH (r:Rule) RETURN r.id AS id ORDER BY r.id
