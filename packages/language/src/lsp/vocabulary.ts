/**
 * What each word of the language means, for completion and hover. Property keywords say what the
 * property holds; enumerated values (procedures, regimes, collaboration models, ...) say what
 * choosing them means, citing docs/domain.md where the law is involved. A keyword used in several
 * places is documented per grammar rule (`Rule.keyword`) where the meaning differs.
 */

export interface WordDoc {
    /** One line, shown as the completion item's detail. */
    readonly summary: string;
    /** Longer Markdown, shown in hover and completion documentation. */
    readonly details?: string;
}

/** Datatype rules whose alternatives are values to choose from, with a label for each list. */
export const VALUE_LISTS: Readonly<Record<string, string>> = {
    ProviderKind: 'provider kind',
    Stage: 'commissioning stage',
    Jurisdiction: 'jurisdiction',
    Procedure: 'procedure',
    Regime: 'regime',
    EngagementLevel: 'engagement level',
    CohortUnit: 'cohort unit',
    CriterionKind: 'criterion kind',
    JointBids: 'joint bids',
    CollaborationModel: 'collaboration model',
    LeadOrganisation: 'lead organisation',
    RiskSharing: 'risk-sharing arrangement',
    PaymentMechanism: 'payment mechanism',
    RiskLevel: 'risk level',
    DurationUnit: 'unit of time',
    BuyerType: 'organisation type',
    Negotiation: 'negotiation',
    Reservation: 'reserved contract',
    Suitability: 'suitable for',
    CapacityUnit: 'capacity unit',
    CapacityPeriod: 'capacity period',
    CallOffMethod: 'call-off method',
    YesNo: 'yes or no',
    DocumentsProvided: 'tender documents',
    LotKind: 'lot kind',
    Tupe: 'TUPE'
};

