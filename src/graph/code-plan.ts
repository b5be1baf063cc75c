/**
 * The plan of one level of a query under a Code (what src/schema/code-plan.ts reads from the selection)
 * and the loader keys of the Code fields: one definition for the resolvers, for the plan query's
 * parameters, and for priming the loaders from its row.
 */
import type { EditCountKey, EditKey, FeeKey, PeerKey } from '../loaders.js';
import type { Page } from './pagination.js';

/** What the plan query fetches beside the code's own row. Every flag is a part of code-plan-by-key. */
export interface CodePlan {
  parts: {
    neighbours: boolean;
    fee: boolean;
    history: boolean;
    payments: boolean;
    peers: boolean;
    peerCount: boolean;
    ptp: boolean;
    ptpCount: boolean;
    followCodes: boolean;
  };
  cite: { fee: boolean; payments: boolean; documentation: boolean; denialReasons: boolean };
  feeArgs: FeeArgs | null;
  peerPage: Page | null;
  editArgs: EditArgs | null;
  editPage: Page | null;
}

/** A plan that asks for nothing beyond the codes' own rows. */
export const NOTHING_PLANNED: CodePlan = {
  parts: {
    neighbours: false,
    fee: false,
    history: false,
    payments: false,
    peers: false,
    peerCount: false,
    ptp: false,
    ptpCount: false,
    followCodes: false,
  },
  cite: { fee: false, payments: false, documentation: false, denialReasons: false },
  feeArgs: null,
  peerPage: null,
  editArgs: null,
  editPage: null,
};

export interface CodePlanKey {
  code: string;
  plan: CodePlan;
}

// ---- the keys the Code resolvers load: one definition for the resolvers and for the plan ----

export interface FeeArgs {
  release?: string | null;
  asOf?: string | null;
  modifier?: string | null;
}
export const feeKey = (code: string, a: FeeArgs): FeeKey => ({
  code,
  version: a.release ?? null,
  asOf: a.asOf ?? null,
  modifier: a.modifier ?? null,
});

export const peerKey = (code: string, page: Page): PeerKey => ({
  code,
  after: page.afterKey,
  limit: page.size + 1,
});

export interface EditArgs {
  role?: EditKey['role'] | null;
  setting?: string | null;
  activeOn?: string | null;
  release?: string | null;
}
export const editCountKey = (code: string, a: EditArgs): EditCountKey => ({
  code,
  role: a.role ?? 'ANY',
  setting: a.setting ?? null,
  activeOn: a.activeOn ?? null,
  version: a.release ?? null,
});
export const editKey = (code: string, a: EditArgs, page: Page): EditKey => ({
  ...editCountKey(code, a),
  after: page.afterKey,
  limit: page.size + 1,
});
