// sources-page: sources keyset-paginated on id, optionally of one kind or publisher.
MATCH (s:Source)
WHERE ($after IS NULL OR s.id > $after)
  AND ($kind IS NULL OR s.kind = $kind)
  AND ($publisher IS NULL OR toLower(s.publisher) CONTAINS toLower($publisher))
RETURN s.id AS id
ORDER BY s.id
LIMIT toInteger($limit)
