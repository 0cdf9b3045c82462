/**
 * The part of OCDS 1.1.5 (with the lots, award criteria, legal basis, organisation
 * classification, suitability and UK extensions) that the OCDS writer emits. Optional fields are
 * left out rather than set to null: an absent field says "not known", which is what they mean here.
 */

export interface OcdsReleasePackage {
    uri: string;
    version: '1.1';
    extensions: string[];
    publishedDate: string;
    publisher: { name: string };
    license?: string;
    releases: OcdsRelease[];
}

export interface OcdsRelease {
    ocid: string;
    id: string;
    date: string;
    tag: ['tender'];
    initiationType: 'tender';
    language: 'en';
    parties: OcdsParty[];
    buyer?: OcdsOrganizationReference;
    /** The preliminary market engagement notice (UK2), or the reason for none (UK extension). */
    planning?: { documents?: OcdsDocument[]; noEngagementNoticeRationale?: string };
    tender: OcdsTender;
}

export interface OcdsOrganizationReference {
    id: string;
    name: string;
}

export interface OcdsClassification {
    scheme: string;
    id: string;
    description?: string;
    uri?: string;
}

export interface OcdsParty {
    id: string;
    name: string;
    /** The organisation identifier: scheme (`GB-PPON`, `GB-COH`, `GB-CHC`) and the id within it. */
    identifier?: { scheme: string; id: string };
    address?: { streetAddress?: string; locality?: string; postalCode?: string; countryName?: string; region?: string };
    contactPoint?: { name?: string; email?: string; telephone?: string };
    roles: string[];
    details?: { classifications?: OcdsClassification[]; url?: string };
}

export interface OcdsValue {
    /** Excluding VAT, when the tender states it (`excluding-vat`). */
    amount?: number;
    /** Including VAT (UK extension), as the Act estimates value. */
    amountGross: number;
    currency: string;
}

export interface OcdsPeriod {
    startDate?: string;
    endDate?: string;
    maxExtentDate?: string;
    durationInMonths?: number;
}

export interface OcdsItem {
    id: string;
    description?: string;
    classification?: OcdsClassification;
    additionalClassifications?: OcdsClassification[];
    /** Where the services are delivered: ITL codes. */
    deliveryAddresses?: { region: string }[];
    relatedLot: string;
}

export interface OcdsCriterionNumber {
    number: number;
    weight: 'percentageExact';
}

export interface OcdsAwardCriterion {
    type: 'price' | 'cost' | 'quality';
    name: string;
    description?: string;
    numbers?: OcdsCriterionNumber[];
}

export interface OcdsLot {
    id: string;
    title?: string;
    description?: string;
    status?: string;
    value?: OcdsValue;
    contractPeriod?: OcdsPeriod;
    /** EU profile, as Find a Tender publishes lots: whether the contract may be renewed (extended), and how. */
    hasRenewal?: boolean;
    renewal?: { description: string };
    suitability?: { sme: boolean; vcse: boolean };
    otherRequirements?: OcdsOtherRequirements;
    awardCriteria?: { criteria: OcdsAwardCriterion[] };
}

export interface OcdsOtherRequirements {
    reservedParticipation?: string[];
    reductionCriteria?: string;
}

export interface OcdsDocument {
    id: string;
    documentType: string;
    noticeType?: string;
    title: string;
    url?: string;
    format?: string;
    language: 'en';
    datePublished?: string;
}


export interface OcdsTender {
    id: string;
    title?: string;
    description?: string;
    status?: string;
    legalBasis?: OcdsClassification;
    procuringEntity?: OcdsOrganizationReference;
    procurementMethod?: string;
    procurementMethodDetails?: string;
    mainProcurementCategory: 'services';
    specialRegime?: string[];
    aboveThreshold?: boolean;
    value?: OcdsValue;
    items?: OcdsItem[];
    tenderPeriod?: OcdsPeriod;
    enquiryPeriod?: OcdsPeriod;
    expressionOfInterestDeadline?: string;
    awardPeriod?: OcdsPeriod;
    contractPeriod?: OcdsPeriod;
    eligibilityCriteria?: string;
    awardCriteria?: string;
    awardCriteriaDetails?: string;
    suitability?: { sme: boolean; vcse: boolean };
    /** UK extension: risks that could jeopardise performance (never an internal one). */
    riskDetails?: string;
    procurementMethodRationale?: string;
    submissionMethod?: string[];
    submissionMethodDetails?: string;
    otherRequirements?: OcdsOtherRequirements;
    techniques?: {
        hasFrameworkAgreement: boolean;
        frameworkAgreement: {
            maximumParticipants?: number;
            method?: 'withReopeningCompetition' | 'withoutReopeningCompetition';
            isOpenFrameworkScheme: boolean;
            period?: OcdsPeriod;
            periodRationale?: string;
            description?: string;
        };
    };
    lotDetails?: { maximumLotsBidPerSupplier?: number; maximumLotsAwardedPerSupplier?: number; awardCriteriaDetails?: string; noLotsDivisionRationale?: string };
    lots?: OcdsLot[];
    documents?: OcdsDocument[];
}
