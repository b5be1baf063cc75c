/**
 * What a request may ask for, checked at parse and validation time, before any resolver runs (so a
 * rejected request never reaches Neo4j):
 *  - GraphQL Armor: tokens (at parse), depth (fragments flattened), aliases, directives, a generic cost;
 *  - the Pothos complexity rule: the schema's own cost model, where a connection costs by its `first`;
 *  - page sizes: a literal or variable `first` outside 1..maxPageSize.
 * Every rejection is a GraphQL validation error with a stable `extensions.code` and HTTP 400.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { createComplexityRule } from '@pothos/plugin-complexity';
import {
  type ArgumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  getNamedType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface RequestLimits {
  maxDepth: number;
  maxCost: number;
  maxPageSize: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxBreadth: number;
  /** Hide "did you mean" suggestions (production). */
  blockFieldSuggestion: boolean;
}

export const DEFAULT_LIMITS = {
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  maxBreadth: 200,
} as const;

export type LimitCode = 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_DIRECTIVES' | 'QUERY_TOO_COSTLY';

/** Armor reports through the validation context instead of throwing, so yoga answers 400, not 500. */
function report(code: LimitCode): GraphQLArmorRejectCallback {
  return (ctx, error) => {
    const message = error.message.replace(/^Syntax Error: /, '');
    const limitError = new GraphQLError(message, { extensions: { code } });
    if (ctx) ctx.reportError(limitError);
    else throw limitError;
  };
}

function rejecting(code: LimitCode) {
  return { onReject: [report(code)], propagateOnRejection: false };
}

export function armorPlugin(limits: RequestLimits): Plugin {
  return EnvelopArmorPlugin({
    maxTokens: { n: limits.maxTokens },
    maxDepth: {
      n: limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...rejecting('QUERY_TOO_DEEP'),
    },
    maxAliases: { n: limits.maxAliases, ...rejecting('TOO_MANY_ALIASES') },
    maxDirectives: { n: limits.maxDirectives, ...rejecting('TOO_MANY_DIRECTIVES') },
    costLimit: {
      maxCost: limits.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
      ...rejecting('QUERY_TOO_COSTLY'),
    },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestion },
  }) as Plugin;
}

interface ValidateParams {
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/**
 * The Pothos complexity rule at validation time, with this request's variables: a connection costs
 * by its `first` (src/schema/builder.ts), so a nested fan-out inside the depth limit is refused here.
 */
export function complexityPlugin(limits: RequestLimits): Plugin {
  return {
    onValidate({ addValidationRule, context }) {
      const params = (context as { params?: ValidateParams }).params ?? {};
      addValidationRule(
        createComplexityRule({
          variableValues: params.variables ?? {},
          operationName: params.operationName ?? undefined,
          context: context as object,
          maxComplexity: limits.maxCost,
          maxDepth: limits.maxDepth,
          maxBreadth: limits.maxBreadth,
        }) as ValidationRule,
      );
      addValidationRule(pageSizeRule(limits.maxPageSize, params.variables ?? {}));
      addValidationRule(introspectionRule());
    },
  };
}

function intValue(node: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/** `first` (the page size of a connection or list) must be within 1..maxPageSize. */
export function pageSizeRule(maxPageSize: number, variables: Record<string, unknown>): ValidationRule {
  return (context: ValidationContext) => ({
    Argument(node: ArgumentNode) {
      if (node.name.value !== 'first') return;
      const arg = context.getArgument();
      if (!arg || getNamedType(arg.type).name !== 'Int') return;
      const value = intValue(node.value, variables);
      if (value === undefined) return;
      if (value < 1 || value > maxPageSize) {
        context.reportError(
          new GraphQLError(`'first' must be between 1 and ${maxPageSize}; got ${value}.`, {
            nodes: [node],
            extensions: { code: 'BAD_USER_INPUT', argument: 'first', maxPageSize },
          }),
        );
      }
    },
  });
}

/** Introspection lists that, nested in one another, make a circular introspection bomb. */
const INTROSPECTION_LISTS = new Set(['fields', 'inputFields', 'interfaces', 'possibleTypes']);
/** Deep enough for GraphiQL's introspection query (TypeRef nests ofType seven times). */
export const MAX_INTROSPECTION_DEPTH = 16;

/**
 * Armor's depth limit skips `__schema` fields (GraphiQL's introspection query is deeper than any data
 * query should be), so introspection gets its own limit: at most MAX_INTROSPECTION_DEPTH levels and
 * at most one of fields/inputFields/interfaces/possibleTypes on any path (no `fields { type { fields`).
 */
export function introspectionRule(): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const walk = (set: SelectionSetNode, depth: number, lists: number, seen: Set<string>): string | null => {
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          const nested = lists + (INTROSPECTION_LISTS.has(sel.name.value) ? 1 : 0);
          if (depth + 1 > MAX_INTROSPECTION_DEPTH)
            return `Introspection deeper than ${MAX_INTROSPECTION_DEPTH} levels.`;
          if (nested > 1) return `Introspection lists (${[...INTROSPECTION_LISTS].join(', ')}) may not nest.`;
          if (sel.selectionSet) {
            const problem = walk(sel.selectionSet, depth + 1, nested, seen);
            if (problem) return problem;
          }
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const problem = walk(sel.selectionSet, depth, lists, seen);
          if (problem) return problem;
        } else {
          const name = sel.name.value;
          const frag = fragments.get(name);
          if (!frag || seen.has(name)) continue; // unknown or cyclic: graphql-js's own rules report it
          const problem = walk(frag.selectionSet, depth, lists, new Set([...seen, name]));
          if (problem) return problem;
        }
      }
      return null;
    };
    return {
      Field(node: FieldNode) {
        if ((node.name.value !== '__schema' && node.name.value !== '__type') || !node.selectionSet) return;
        const problem = walk(node.selectionSet, 1, 0, new Set());
        if (problem) {
          context.reportError(
            new GraphQLError(problem, { nodes: [node], extensions: { code: 'QUERY_TOO_DEEP' } }),
          );
        }
      },
    };
  };
}
