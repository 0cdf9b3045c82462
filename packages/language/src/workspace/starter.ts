/**
 * The starter files `tender init` and the editor's "Tender: New Tender" write: a small, complete
 * place to start from. Plain text only (no Langium), so the editor client can bundle it cheaply.
 */

const framework = `// The place's shared outcomes framework: the needs and population-level outcomes that
// every commissioner in the place works to. Declare them once here; tenders refer to them.

framework OurPlace {
    title "Our Place Health and Wellbeing Strategy"
    owner "Our Place Health and Wellbeing Board"

    need Homelessness "Homeless, sofa surfing or at risk of losing their home"
    need MentalHealth "Mental ill-health, including anxiety and depression"

    outcome SettledAccommodation "More residents live in settled, secure accommodation" {
        indicator "Adults in settled accommodation per 1,000 adults at risk"
    }
    outcome FewerCrises "Fewer residents reach crisis point" {
        indicator "Emergency mental health presentations per 1,000 adults"
    }
}
`;

const market = `// The local provider directory: who is out there, what they do, and how big they are.

import "framework.tender"

market OurProviders {
    provider LocalHousingTrust "Local Housing Trust" {
        kind housing-association
        income £1,200,000
        offers Homelessness
        areas "North", "South"
    }
    provider PeerSupport "Peer Support Network" {
        kind charity
        income £90,000
        offers MentalHealth
        areas "North"
    }
}
`;

const tender = `// A new tender. Replace the text in quotes, fill in the empty "" ones (the facts a tender notice
// states), run \`tender lint\` and follow what it says.

import "framework.tender"
import "market.tender"

tender NewTender {
    title "Support for adults at risk of homelessness"
    reference "OUR-2027-001"
    buyer "Our Place Council" {
        id "" // e.g. "GB-PPON-PABC-1234-DEFG": your organisation identifier with its scheme
        type sub-central-government
        address "", "", "" // the lines of the address, the town, then the postcode
        region "" // the ITL code of the address, e.g. "UKF13"
        email ""
        contact "" // the person or team who answers questions
    }
    stage plan
    procedure open
    regime light-touch
    cpv "85312000-9" "Social work services without accommodation"
    region "" // where the services are delivered, as ITL codes, e.g. "UKF13", "UKF14"
    value £180,000 over 3 years excluding-vat £180,000
    issued 2027-01-04
    version "0.1"

    purpose "Adults at risk of losing their home keep it, or find a settled home within 8 weeks."

    engagement {
        level involve
        service-users "Two workshops with 12 people who have been homeless"
        providers "A market engagement event with local providers"
        notice "" // the preliminary market engagement notice's identifier, or: no-notice because "..."
    }

    cohort AdultsAtRisk {
        description "Adults aged 18 or over at risk of homelessness"
        size 150 people per year
        areas "North", "South"
        needs Homelessness, MentalHealth
        assets "Family and friends who want to help", "Work experience"
    }

    outcome SettledHome "People have a settled home" {
        serves AdultsAtRisk
        contributes-to SettledAccommodation
        indicator "Share of the cohort in settled accommodation for at least 6 months"
        baseline 20% in 2026
        target 6 months 30%
        target 2 years 50%
        target 5 years 70%
        evidence "Housing register matched with case records each quarter"
    }

    outcome StayingWell "People stay well and out of crisis" {
        serves AdultsAtRisk
        contributes-to FewerCrises
        indicator "Emergency mental health presentations per 100 people in the cohort per year"
        baseline 40 in 2026
        target 6 months 38
        target 2 years 30
        target 5 years 20
        evidence "Crisis team records"
    }

    service Navigation "Housing and wellbeing navigation" {
        description "Each person has one named worker who agrees a housing plan with them within 5 working days."
        addresses Homelessness, MentalHealth
        delivers SettledHome, StayingWell
    }

    no-lots because "One small service: dividing it would leave lots too small to run."

    award-criteria {
        technical "Quality" weight 60% {
            sub "How support is built around each person" weight 35% measures SettledHome
            sub "How outcomes will be evidenced" weight 25% measures StayingWell
        }
        social-value "Social value" weight 10%
        price "Price" weight 30%

        assessment {
            scale 0 to 4
            mark 0 "No answer, or an answer that does not meet the requirement"
            mark 1 ""
            mark 2 ""
            mark 3 ""
            mark 4 "Meets the requirement in full, with evidence"
            price "" // how price is scored, e.g. "lowest tendered price divided by the tendered price, times 30"
            no-pass-marks
        }
    }

    social-value {
        policy "Our Place Social Value Policy"
        requirement "At least 500 volunteering hours a year by local residents"
    }

    collaboration {
        joint-bids welcome
        models lead-provider
        lead-organisation required
        formation-period 4 weeks
    }

    participation {
        minimum-turnover £100,000
    }

    submission {
        via "" // the e-tendering portal's address
        electronic yes
        documents with-notice
        language "English"
    }

    timeline {
        market-engagement 2026-11-02
        publish 2027-01-04
        clarification-deadline 2027-01-25
        bid-deadline 2027-02-08 12:00
        award 2027-03-15
        contract-start 2027-05-01
    }

    contract {
        duration 3 years
        review every 12 months
        payment block 100% "paid monthly in advance"
        terms "" // the contract terms and conditions bidders sign
    }

    risk LowDemand "Fewer people are referred than expected" {
        likelihood low
        impact medium
        mitigation "Referral routes agreed with housing options and the crisis team before the contract starts."
    }
}
`;

const config = `{
  "$schema": "./node_modules/@tender/language/schemas/tender.config.schema.json",
  "rules": {},
  "vague": { "add": [], "remove": [] }
}
`;

export interface StarterOptions {
    /**
     * Point tender.config.json at the JSON Schema installed with the CLI (node_modules). The editor
     * extension brings its own copy of the schema, so files it writes leave the reference out.
     */
    readonly schemaReference?: boolean;
}

/** File name to text, in the order they are written. */
export function starterFiles(options: StarterOptions = {}): Readonly<Record<string, string>> {
    return {
        'framework.tender': framework,
        'market.tender': market,
        'tender.tender': tender,
        'tender.config.json': options.schemaReference === false ? config.replace(/^ {2}"\$schema": .*\n/m, '') : config
    };
}

export const STARTER_FILES: Readonly<Record<string, string>> = starterFiles();

/** The file to open first. */
export const STARTER_MAIN_FILE = 'tender.tender';