/** Values: keyed by `Rule.value`. */
const VALUES: Readonly<Record<string, WordDoc>> = {
    // Procedures under the Procurement Act 2023.
    'Procedure.open': {
        summary: 'Open procedure: a single-stage tender any supplier may bid in',
        details: 'Any interested supplier may submit a tender (Procurement Act 2023 s20(2)(a)). Under the standard regime the tendering period is at least 25 days, or 10 with a qualifying planned procurement notice (domain.md 2.3); light touch contracts have no minimum.'
    },
    'Procedure.competitive-flexible': {
        summary: 'Competitive flexible procedure: stages the council designs (shortlist, dialogue, negotiation)',
        details: 'A procedure the authority designs, e.g. a participation stage to shortlist, then tenders, dialogue or negotiation (Procurement Act 2023 s20(2)(b)). Under the standard regime the participation period is at least 25 days (domain.md 2.2) and a tendering period after a shortlist at least 10 days for a council (domain.md 2.3, 2.5).'
    },
    'Procedure.direct-award': {
        summary: 'Direct award to one supplier, without competition, where the Act allows it',
        details: 'Award without a competitive tendering procedure, only in the circumstances of Procurement Act 2023 s41 and s43; a transparency notice comes first (s44). No statutory minimum period applies (domain.md 2.6).'
    },
    'Procedure.framework-call-off': {
        summary: 'A call-off from an existing framework agreement',
        details: 'Competitive selection among the suppliers on a framework (Procurement Act 2023 s45 and s46). No statutory minimum period and no mandatory standstill (domain.md 2.6).'
    },
    // Regimes.
    'Regime.standard': {
        summary: 'The standard regime: statutory minimum participation and tendering periods apply',
        details: 'The Procurement Act 2023 applies in full: minimum participation and tendering periods (domain.md section 2) and the services threshold of £207,720 for a council (domain.md 3.1). Assumed when no regime is given.'
    },
    'Regime.light-touch': {
        summary: 'The light touch regime for social, health and education services',
        details: 'Contracts wholly or mainly for the services listed in Procurement Regulations 2024 Sch 1, such as health and social work, rehabilitation and community services (Procurement Act 2023 s9; domain.md 3.2). No minimum participation or tendering period and no mandatory standstill (domain.md 2.7); the threshold is £663,540 including VAT (domain.md 3.1).'
    },
    // The commissioning cycle.
    'Stage.analyse': { summary: 'Analyse: understanding needs, assets, resources and the market', details: 'The first stage of the commissioning cycle: who the people are, what they need and have, what exists already.' },
    'Stage.plan': { summary: 'Plan: designing the outcomes, services and the procurement', details: 'The commissioning cycle stage in which outcomes, services, lots and the route to market are designed.' },
    'Stage.do': { summary: 'Do: procuring, contracting and delivering', details: 'The commissioning cycle stage in which the tender runs and contracts are let.' },
    'Stage.review': { summary: 'Review: monitoring outcomes and learning for the next cycle', details: 'The commissioning cycle stage in which results are reviewed against the outcomes.' },
    // Jurisdictions.
    'Jurisdiction.england': { summary: 'England: the Procurement Act 2023 (and the Provider Selection Regime for health care)', details: 'The Procurement Act 2023 applies to procurements started from 24 February 2025 (domain.md section 1); relevant health care services may fall under the Provider Selection Regime (domain.md section 7). Assumed when no jurisdiction is given.' },
    'Jurisdiction.wales': { summary: 'Wales: the Procurement Act 2023, with Welsh policy', details: 'The Procurement Act 2023 applies; Wales uses the same thresholds from 1 January 2026 (domain.md 3.1).' },
    'Jurisdiction.northern-ireland': { summary: 'Northern Ireland: the Procurement Act 2023', details: 'The Procurement Act 2023 covers England, Wales and Northern Ireland (domain.md section 1).' },
    'Jurisdiction.scotland': { summary: 'Scotland: the Procurement Reform (Scotland) Act 2014 and the Scottish regulations', details: 'Devolved Scottish authorities are outside the Procurement Act 2023; the Public Contracts (Scotland) Regulations 2015 set the periods and thresholds (domain.md section 8).' },
    // Engagement: the spectrum of public participation.
    'EngagementLevel.inform': { summary: 'Inform: people are told what has been decided', details: 'One-way information. The weakest level of engagement: people who use services had no say in the design.' },
    'EngagementLevel.consult': { summary: 'Consult: people\'s views are asked for and considered', details: 'Feedback on proposals; the council decides.' },
    'EngagementLevel.involve': { summary: 'Involve: people work with the council so their concerns shape the options', details: 'People take part throughout the design, and their concerns are reflected in the options.' },
    'EngagementLevel.collaborate': { summary: 'Collaborate: people are partners in every decision', details: 'People who use services develop the options and choose the preferred one with the council (co-design).' },
    'EngagementLevel.empower': { summary: 'Empower: people make the final decision', details: 'Decision-making is placed in the hands of the people who use the services; the council carries out what they decide.' },
    // Provider kinds.
    'ProviderKind.charity': { summary: 'A registered charity', details: 'A voluntary and community sector organisation with charitable purposes.' },
    'ProviderKind.social-enterprise': { summary: 'A social enterprise: a business trading for a social purpose', details: 'A business that reinvests its surpluses in its social purpose (community interest companies, mutuals, cooperatives).' },
    'ProviderKind.community-group': { summary: 'A community group: a small, often unincorporated local group', details: 'A small local organisation, often volunteer-led.' },
    'ProviderKind.housing-association': { summary: 'A housing association (registered social landlord)', details: 'A not-for-profit provider of social housing, often also of tenancy support.' },
    'ProviderKind.public': { summary: 'A public body (NHS trust, another council, ...)', details: 'A public sector provider.' },
    'ProviderKind.private': { summary: 'A private company', details: 'A profit-distributing business.' },
    // Cohort units.
    'CohortUnit.people': { summary: 'The cohort size counts people' },
    'CohortUnit.households': { summary: 'The cohort size counts households' },
    'CohortUnit.families': { summary: 'The cohort size counts families' },
    'CohortUnit.places': { summary: 'The cohort size counts places (beds, units, placements)' },
    // Award criteria.
    'CriterionKind.technical': { summary: 'A quality criterion: how the service will be delivered', details: 'Quality, approach, staffing and how outcomes will be achieved (Procurement Act 2023 s23(5)). Sub-criteria can say which outcome each measures.' },
    'CriterionKind.social-value': { summary: 'A social value criterion: wider benefits to the area', details: 'Economic, social and environmental well-being of the area (Public Services (Social Value) Act 2012; domain.md section 6). A 10% minimum weighting binds central government (PPN 002) and is the recognised benchmark for councils.' },
    'CriterionKind.price': { summary: 'A price or cost criterion', details: 'Price need not take precedence: the award goes to the most advantageous tender (Procurement Act 2023 s19; domain.md 5.2).' },
    'CriterionKind.other': { summary: 'Any other award criterion', details: 'For light touch contracts this may include service users\' views, their differing needs and proximity (Procurement Act 2023 s23(6); domain.md 5.2).' },
    // Collaboration.
    'JointBids.welcome': { summary: 'Joint bids from groups of providers are welcome (encouraged)', details: 'The tender invites consortia and partnerships; small local providers can bid together (Procurement Act 2023 s22(8) and (9)).' },
    'JointBids.accepted': { summary: 'Joint bids are accepted, but not particularly encouraged' },
    'JointBids.not-accepted': { summary: 'Only single organisations may bid', details: 'Small providers that cannot deliver a whole lot alone are shut out; lint checks whether the local market can bid.' },
    'CollaborationModel.co-location': { summary: 'Co-location: providers share premises or teams, each with its own contract' },
    'CollaborationModel.informal-network': { summary: 'Informal network: providers agree to refer and work together without a formal agreement' },
    'CollaborationModel.alliance-contract': { summary: 'Alliance contract: every provider signs one contract with the council and shares goals, risk and reward' },
    'CollaborationModel.joint-venture': { summary: 'Joint venture: providers set up a joint arrangement or company that holds the contract' },
    'CollaborationModel.lead-provider': { summary: 'Lead provider: one provider holds the contract and coordinates its partners' },
    'CollaborationModel.prime-subcontractor': { summary: 'Prime and subcontractors: one prime holds the contract and subcontracts parts of the work', details: 'Watch for "bid candy": small partners named to win the bid and then given little work. A `subcontract-share minimum` guards against it.' },
    'CollaborationModel.external-lead': { summary: 'External lead: an independent organisation leads the partnership without delivering services itself' },
    'CollaborationModel.new-legal-entity': { summary: 'New legal entity: providers create a new organisation to hold the contract' },
    'LeadOrganisation.required': { summary: 'A joint bid must name one lead organisation, accountable for the contract' },
    'LeadOrganisation.optional': { summary: 'A joint bid may, but need not, name a lead organisation' },
    'RiskSharing.jointly-and-severally-liable': { summary: 'Jointly and severally liable: each member is liable for the whole contract, not only its own part' },
    'RiskSharing.memorandum-of-understanding': { summary: 'Memorandum of understanding: a non-binding statement of how the partners will work together' },
    'RiskSharing.partnership-agreement': { summary: 'Partnership agreement: a binding agreement on roles, money, risk and disputes between partners' },
    'RiskSharing.non-disclosure-agreement': { summary: 'Non-disclosure agreement: partners keep each other\'s information confidential' },
    'RiskSharing.service-level-agreement': { summary: 'Service level agreement: the standard each partner delivers to the others' },
    // Contract.
    'PaymentMechanism.block': { summary: 'Block payment: a fixed sum for the service, whatever the activity or results' },
    'PaymentMechanism.outcomes': { summary: 'Payment for outcomes: paid when agreed outcomes are evidenced', details: 'Outcome-based payment pays in arrears on evidence; many contracts pay only part on outcomes (domain.md section 10).' },
    'PaymentMechanism.spot-purchase': { summary: 'Spot purchase: paid per person or unit of service bought as needed' },
    // Buyers (Procurement Act 2023 Sch 1 and s1; domain.md section 12).
    'BuyerType.sub-central-government': { summary: 'A sub-central government authority, such as a council (the default)', details: 'Councils and other contracting authorities that are not central government: the higher thresholds apply and a tendering period may be shortened for pre-selected suppliers (rows 2-3 of domain.md 2.3).' },
    'BuyerType.central-government': { summary: 'A central government authority (Procurement Act 2023 Sch 1)', details: 'Lower thresholds apply, and the shorter periods for pre-selected suppliers (rows 2-3 of domain.md 2.3) do not.' },
    'BuyerType.public-undertaking': { summary: 'A public undertaking carrying out a utility activity' },
    'BuyerType.private-utility': { summary: 'A private utility: a private company carrying out a utility activity', details: 'Some duties do not apply to private utilities, e.g. the preliminary market engagement notice (s17(3)) and KPIs (s52(6)).' },
    // Competitive flexible procedure.
    'Negotiation.may': { summary: 'The authority may negotiate with suppliers during the procedure' },
    'Negotiation.none': { summary: 'There is no negotiation: tenders are assessed as submitted' },
    // Reserved contracts.
    'Reservation.supported-employment': { summary: 'Reserved for supported employment providers (Procurement Act 2023 s32)', details: 'Suppliers whose main aim is the employment of disabled or disadvantaged people; awarded by a competitive flexible procedure.' },
    'Reservation.public-service-mutual': { summary: 'Reserved for public service mutuals (Procurement Act 2023 s33)', details: 'Only for reservable light touch services, for a term of at most 5 years; awarded by a competitive flexible procedure.' },
    'Suitability.sme': { summary: 'The buyer considers the contract suitable for small and medium-sized enterprises' },
    'Suitability.vcse': { summary: 'The buyer considers the contract suitable for voluntary, community and social enterprises' },
    'CapacityUnit.people': { summary: 'Capacity in people' },
    'CapacityUnit.households': { summary: 'Capacity in households' },
    'CapacityUnit.families': { summary: 'Capacity in families' },
    'CapacityUnit.places': { summary: 'Capacity in places' },
    'CapacityUnit.units': { summary: 'Capacity in units (flats, rooms)' },
    'CapacityUnit.beds': { summary: 'Capacity in beds' },
    'CapacityUnit.hours': { summary: 'Capacity in hours of service' },
    'CapacityPeriod.week': { summary: 'per week: a weekly figure' },
    'CapacityPeriod.year': { summary: 'per year: a yearly figure' },
    'CallOffMethod.direct-award': { summary: 'Contracts are awarded under the framework without further competition (Procurement Act 2023 s46)' },
    'CallOffMethod.competitive-selection': { summary: 'Contracts are awarded by a competitive selection process among the framework suppliers (s46)' },
    'YesNo.yes': { summary: 'Yes' },
    'YesNo.no': { summary: 'No' },
    'DocumentsProvided.with-notice': { summary: 'Every tender document is provided with the tender notice', details: 'With electronic submission, this is row 7 or 8 of the tendering period table (domain.md 2.3).' },
    'DocumentsProvided.later': { summary: 'Some tender documents are provided after the notice', details: 'A longer minimum tendering period applies (rows 9-10 of domain.md 2.3).' },
    'LotKind.framework': { summary: 'A framework lot: suppliers are appointed to the framework for it' },
    'LotKind.contract': { summary: 'A contract lot: a contract is awarded for it, even in a framework tender' },
    'Tupe.likely': { summary: 'Staff are likely to transfer to the new provider under TUPE' },
    'Tupe.unlikely': { summary: 'Staff are unlikely to transfer under TUPE' },
    'Tupe.not-applicable': { summary: 'TUPE does not apply (no service is being transferred)' },
    'RiskLevel.low': { summary: 'Low' },
    'RiskLevel.medium': { summary: 'Medium' },
    'RiskLevel.high': { summary: 'High' }
};

