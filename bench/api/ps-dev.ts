import { readFileSync, writeFileSync } from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { printSchema } from 'graphql';
const typeDefs = readFileSync('/work/main/bench/api/neo4j-graphql/typeDefs.graphql', 'utf8');
const s = await new Neo4jGraphQL({ typeDefs }).getSchema();
writeFileSync('/tmp/peer-schema.graphql', printSchema(s));
