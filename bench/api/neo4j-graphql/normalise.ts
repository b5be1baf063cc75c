/**
 * Turns each peer (@neo4j/graphql) answer into the shape of ClaimGraph's answer, the way a client of
 * the peer would: pick the newest current release, join source ids to titles, format cents. Only
 * then can the three servers' data be compared.
 */
import { toLuceneQuery } from '../../../src/graph/search/lucene.js';

// biome-ignore lint/suspicious/noExplicitAny: the peer's answers are untyped JSON
type J = Record<string, any>;

const money = (cents: unknown) =>
  typeof cents === 'number'
    ? `${Math.trunc(cents / 100)}.${String(Math.abs(cents % 100)).padStart(2, '0')}`
    : null;
const day = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : null);
const byNewest = (a: J, b: J) =>
  String(b.release?.[0]?.effectiveDate ?? '').localeCompare(String(a.release?.[0]?.effectiveDate ?? '')) ||
  String(b.release?.[0]?.loadedAt ?? '').localeCompare(String(a.release?.[0]?.loadedAt ?? ''));
const globalRows = (entries: J[]) => entries.filter((e) => (e.modifier ?? '') === '').sort(byNewest);
const titleOf = (s: J) => s.title ?? s.id;

function cited(edges: J[], pick: (n: J) => J, extra: (p: J) => J = () => ({})) {
  return edges.map((e) => ({ source: pick(e.node), ...extra(e.properties ?? {}) }));
}
function released(release: J | undefined, pick: (n: J) => J, extra: (r: J) => J = () => ({})) {
  if (!release) return [];
  return (release.publishedAs ?? []).map((s: J) => ({ source: pick(s), ...extra(release) }));
}
export const normalisers: Record<string, (d: J, vars: J) => J> = {
  CodeFacts(d) {
    const c = d.codes[0];
    if (!c) return { code: null };
    const titles = new Map<string, J>(d.sources.map((s: J) => [s.id, s]));
    const f = globalRows(c.feeScheduleEntries)[0];
    const rel = f?.release?.[0];
    return {
      code: {
        id: c.code,
        code: c.code,
        system: c.system,
        shortDescriptor: c.shortDescriptor,
        status: c.status ? { code: c.status.code, meaning: c.status.meaning } : null,
        globalPeriod: c.globalPeriod,
        globalPeriodSources: c.globalPeriodSources.map((s: J) => ({
          source: { title: s.title, url: s.url },
          section: s.section,
          verifiedOn: s.verifiedOn,
        })),
        categories: c.categories.map((x: J) => ({
          name: x.name,
          level: x.level,
          parent: x.parent[0] ? { name: x.parent[0].name } : null,
        })),
        feeSchedule: f
          ? {
              releaseVersion: rel.version,
              workRvu: f.workRvu,
              practiceExpenseRvu: f.peRvu,
              nonFacilityPeRvu: f.nonFacilityPeRvu,
              nonFacilityNa: f.nonFacilityNa === true,
              mpRvu: f.mpRvu,
              totalRvu: f.totalRvu ?? f.facilityTotal,
              conversionFactor: f.conversionFactor,
              nationalRate:
                (f.nationalCents ?? f.nationalFacilityCents) != null
                  ? { amount: money(f.nationalCents ?? f.nationalFacilityCents) }
                  : null,
              nationalFacility:
                f.nationalFacilityCents != null ? { amount: money(f.nationalFacilityCents) } : null,
              sources: [
                ...cited(
                  f.citesConnection.edges,
                  (n) => ({ title: titleOf(n), publisher: n.publisher, url: n.url }),
                  (p) => ({
                    release: null,
                    section: p.section,
                    verifiedOn: day(p.verifiedOn),
                  }),
                ),
                ...released(
                  rel,
                  (n) => ({ title: titleOf(n), publisher: n.publisher, url: n.url }),
                  (r) => ({
                    release: { version: r.version, effectiveDate: r.effectiveDate },
                    section: null,
                    verifiedOn: day(r.loadedAt),
                  }),
                ),
              ],
            }
          : null,
        sitePayments: c.sitePayments
          .filter((p: J) => !p.release[0] || p.release[0].status === 'current')
          .map((p: J) => ({
            setting: p.setting,
            amount: p.amountCents != null ? { amount: money(p.amountCents), cents: p.amountCents } : null,
            apc: p.apc,
            paymentIndicator: p.paymentIndicator,
            sources: [
              ...cited(
                p.citesConnection.edges,
                (n) => ({ title: titleOf(n), url: n.url }),
                (x) => ({ section: x.section, verifiedOn: day(x.verifiedOn) }),
              ),
              ...released(
                p.release[0],
                (n) => ({ title: titleOf(n), url: n.url }),
                (r) => ({ section: null, verifiedOn: day(r.loadedAt) }),
              ),
            ],
          })),
        applicableModifiers: c.applicableModifiersConnection.edges.map((e: J) => ({
          modifier: e.node,
          sources: (e.properties.sourceIds ?? [])
            .filter((id: string) => titles.has(id))
            .map((id: string) => ({
              source: { title: titleOf(titles.get(id) as J) },
              section: e.properties.section,
            })),
        })),
        documentationRequirements: c.documentationRequirements.map((x: J) => ({
          ordinal: x.ordinal,
          text: x.text ?? '',
          sources: cited(
            x.citesConnection.edges,
            (n) => ({ title: titleOf(n) }),
            (p) => ({ section: p.section }),
          ),
        })),
        denialReasons: c.denialReasons.map((x: J) => ({
          title: x.title ?? x.description ?? x.text ?? x.id,
          carc: x.carcs,
          rarc: x.rarcs,
          sources: cited(
            x.citesConnection.edges,
            (n) => ({ title: titleOf(n) }),
            (p) => ({ section: p.section }),
          ),
        })),
        faqs: c.faqs.map((q: J) => ({ ordinal: q.ordinal, question: q.question ?? '', answer: q.answer })),
      },
    };
  },
  SharesGlobalPeriod(d) {
    const c = d.codes[0];
    if (!c) return { code: null };
    const conn = d.codesConnection;
    return {
      code: {
        code: c.code,
        globalPeriod: c.globalPeriods[0] ?? null,
        sharesGlobalPeriodWith: {
          totalCount: conn.totalCount,
          pageInfo: { hasNextPage: conn.pageInfo.hasNextPage, endCursor: conn.pageInfo.endCursor },
          edges: conn.edges.map((e: J) => ({
            cursor: e.cursor,
            node: {
              code: e.node.code,
              shortDescriptor: e.node.shortDescriptor,
              globalPeriod: e.node.globalPeriods[0] ?? null,
            },
          })),
        },
      },
    };
  },
  FollowUpsInGlobal(d) {
    const c = d.codes[0];
    if (!c) return { code: null };
    const mods = new Map<string, J>(d.modifiers.map((m: J) => [m.code, m]));
    const srcs = new Map<string, J>(d.sources.map((s: J) => [s.id, s]));
    return {
      code: {
        code: c.code,
        globalPeriod: c.globalPeriods[0] ?? null,
        followUps: c.followUpsConnection.edges.map((e: J) => ({
          code: e.node,
          modifiers: (e.properties.modifiers ?? [])
            .filter((m: string) => mods.has(m))
            .map((m: string) => mods.get(m)),
          sources: (e.properties.sourceIds ?? [])
            .filter((id: string) => srcs.has(id))
            .map((id: string) => {
              const s = srcs.get(id) as J;
              return {
                source: { title: titleOf(s), publisher: s.publisher, url: s.url },
                section: e.properties.section,
                verifiedOn: day(e.properties.verifiedOn),
              };
            }),
        })),
      },
    };
  },
  TraceNationalRate(d) {
    const c = d.codes[0];
    if (!c) return { code: null };
    const f = globalRows(c.feeScheduleEntries)[0];
    const rel = f?.release?.[0];
    const rate = f ? (f.nationalCents ?? f.nationalFacilityCents) : null;
    const pick = (n: J) => ({ title: titleOf(n), publisher: n.publisher, url: n.url, kind: n.kind });
    return {
      code: {
        code: c.code,
        feeSchedule: f
          ? {
              releaseVersion: rel.version,
              workRvu: f.workRvu,
              practiceExpenseRvu: f.peRvu,
              mpRvu: f.mpRvu,
              totalRvu: f.totalRvu ?? f.facilityTotal,
              conversionFactor: f.conversionFactor,
              nationalRate: rate != null ? { amount: money(rate), cents: rate } : null,
              sources: [
                ...cited(f.citesConnection.edges, pick, (p) => ({
                  release: null,
                  section: p.section,
                  locator: p.locator,
                  verifiedOn: day(p.verifiedOn),
                })),
                ...released(rel, pick, (r) => ({
                  release: { dataset: r.dataset, version: r.version, effectiveDate: r.effectiveDate },
                  section: null,
                  locator: null,
                  verifiedOn: day(r.loadedAt),
                })),
              ],
            }
          : null,
      },
    };
  },
  ReleasesSideBySide(d) {
    const c = d.codes[0];
    if (!c) return { code: null };
    return {
      code: {
        code: c.code,
        feeScheduleHistory: globalRows(c.feeScheduleEntries).map((f: J) => ({
          releaseVersion: f.release[0].version,
          workRvu: f.workRvu,
          nonFacilityNa: f.nonFacilityNa === true,
          facilityTotal: f.facilityTotal,
          conversionFactor: f.conversionFactor,
          nationalFacility:
            f.nationalFacilityCents != null ? { amount: money(f.nationalFacilityCents) } : null,
          release: { effectiveDate: f.release[0].effectiveDate, synthetic: f.release[0].synthetic === true },
        })),
      },
    };
  },
  NcciEditsForCode(d) {
    const c = d.codes[0];
    if (!c) return { code: null };
    const conn = d.ptpEditsConnection;
    return {
      code: {
        code: c.code,
        ptpEdits: {
          totalCount: conn.totalCount,
          pageInfo: conn.pageInfo,
          edges: conn.edges.map((e: J) => {
            const { column1, column2, release, ...rest } = e.node;
            return {
              node: {
                ...rest,
                column1Code: column1,
                column2Code: column2,
                release: release[0] ? { version: release[0].version } : null,
              },
            };
          }),
        },
      },
    };
  },
  DenialReasons(d) {
    return {
      denialReasons: {
        edges: d.denialReasonsConnection.edges.map((e: J) => ({
          node: {
            title: e.node.title ?? e.node.description ?? e.node.text ?? e.node.id,
            carc: e.node.carcs,
            rarc: e.node.rarcs,
            codes: e.node.codes,
            sources: cited(
              e.node.citesConnection.edges,
              (n) => ({ title: titleOf(n), url: n.url }),
              (p) => ({ section: p.section }),
            ),
          },
        })),
      },
    };
  },
  Conflicts(d) {
    return {
      conflicts: d.conflicts.map((c: J) => ({
        code: c.code,
        attribute: c.attribute,
        facts: c.facts.map((f: J) => ({
          value: f.value,
          source: f.sourceId
            ? {
                source: { title: f.sourceTitle, url: f.sourceUrl },
                release: f.releaseVersion ? { version: f.releaseVersion } : null,
                section: f.section,
              }
            : null,
        })),
      })),
    };
  },
  Search: (d) => d,
  ShortestPath: (d) => d,
  GlobalPeriodFamily(d) {
    const conn = d.codesConnection;
    return {
      codes: {
        totalCount: conn.totalCount,
        pageInfo: conn.pageInfo,
        edges: conn.edges.map((e: J) => {
          const f = globalRows(e.node.feeScheduleEntries)[0];
          return {
            node: {
              code: e.node.code,
              shortDescriptor: e.node.shortDescriptor,
              feeSchedule: f
                ? {
                    releaseVersion: f.release[0].version,
                    workRvu: f.workRvu,
                    facilityTotal: f.facilityTotal,
                    nationalFacility:
                      f.nationalFacilityCents != null ? { amount: money(f.nationalFacilityCents) } : null,
                  }
                : null,
            },
          };
        }),
      },
    };
  },
  SourceFacts(d) {
    return {
      sources: {
        edges: d.sourcesConnection.edges.map((e: J) => ({
          node: {
            sourceId: e.node.id,
            title: titleOf(e.node),
            publisher: e.node.publisher,
            url: e.node.url,
            kind: e.node.kind,
            supports: { edges: e.node.supports.slice(0, 20).map((f: J) => ({ node: f })) },
          },
        })),
      },
    };
  },
  GraphStatistics(d) {
    const nodes = d.statistics
      .filter((r: J) => r.kind === 'NODE')
      .map((r: J) => ({ name: r.name, count: r.count }));
    return {
      graphStatistics: {
        totalNodes: nodes.reduce((a: number, r: J) => a + r.count, 0),
        nodes,
        relationships: d.statistics
          .filter((r: J) => r.kind === 'RELATIONSHIP')
          .map((r: J) => ({ name: r.name, count: r.count })),
      },
      releases: d.releases,
    };
  },
};

/** The peer's variables for an operation: its own names where the schemas differ. */
export function peerVariables(name: string, vars: J): J {
  if (name === 'Search') {
    return { first: vars.first, query: toLuceneQuery(String(vars.text ?? '')) ?? '' };
  }
  if (name === 'DenialReasons') return { first: vars.first };
  return vars;
}