const UNITS: Readonly<Record<string, string>> = { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year' };

/** Keywords: keyed by `Rule.keyword` where the meaning depends on the rule, else by the keyword. */
const KEYWORDS: Readonly<Record<string, WordDoc>> = {
    import: { summary: 'import "file.tender": names declared there become visible here', details: 'The path is relative to this file and must stay inside the workspace folder. Names can then be used as they are (`Homelessness`) or qualified (`Anyborough.Homelessness`).' },
    framework: { summary: 'framework Name { ... }: the place\'s shared needs and population-level outcomes', details: 'Declared once and imported by every tender in the place, so that tenders commission for the same outcomes.' },
    market: { summary: 'market Name { provider ... }: the local provider directory', details: 'Used by lint to tell whether lots and conditions of participation leave room for local organisations.' },
    tender: { summary: 'tender Name { ... }: a tender for a public service', details: 'Every property is optional and may come in any order; lint says what is missing.' },
    grant: { summary: 'grant Name "title" { ... }: funding for small or specialist work outside the tender' },
    title: { summary: 'title "...": the title' },
    owner: { summary: 'owner "...": who owns the framework (e.g. the Health and Wellbeing Board)' },
    need: { summary: 'need Name "text": a need that people in the place may have' },
    'PopulationOutcome.outcome': { summary: 'outcome Name "text" { indicator ... }: a population-level outcome shared across the place' },
    'Framework.outcome': { summary: 'outcome Name "text" { indicator ... }: a population-level outcome shared across the place' },
    'Outcome.outcome': { summary: 'outcome Name "statement" { ... }: an outcome the tender commissions for', details: 'Say who it serves, which population outcome it contributes to, how it is measured (indicator, baseline) and the targets at 6 months, 2 years and 5 years.' },
    'Tender.outcome': { summary: 'outcome Name "statement" { ... }: an outcome the tender commissions for', details: 'Say who it serves, which population outcome it contributes to, how it is measured (indicator, baseline) and the targets at 6 months, 2 years and 5 years.' },
    indicator: { summary: 'indicator "...": how the outcome is measured', details: 'Count change for people (share in settled accommodation), not activity (referrals processed).' },
    provider: { summary: 'provider Name "display name" { ... }: an organisation in the local market' },
    kind: { summary: 'kind: the kind of organisation (charity, social-enterprise, community-group, housing-association, public, private)' },
    income: { summary: 'income £...: the provider\'s annual income' },
    offers: { summary: 'offers Need, ...: the needs the provider supports people with' },
    areas: { summary: 'areas "...", ...: the areas covered' },
    reference: { summary: 'reference "...": the tender reference; it names the generated files' },
    'Tender.buyer': { summary: 'buyer "...": the contracting authority' },
    'Grant.buyer': { summary: 'buyer "...": who awards the grant' },
    version: { summary: 'version "...": the document version, shown on the cover and in the header' },
    stage: { summary: 'stage: where the tender is in the commissioning cycle (analyse, plan, do, review)' },
    jurisdiction: { summary: 'jurisdiction: whose procurement law applies (england when absent)', details: 'england, wales, northern-ireland or scotland (domain.md sections 1 and 8).' },
    procedure: { summary: 'procedure: the procurement procedure (open, competitive-flexible, direct-award, framework-call-off)' },
    regime: { summary: 'regime: standard or light-touch (standard when absent)', details: 'light-touch: social, health and education services (domain.md section 3).' },
    cpv: { summary: 'cpv "code" "label": a Common Procurement Vocabulary code; repeatable' },
    'EstimatedValue.value': { summary: 'value £... over duration: the total estimated value over the whole term', details: 'Extensions included, VAT included where payable, as the Procurement Act 2023 estimates value (domain.md 3.1).' },
    'Lot.value': { summary: 'value £...: the estimated value of this lot' },
    over: { summary: 'over duration: the term the value covers' },
    issued: { summary: 'issued YYYY-MM-DD: the document\'s date; generated files take their timestamps from it' },
    funding: { summary: 'funding { contributor ... }: pooled budgets from several commissioners' },
    contributor: { summary: 'contributor "who" £...: one commissioner\'s contribution' },
    purpose: { summary: 'purpose "...": what the service is for, in plain words' },
    engagement: { summary: 'engagement { ... }: how service users, providers and commissioners were engaged' },
    level: { summary: 'level: how far people shaped the design (inform, consult, involve, collaborate, empower)' },
    'service-users': { summary: 'service-users "...": how people who use the services were engaged' },
    'Engagement.providers': { summary: 'providers "...": how providers were engaged (market engagement, forums)' },
    commissioners: { summary: 'commissioners "...": how other commissioners were engaged' },
    cohort: { summary: 'cohort Name { ... }: the people at the centre of the service', details: 'Describe them, their needs (from the framework) and their assets: start from strengths, not only needs.' },
    description: { summary: 'description "...": a description' },
    size: { summary: 'size N unit (per year): how many people, households, families or places' },
    per: { summary: 'per year: the size is a yearly figure' },
    'CohortSize.year': { summary: 'per year: the size is a yearly figure' },
    needs: { summary: 'needs Need, ...: the needs of the cohort, from the framework' },
    assets: { summary: 'assets "...", ...: the strengths people bring (strengths-based commissioning)' },
    persona: { summary: 'persona Name { ... }: a service user profile' },
    age: { summary: 'age N: the persona\'s age' },
    area: { summary: 'area "...": where the persona lives' },
    story: { summary: 'story "...": the persona\'s story' },
    says: { summary: 'says "...": what the persona says they want, in their words' },
    serves: { summary: 'serves Cohort, ...: the cohorts the outcome is for' },
    'contributes-to': { summary: 'contributes-to Outcome, ...: the population-level outcomes of the framework this outcome contributes to' },
    baseline: { summary: 'baseline value in YEAR: where things stand now' },
    in: { summary: 'in YEAR: the year the baseline was measured' },
    target: { summary: 'target duration value: the target at a horizon (6 months, 2 years, 5 years)' },
    evidence: { summary: 'evidence "...": where the figures will come from' },
    service: { summary: 'service Name "title" { ... }: a service to be delivered' },
    'Service.addresses': { summary: 'addresses Need, ...: the needs the service addresses' },
    'Grant.addresses': { summary: 'addresses Need, ...: the needs the grant addresses' },
    delivers: { summary: 'delivers Outcome, ...: the outcomes the service delivers' },
    lot: { summary: 'lot Name "title" { ... }: a part of the contract that can be bid for and won on its own', details: 'Lots help small and medium providers bid (Procurement Act 2023 s18; domain.md section 4).' },
    services: { summary: 'services Service, ...: the services in this lot' },
    lots: { summary: 'lots { max-per-bidder N }: rules for all lots' },
    'max-per-bidder': { summary: 'max-per-bidder N: the most lots one supplier may bid for or win', details: 'Lawful if the notice says so and states an objective mechanism for when the cap bites (Procurement Act 2023 s20(7), s23(4); domain.md section 4).' },
    'no-lots': { summary: 'no-lots because "reason": why the contract is not divided into lots', details: 'The authority must consider lots and give reasons if it does not use them (Procurement Act 2023 s18; domain.md section 4).' },
    because: { summary: 'because "reason": the reason for not dividing into lots' },
    'award-criteria': { summary: 'award-criteria { ... }: the criteria and their weights', details: 'With more than one criterion, state their relative importance (Procurement Act 2023 s23(3)). Top-level weights add up to 100%; sub-criteria add up to their parent.' },
    weight: { summary: 'weight P%: the criterion\'s weight' },
    sub: { summary: 'sub "title" weight P% measures Outcome, ...: a sub-criterion' },
    measures: { summary: 'measures Outcome, ...: the outcomes this sub-criterion assesses' },
    'SocialValue.social-value': { summary: 'social-value { policy; requirement ... }: what social value means for this tender' },
    'Criterion.social-value': VALUES['CriterionKind.social-value'],
    'CriterionKind.social-value': VALUES['CriterionKind.social-value'],
    policy: { summary: 'policy "...": the council\'s social value policy' },
    'SocialValueRequirement.requirement': { summary: 'requirement "..." (mandatory): a social value requirement' },
    'Participation.requirement': { summary: 'requirement "...": any other condition of participation (experience, references, vetting)' },
    mandatory: { summary: 'mandatory: bidders must meet this requirement' },
    collaboration: { summary: 'collaboration { ... }: how providers may bid together' },
    'joint-bids': { summary: 'joint-bids: welcome, accepted or not-accepted' },
    models: { summary: 'models ...: the collaboration models allowed' },
    'lead-organisation': { summary: 'lead-organisation: required or optional in a joint bid' },
    'risk-sharing': { summary: 'risk-sharing ...: the risk-sharing arrangements expected between partners' },
    'formation-period': { summary: 'formation-period duration: the time partners need to form a consortium', details: 'The tendering period should be at least this long when joint bids are welcome (default 6 weeks).' },
    'subcontract-share': { summary: 'subcontract-share minimum P%: the least share of the work that goes to subcontractors' },
    minimum: { summary: 'minimum P%: the least share of the work that goes to subcontractors' },
    participation: { summary: 'participation { ... }: the conditions of participation', details: 'Only conditions proportionate to the contract (Procurement Act 2023 s22; domain.md 5.1).' },
    'minimum-turnover': { summary: 'minimum-turnover £...: the least yearly turnover a bidder must have', details: 'Keep it proportionate (Procurement Act 2023 s22): twice the value of the smallest lot was the legal cap under the Public Contracts Regulations 2015 and remains good practice (domain.md 5.1).' },
    insurance: { summary: 'insurance "...": insurance required (in place by contract start, not before award: domain.md 5.1)' },
    accreditation: { summary: 'accreditation "...": a required registration or accreditation' },
    timeline: { summary: 'timeline { ... }: the procurement dates, each optional' },
    'market-engagement': { summary: 'market-engagement YYYY-MM-DD: preliminary market engagement' },
    'planned-procurement-notice': { summary: 'planned-procurement-notice YYYY-MM-DD: when the planned procurement notice was published', details: 'Published 40 days to 12 months before the tender notice, it can shorten the minimum tendering period to 10 days (domain.md 2.3, 2.4).' },
    publish: { summary: 'publish YYYY-MM-DD: the tender notice is published' },
    'participation-deadline': { summary: 'participation-deadline YYYY-MM-DD: the deadline for requests to participate (competitive flexible procedure with a shortlist)' },
    'clarification-deadline': { summary: 'clarification-deadline YYYY-MM-DD: the last day for clarification questions' },
    'bid-deadline': { summary: 'bid-deadline YYYY-MM-DD: the deadline for tenders', details: 'The period runs from the day after publication and includes the deadline day (Procurement Act 2023 s54(5); domain.md 2.4).' },
    award: { summary: 'award YYYY-MM-DD: the planned award decision' },
    'contract-start': { summary: 'contract-start YYYY-MM-DD: the contract starts' },
    contract: { summary: 'contract { ... }: the contract terms' },
    duration: { summary: 'duration: the initial term of the contract' },
    extension: { summary: 'extension up-to duration: the longest possible extension' },
    'up-to': { summary: 'up-to duration: the longest possible extension' },
    'ContractReview.review': { summary: 'review every duration "text": a regular review point in the contract' },
    'Contract.review': { summary: 'review every duration "text": a regular review point in the contract' },
    every: { summary: 'every duration: how often the contract is reviewed' },
    payment: { summary: 'payment mechanism P%: how the provider is paid (block, outcomes, spot-purchase) and what share' },
    risk: { summary: 'risk Name "text" { likelihood; impact; mitigation }: a risk to the service' },
    likelihood: { summary: 'likelihood: low, medium or high' },
    impact: { summary: 'impact: low, medium or high' },
    mitigation: { summary: 'mitigation "...": how the risk is reduced or handled' },
    eligibility: { summary: 'eligibility "...": who may apply for the grant' },
    // Language 1.1: the facts a notice states.
    'OrganisationDetails.id': { summary: 'id "GB-PPON-...": the organisation identifier, with its scheme prefix', details: 'The scheme is the first two hyphen-separated parts: GB-PPON (the Central Digital Platform\'s Public Procurement Organisation Number), GB-COH (Companies House), GB-CHC (Charity Commission for England and Wales), GB-EDU, GB-NHS, ... (Procurement Regulations 2024 reg 13).' },
    'OrganisationDetails.type': { summary: 'type: the kind of contracting authority (sub-central-government when absent)' },
    'OrganisationDetails.address': { summary: 'address "line", ..., "postcode": the postal address, the town before the postcode' },
    'OrganisationDetails.region': { summary: 'region "UKF13": the ITL 2021 code of the authority\'s address' },
    'OrganisationDetails.email': { summary: 'email "...": the address for enquiries' },
    'OrganisationDetails.telephone': { summary: 'telephone "...": the telephone number for enquiries' },
    'OrganisationDetails.website': { summary: 'website "...": the authority\'s website' },
    'OrganisationDetails.contact': { summary: 'contact "...": the person or team to contact' },
    'joint-buyer': { summary: 'joint-buyer "name" { ... }: another contracting authority procuring together with the buyer' },
    'Tender.region': { summary: 'region "UKF13", ...: where the services are delivered, as ITL 2021 codes', details: '`UK` alone for the whole of the UK. Procurement Regulations 2024 reg 14 asks for the place of performance by ITL code where possible.' },
    'Lot.region': { summary: 'region "UKF13", ...: where this lot\'s services are delivered (replaces the tender\'s)' },
    'excluding-vat': { summary: 'excluding-vat £...: the same estimate net of VAT (equal where the services are exempt)' },
    'Tender.reserved': { summary: 'reserved: a contract reserved for supported employment providers (s32) or public service mutuals (s33)' },
    'Lot.reserved': { summary: 'reserved: this lot is reserved (s32 or s33); the tender\'s applies when absent' },
    'suitable-for': { summary: 'suitable-for sme, vcse: the buyer\'s own statement of who the contract suits; never inferred' },
    capacity: { summary: 'capacity N unit (per week|per year) "text": what is bought, e.g. `capacity 6 units "standard support needs"`' },
    'Capacity.per': { summary: 'per week or per year: the capacity is a weekly or yearly figure' },
    'Tender.requirement': { summary: 'requirement "...": a line of the specification that applies to every service' },
    'Service.requirement': { summary: 'requirement "...": one line of the specification: what the provider must do' },
    'Tender.cpv': { summary: 'cpv "code" "label", ...: Common Procurement Vocabulary codes (a code then its label; commas separate codes)' },
    'Lot.cpv': { summary: 'cpv "code" "label", ...: this lot\'s CPV codes (replace the tender\'s)' },
    'Lot.kind': { summary: 'kind framework or contract: in a framework tender, whether this lot is a framework lot' },
    'Lot.suppliers': { summary: 'suppliers single | up-to N | unlimited: how many suppliers are awarded this lot' },
    'FrameworkAgreement.suppliers': { summary: 'suppliers single | up-to N | unlimited: how many suppliers are appointed to the framework' },
    'SupplierCount.single': { summary: 'single: one supplier' },
    'SupplierCount.unlimited': { summary: 'unlimited: any number of suppliers that meet the conditions' },
    'SupplierCount.up-to': { summary: 'up-to N: at most N suppliers' },
    'Lot.contract': { summary: 'contract { ... }: this lot\'s contract terms; what it does not say it takes from the tender\'s' },
    'LotKind.contract': { summary: 'A contract lot: a contract is awarded for it, even in a framework tender' },
    'LotRules.max-awarded': { summary: 'max-awarded N by "...": the most lots one supplier may win, and how the lots it wins are chosen when the limit bites', details: 'Procurement Act 2023 s23(4); the notice states the objective mechanism (Procurement Regulations 2024 reg 18).' },
    'LotRules.by': { summary: 'by "...": the objective way of choosing which lots a supplier wins when the limit bites' },
    'Kpi.kpi': { summary: 'kpi Name "statement" { indicator; target; reported every }: a key performance indicator of the contract', details: 'How the supplier performs (response times, occupancy), as opposed to an outcome. A contract worth more than £5,000,000 needs at least three (Procurement Act 2023 s52).' },
    'Kpi.indicator': { summary: 'indicator "...": what the KPI measures' },
    'Kpi.target': { summary: 'target value: the level the supplier must reach' },
    'Kpi.reported': { summary: 'reported every duration: how often the KPI is reported' },
    'Kpi.every': { summary: 'every duration: how often the KPI is reported' },
    'no-kpis': { summary: 'no-kpis because "...": why the supplier\'s performance cannot appropriately be assessed by KPIs (Procurement Act 2023 s52(2))' },
    'NoKpis.because': { summary: 'because "...": the reason no KPIs are set' },
    'framework-agreement': { summary: 'framework-agreement { ... }: the tender establishes a framework agreement (Procurement Regulations 2024 reg 20)' },
    'FrameworkAgreement.term': { summary: 'term duration: the framework\'s term (at most 4 years, 8 for utilities, without reasons: Procurement Act 2023 s47)' },
    'longer-term': { summary: 'longer-term because "...": why a term over the statutory maximum is needed (s47(2)-(3))' },
    'FrameworkAgreement.because': { summary: 'because "...": the reasons for the longer term' },
    'FrameworkAgreement.open': { summary: 'open: an open framework, reopened to new suppliers during its term (Procurement Act 2023 s49)' },
    'call-off': { summary: 'call-off direct-award | competitive-selection "...": how contracts are awarded under the framework' },
    users: { summary: 'users "...": the authorities that may award contracts under the framework' },
    fee: { summary: 'fee P%: the fee charged to suppliers on the value of call-offs (Procurement Act 2023 s45(7))' },
    submission: { summary: 'submission { via; electronic; documents; language }: how tenders are submitted' },
    via: { summary: 'via "...": the e-tendering portal\'s address, or a postal address' },
    electronic: { summary: 'electronic yes | no: whether tenders are submitted electronically (decides the tendering period row, domain.md 2.3)' },
    documents: { summary: 'documents with-notice | later: whether every tender document is provided with the notice' },
    language: { summary: 'language "...", ...: the languages tenders may be written in' },
    'ProcedureDetails.negotiation': { summary: 'negotiation may | none: whether the authority may negotiate (Procurement Regulations 2024 reg 19)' },
    'refine-criteria': { summary: 'refine-criteria "...": how the authority may refine the award criteria (Procurement Act 2023 s24)' },
    shortlist: { summary: 'shortlist up-to N by "...": the most suppliers taken to a round, and how they are chosen' },
    'ProcedureDetails.up-to': { summary: 'up-to N: the most suppliers taken to the next round' },
    'ProcedureDetails.by': { summary: 'by "...": how the shortlisted suppliers are chosen' },
    'minimum-suppliers': { summary: 'minimum-suppliers N: the fewest suppliers invited to each round' },
    rounds: { summary: 'rounds "...": the stages of the procedure, in order' },
    justification: { summary: 'justification "...": the ground in Procurement Act 2023 s41 and Schedule 5 (or s43) for the direct award' },
    'Engagement.notice': { summary: 'notice "...": the identifier of the preliminary market engagement notice (UK2) published (Procurement Act 2023 s17)' },
    'no-notice': { summary: 'no-notice because "...": why no preliminary market engagement notice was published (s17(1)(b))' },
    'Engagement.because': { summary: 'because "...": the reason no notice was published' },
    pending: { summary: 'pending "...": the baseline is not known yet; how and when it will be measured' },
    'Criterion.pass-mark': { summary: 'pass-mark N: a tender scoring below it on this criterion is disqualified' },
    'SubCriterion.pass-mark': { summary: 'pass-mark N: a tender scoring below it on this sub-criterion is disqualified' },
    assessment: { summary: 'assessment { scale; mark; price; no-pass-marks }: how tenders are assessed (Procurement Act 2023 s23(3)(a))', details: 'The marking scale with what each mark means, how price is scored, and whether failing a criterion disqualifies a tender (`pass-mark` on criteria, or `no-pass-marks`).' },
    scale: { summary: 'scale N to N: the marking scale' },
    to: { summary: 'to N: the top of the marking scale' },
    mark: { summary: 'mark N "...": what a mark on the scale means' },
    'Assessment.price': { summary: 'price "...": how price is scored, e.g. "lowest tendered price ÷ tendered price × price weight"' },
    'no-pass-marks': { summary: 'no-pass-marks: failing no criterion disqualifies a tender' },
    'Extension.extension': { summary: 'extension up-to D (in-steps-of D) | D, D (if "..."): the optional extensions', details: '`extension 1 year, 1 year` is two successive optional extensions ("1 + 1"); `up-to 2 years in-steps-of 12 months` one of at most 2 years taken in steps; `if "..."` a condition on them. The estimated value counts them at their longest.' },
    'Extension.up-to': { summary: 'up-to duration: one extension of at most this length' },
    'in-steps-of': { summary: 'in-steps-of duration: the extension is taken in steps of at most this length' },
    if: { summary: 'if "...": the condition on which the extensions may be taken' },
    'Payment.payment': { summary: 'payment mechanism P% "...": how the provider is paid, what share, and how it is earned' },
    reporting: { summary: 'reporting every duration "...": how often the provider reports, and what' },
    'Reporting.every': { summary: 'every duration: how often the provider reports' },
    tupe: { summary: 'tupe likely | unlikely | not-applicable "...": whether staff are likely to transfer, and where the staff information is' },
    terms: { summary: 'terms "...": the contract terms and conditions bidders sign (a document\'s title or address)' },
    internal: { summary: 'internal: for the council\'s eyes only; never published (only in review outputs)' },
    'Lot.kpi': { summary: 'kpi Name "statement" { ... }: a key performance indicator of this lot\'s contract' },
    'Tender.kpi': { summary: 'kpi Name "statement" { ... }: a key performance indicator of the contract' },
    'Lot.capacity': { summary: 'capacity N unit "text": what the lot buys, e.g. `capacity 6 units "standard support needs"`' },
    'Lot.over': { summary: 'over duration: the term the lot\'s value covers (its contract\'s term when absent)' }
};

/** The documentation of a value of a value list (e.g. `Regime`, `light-touch`). */
export function valueDoc(ruleName: string, value: string): WordDoc | undefined {
    if (ruleName === 'DurationUnit') {
        const unit = UNITS[value];
        return unit ? { summary: `Unit of time: ${unit}s` } : undefined;
    }
    return VALUES[`${ruleName}.${value}`];
}

/** The documentation of a keyword as used in a grammar rule. */
export function keywordDoc(ruleName: string | undefined, keyword: string): WordDoc | undefined {
    if (ruleName && VALUE_LISTS[ruleName]) {
        return valueDoc(ruleName, keyword);
    }
    return (ruleName ? KEYWORDS[`${ruleName}.${keyword}`] : undefined) ?? KEYWORDS[keyword];
}

/** Markdown for a hover or completion documentation. */
export function wordMarkdown(doc: WordDoc, heading?: string): string {
    const parts: string[] = [];
    parts.push(heading ? `**${heading}** — ${doc.summary}` : doc.summary);
    if (doc.details) {
        parts.push(doc.details);
    }
    return parts.join('\n\n');
}
