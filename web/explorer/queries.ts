/**
 * The GraphQL operations the explorer sends to /graphql, one per kind of entity it can expand.
 * Every fact is fetched with its citations so the side panel can show where it comes from.
 */
const citation = `fragment Cite on Citation {
  source { sourceId title publisher url kind verifiedOn }
  release { version dataset effectiveDate }
  section
  locator
  verifiedOn
}`;

export const codeNeighbourhood = `query ExplorerCode($code: BillingCode!) {
  code(code: $code) {
    code
    system
    shortDescriptor
    status { code meaning }
    globalPeriod { indicator days meaning }
    globalPeriodSources { ...Cite }
    categories { categoryId name level sources { ...Cite } }
    feeSchedule {
      releaseVersion workRvu practiceExpenseRvu mpRvu totalRvu conversionFactor nonFacilityNa
      nationalRate { amount } nationalFacility { amount }
      sources { ...Cite }
    }
    sitePayments { setting apc paymentIndicator amount { amount } sources { ...Cite } }
    applicableModifiers { modifier { code name meaning } sources { ...Cite } }
    followUps { direction note code { code shortDescriptor } modifiers { code } sources { ...Cite } }
    followUpOf { direction note code { code shortDescriptor } modifiers { code } sources { ...Cite } }
    denialReasons { reasonId title description carc { code } rarc { code } sources { ...Cite } }
  }
}
${citation}`;

/** Asked separately so that a failure here leaves the rest of the neighbourhood drawn. */
export const codePeers = `query ExplorerCodePeers($code: BillingCode!, $peers: Int!) {
  code(code: $code) {
    sharesGlobalPeriodWith(first: $peers) { totalCount nodes { code shortDescriptor } }
  }
}`;

export const codeEdits = `query ExplorerCodeEdits($code: BillingCode!, $edits: Int!) {
  code(code: $code) {
    ptpEdits(first: $edits) {
      totalCount
      nodes {
        id setting column1Code column2Code modifierIndicator effectiveDate deletionDate rationale
        sources { ...Cite }
      }
    }
  }
}
${citation}`;

export const modifierNeighbourhood = `query ExplorerModifier($code: ModifierCode!) {
  modifier(code: $code) {
    code name meaning group globalEffect startsNewGlobalPeriod paymentNote ptpBypass
    sources { ...Cite }
  }
  rules { ruleId name statement allows { code } sources { ...Cite } }
}
${citation}`;

export const denialNeighbourhood = `query ExplorerDenialReason($id: String!) {
  denialReason(id: $id) {
    reasonId title description
    carc { code description groupCode sources { ...Cite } }
    rarc { code description sources { ...Cite } }
    codes { code shortDescriptor }
    sources { ...Cite }
  }
}
${citation}`;

export const globalPeriodNeighbourhood = `query ExplorerGlobalPeriod($indicator: String!, $peers: Int!) {
  globalPeriods { indicator days meaning includesDayBefore sources { ...Cite } }
  codes(globalPeriod: $indicator, first: $peers) { totalCount nodes { code shortDescriptor } }
}
${citation}`;

export const sourceNeighbourhood = `query ExplorerSource($id: String!, $facts: Int!) {
  source(id: $id) {
    sourceId title publisher url kind verifiedOn
    references { sourceId title publisher url kind verifiedOn }
    supports(first: $facts) { totalCount nodes { factId kind summary } }
  }
}`;

export const searchQuery = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 12) { kind key title score }
}`;
