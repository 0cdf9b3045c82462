/** Helpers for the output tests: the example files that hold tenders. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, REPO_ROOT, lint } from './helpers.js';

export { REPO_ROOT, lint };

/** Every .tender file under examples/ that declares a tender. */
export function exampleFiles(folder = EXAMPLES): string[] {
    if (!existsSync(folder)) return [];
    return readdirSync(folder).sort().flatMap(name => {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) return exampleFiles(path);
        return name.endsWith('.tender') && /^\s*tender\s+[A-Za-z_]/m.test(readFileSync(path, 'utf8')) ? [path] : [];
    });
}

/**
 * A tender that uses what the examples leave out (its own criteria on a lot, no-lots elsewhere,
 * every timeline date, weeks, a cohort counted per year, Wales), so that the output schemas are
 * checked on filled values and not only on nulls.
 */
export const RICH_TENDER = `tender Rich {
    title "Community support"
    reference "WAL/2027/1"
    buyer "Cwm Council"
    version "2.1"
    stage do
    jurisdiction wales
    procedure open
    regime standard
    cpv "85312000-9" "Social work services without accommodation"
    cpv "85320000" "Social services"
    value €1.2m over 2.5 years
    issued 2027-11-02
    funding {
        contributor "Cwm Council" €1m
        contributor "Cwm Health Board" €200k
    }
    purpose "People in Cwm get support close to home."
    engagement { level empower service-users "Monthly panels" providers "Forum" commissioners "Board" }
    cohort Families {
        description "Families under pressure"
        size 120 families per year
        areas "North", "South"
        assets "Neighbours"
        persona Ana { age 41 area "North" story "Ana cares for her mother." says "I need a break." }
    }
    outcome Stronger "Families are stronger" {
        serves Families
        indicator "Share of families reporting coping well"
        baseline 40 in 2026
        target 26 weeks 45
        target 2 years 55%
        target 5 years 70%
        target 10 years 80%
        evidence "Annual survey"
    }
    service Respite "Respite" { description "Short breaks." delivers Stronger }
    service Advice "Advice" { description "Advice sessions." delivers Stronger }
    lot RespiteLot "Respite" {
        value €700k
        services Respite
        areas "North"
        award-criteria {
            technical "Quality" weight 70% { sub "Approach" weight 70% measures Stronger }
            price "Price" weight 30%
        }
    }
    lot AdviceLot "Advice" { value €500k services Advice }
    lots { max-per-bidder 1 }
    award-criteria {
        technical "Quality" weight 50%
        social-value "Social value" weight 20% { sub "Local jobs" weight 20% }
        other "Innovation" weight 10%
        price "Price" weight 20%
    }
    social-value { policy "Cwm policy" requirement "Local hiring" mandatory requirement "Volunteering" }
    collaboration {
        joint-bids accepted
        models joint-venture, new-legal-entity
        lead-organisation optional
        risk-sharing service-level-agreement
        formation-period 8 weeks
        subcontract-share minimum 10%
    }
    participation { minimum-turnover €100k insurance "Employer's liability" accreditation "Care Inspectorate Wales" requirement "Two references" }
    timeline {
        market-engagement 2027-06-01
        planned-procurement-notice 2027-07-01
        publish 2027-11-02
        participation-deadline 2027-11-20
        clarification-deadline 2027-12-01
        bid-deadline 2027-12-15
        award 2028-02-01
        contract-start 2028-04-01
    }
    contract {
        duration 30 months
        extension up-to 6 months
        review every 6 months
        payment block 60%
        payment spot-purchase 40%
    }
    risk Demand "Demand is higher than planned" { likelihood high impact low mitigation "Call-off volumes" }
}
`;
