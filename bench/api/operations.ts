/**
 * The benchmarked operations: each canonical operation of schema/operations with its default
 * variables, the floor's hand-written Cypher (bench/api/floor/) and the peer's operation
 * (bench/api/neo4j-graphql/operations/). Shared by the servers and the runner.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type OperationDefinitionNode, parse, valueFromASTUntyped } from 'graphql';
import { canonicalOperations } from '../../src/app.js';
import { repoRoot } from './paths.js';

export interface BenchOperation {
  /** File name without extension, e.g. "01-CodeFacts". */
  id: string;
  /** GraphQL operation name, e.g. "CodeFacts". */
  name: string;
  query: string;
  /** The operation's default variables (what the playground and the benchmark send). */
  defaults: Record<string, unknown>;
  floorCypher: string | null;
  peerQuery: string | null;
  /** Set when the operation has no floor or peer equivalent, with the reason; measured on ClaimGraph only. */
  claimgraphOnly: string | null;
}

/** Canonical operations that are not graph reads, so neither a single Cypher query nor @neo4j/graphql answers them. */
const CLAIMGRAPH_ONLY: Record<string, string> = {
  CheckClaim:
    'a rules engine over claim lines (one Cypher read, then the CMS/NCCI rules in code); @neo4j/graphql has no claim check, and one Cypher query cannot apply the rules',
};

const floorDir = path.join(repoRoot, 'bench', 'api', 'floor');
const peerDir = path.join(repoRoot, 'bench', 'api', 'neo4j-graphql', 'operations');

export function benchOperations(): BenchOperation[] {
  return canonicalOperations().map((o) => {
    const def = parse(o.query).definitions.find(
      (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
    );
    if (!def?.name) throw new Error(`schema/operations/${o.name}.graphql: no named operation`);
    const defaults: Record<string, unknown> = {};
    for (const v of def.variableDefinitions ?? []) {
      defaults[v.variable.name.value] = v.defaultValue ? valueFromASTUntyped(v.defaultValue) : null;
    }
    const floor = path.join(floorDir, `${o.name}.cypher`);
    const peer = path.join(peerDir, `${o.name}.graphql`);
    return {
      id: o.name,
      name: def.name.value,
      query: o.query,
      defaults,
      floorCypher: existsSync(floor) ? readFileSync(floor, 'utf8') : null,
      peerQuery: existsSync(peer) ? readFileSync(peer, 'utf8') : null,
      claimgraphOnly: CLAIMGRAPH_ONLY[def.name.value] ?? null,
    };
  });
}
