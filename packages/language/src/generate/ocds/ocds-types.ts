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
    roles: string[];
    details?: { classifications: OcdsClassification[] };
}

export interface OcdsValue {
    /** Including VAT (UK extension); `amount`, without VAT, is left out: the tender does not give it. */
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
    suitability?: { sme: boolean; vcse: boolean };
    awardCriteria?: { criteria: OcdsAwardCriterion[] };
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
    lotDetails?: { maximumLotsBidPerSupplier?: number; noLotsDivisionRationale?: string };
    lots?: OcdsLot[];
    documents?: OcdsDocument[];
}
