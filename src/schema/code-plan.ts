/**
 * Reading ahead: the fields a query selects under a Code decide, before the Code is loaded, which of
 * its loaders will be asked next. The `code` and `codes` roots send that plan with the codes in one
 * Cypher query (cypher/code/code-plan-by-key.cypher, or the page query of codes(text:), both built on
 * the fragment cypher/code/parts/plan.cypher), which brings back each code's row, the parts
 * the selection names (neighbourhood, fee schedule, payments, peers, PTP edits and their counts), the
 * rows of the codes it reaches next, and the citations of the facts whose `sources` it selects; the
 * loaders are primed from it, so the resolvers below run as before and find their data in place.
 *
 * The keys each loader is asked for are built by the same functions (src/graph/code-plan.ts) for the
 * resolvers and for priming, so a primed entry is exactly the one a resolver will load. A part whose arguments do not resolve (a
 * malformed cursor, say) is left out of the plan: its own resolver then reports the error at its own
 * path. Only the first occurrence of a field (by name) is planned; an alias asking for other arguments
 * goes through its loader as before.
 */
import {
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../context.js';
import type { CodePlan, EditArgs, FeeArgs } from '../graph/code-plan.js';
import { resolvePage } from '../graph/pagination.js';
import { pageDefaults } from './provenance.js';

// ---- reading the selection ----

interface Selected {
  node: FieldNode;
  field: GraphQLField<unknown, unknown> | undefined;
}
type Fields = Map<string, Selected[]>;

/**
 * The fields selected in `sets` (fragments and inline fragments merged; a fragment's type condition is
 * not checked: planning a field the query cannot reach only costs a little work), with their
 * definitions on `typeName` when it is an object type of the schema.
 */
export function selectedFields(
  info: GraphQLResolveInfo,
  sets: readonly (SelectionSetNode | undefined)[],
  typeName?: string,
) {
  const type = typeName ? info.schema.getType(typeName) : undefined;
  const defs = type && isObjectType(type) ? type.getFields() : undefined;
  const out: Fields = new Map();
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        const list = out.get(sel.name.value) ?? [];
        list.push({ node: sel, field: defs?.[sel.name.value] });
        out.set(sel.name.value, list);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        visit(sel.selectionSet, seen);
      } else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        visit(info.fragments[sel.name.value]?.selectionSet, seen);
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return out;
}

/** The fields selected under every occurrence of a field, on its (named) result type. */
function under(info: GraphQLResolveInfo, selected: Selected[] | undefined): Fields {
  if (!selected || selected.length === 0) return new Map();
  const type = selected[0]?.field ? getNamedType(selected[0].field.type) : undefined;
  return selectedFields(
    info,
    selected.map((s) => s.node.selectionSet),
    type?.name,
  );
}

/** The arguments of a field's first occurrence, coerced as execution will coerce them; null if they fail. */
function argsOf<T>(info: GraphQLResolveInfo, selected: Selected[] | undefined): T | null {
  const first = selected?.[0];
  if (!first?.field) return null;
  try {
    return getArgumentValues(first.field, first.node, info.variableValues) as T;
  } catch {
    return null;
  }
}

/** The selections of a connection's nodes: `edges { node { … } }` and `nodes { … }`. */
export function connectionNodes(
  info: GraphQLResolveInfo,
  connection: readonly FieldNode[],
): SelectionSetNode[] {
  const fields = selectedFields(
    info,
    connection.map((f) => f.selectionSet),
  );
  const edges = selectedFields(
    info,
    (fields.get('edges') ?? []).map((s) => s.node.selectionSet),
  );
  return [...(edges.get('node') ?? []), ...(fields.get('nodes') ?? [])]
    .map((s) => s.node.selectionSet)
    .filter((s): s is SelectionSetNode => s !== undefined);
}

const NEIGHBOURHOOD = [
  'categories',
  'applicableModifiers',
  'documentationRequirements',
  'faqs',
  'denialReasons',
  'followUpOf',
  'followUps',
];

/**
 * The plan for Codes selected by `sets`, or null when the selection needs nothing beyond the code's
 * own row (then the plain code loader is the cheaper query).
 */
export function planCodes(
  info: GraphQLResolveInfo,
  sets: readonly (SelectionSetNode | undefined)[],
  ctx: Context,
): CodePlan | null {
  const f = selectedFields(info, sets, 'Code');
  const selectsSources = (name: string) => under(info, f.get(name)).has('sources');
  const follow = [...under(info, f.get('followUps')).keys(), ...under(info, f.get('followUpOf')).keys()];

  const feeArgs = f.has('feeSchedule') ? argsOf<FeeArgs>(info, f.get('feeSchedule')) : null;
  const peerArgs = f.has('sharesGlobalPeriodWith')
    ? argsOf<Parameters<typeof resolvePage>[0]>(info, f.get('sharesGlobalPeriodWith'))
    : null;
  const editArgs = f.has('ptpEdits')
    ? argsOf<EditArgs & Parameters<typeof resolvePage>[0]>(info, f.get('ptpEdits'))
    : null;
  const page = (args: Parameters<typeof resolvePage>[0] | null) => {
    if (!args) return null;
    try {
      return resolvePage(args, pageDefaults(ctx));
    } catch {
      return null;
    }
  };
  const peerPage = page(peerArgs);
  const editPage = page(editArgs);

  const plan: CodePlan = {
    parts: {
      neighbours: NEIGHBOURHOOD.some((n) => f.has(n)),
      fee: feeArgs !== null,
      history: f.has('feeScheduleHistory'),
      payments: f.has('sitePayments'),
      peers: peerPage !== null,
      peerCount: peerPage !== null && under(info, f.get('sharesGlobalPeriodWith')).has('totalCount'),
      ptp: editPage !== null,
      ptpCount: editPage !== null && under(info, f.get('ptpEdits')).has('totalCount'),
      followCodes: follow.includes('code'),
    },
    cite: {
      fee: feeArgs !== null && selectsSources('feeSchedule'),
      payments: selectsSources('sitePayments'),
      documentation: selectsSources('documentationRequirements'),
      denialReasons: selectsSources('denialReasons'),
    },
    feeArgs,
    peerPage,
    editArgs: editPage ? editArgs : null,
    editPage,
  };
  const needed = Object.values(plan.parts).some(Boolean) || Object.values(plan.cite).some(Boolean);
  return needed ? plan : null;
}
