// categories-by-id: Category nodes by id, with their parent.
UNWIND $ids AS wanted
MATCH (c:Category {id: wanted})
OPTIONAL MATCH (c)-[:PART_OF]->(parent:Category)
RETURN c {.*, parentId: parent.id} AS category
