/**
 * The claim-check input, validated with zod at the boundary (GraphQL and CLI share it). Errors name
 * the JSON path of the bad value, e.g. `lines[3].units: must be a positive integer`.
 */
import { z } from 'zod';
import type { Claim } from './types.js';

export const MAX_CLAIM_LINES = 500;
export const MAX_PRIOR_SURGERIES = 100;
/** A CMS-1500 / 837P service line carries at most four modifiers. */
export const MAX_MODIFIERS_PER_LINE = 4;

function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const code = z
  .string({ error: 'must be a string' })
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{4}[A-Z0-9]$/, 'must be a 5-character CPT or HCPCS code'));

const isoDate = z.string({ error: 'must be a string' }).refine(isCalendarDate, 'must be a date YYYY-MM-DD');

const placeOfService = z
  .string({ error: 'must be a string' })
  .trim()
  .regex(/^\d{2}$/, 'must be a 2-digit CMS place-of-service code');

const modifier = z
  .string({ error: 'must be a string' })
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{2}$/, 'must be a 2-character modifier'));

const provider = z
  .string({ error: 'must be a string' })
  .trim()
  .min(1, 'must not be empty')
  .max(64, 'is too long');

const LineSchema = z.object(
  {
    code,
    modifiers: z
      .array(modifier, { error: 'must be an array of modifiers' })
      .max(MAX_MODIFIERS_PER_LINE, `must hold at most ${MAX_MODIFIERS_PER_LINE} modifiers`)
      .optional(),
    units: z
      .number({ error: 'must be a positive integer' })
      .int('must be a positive integer')
      .min(1, 'must be a positive integer')
      .max(99999, 'must be at most 99999')
      .optional(),
    dateOfService: isoDate,
    placeOfService: placeOfService.optional(),
    renderingProvider: provider.optional(),
  },
  { error: 'must be an object' },
);

const PriorSurgerySchema = z.object(
  { code, date: isoDate, provider: provider.optional() },
  { error: 'must be an object' },
);

export const ClaimInputSchema = z.object(
  {
    setting: z
      .enum(['PRACTITIONER', 'HOSPITAL'], { error: "must be 'PRACTITIONER' or 'HOSPITAL'" })
      .optional(),
    placeOfService: placeOfService.optional(),
    lines: z
      .array(LineSchema, { error: 'must be an array of claim lines' })
      .min(1, 'must hold at least one line')
      .max(MAX_CLAIM_LINES, `must hold at most ${MAX_CLAIM_LINES} lines`),
    priorSurgeries: z
      .array(PriorSurgerySchema, { error: 'must be an array of prior surgeries' })
      .max(MAX_PRIOR_SURGERIES, `must hold at most ${MAX_PRIOR_SURGERIES} prior surgeries`)
      .optional(),
  },
  { error: 'must be an object' },
);

export type ClaimInput = z.input<typeof ClaimInputSchema>;

export interface InputIssue {
  path: string;
  message: string;
}

export class ClaimInputError extends Error {
  constructor(readonly issues: InputIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    this.name = 'ClaimInputError';
  }
}

/** ['lines', 3, 'units'] → 'lines[3].units'; the root is '(claim)'. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(claim)';
}

/** Validates raw input and returns the normalized claim, or throws ClaimInputError with every problem. */
export function parseClaim(raw: unknown): Claim {
  const parsed = ClaimInputSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ClaimInputError(
      parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    );
  }
  const c = parsed.data;
  const claimPos = c.placeOfService ?? null;
  return {
    setting: c.setting ?? 'PRACTITIONER',
    placeOfService: claimPos,
    lines: c.lines.map((l, index) => ({
      index,
      code: l.code,
      modifiers: [...new Set(l.modifiers ?? [])],
      units: l.units ?? 1,
      dateOfService: l.dateOfService,
      placeOfService: l.placeOfService ?? claimPos,
      renderingProvider: l.renderingProvider ?? null,
    })),
    priorSurgeries: (c.priorSurgeries ?? []).map((s) => ({
      code: s.code,
      date: s.date,
      provider: s.provider ?? null,
    })),
  };
}
