/** A tender that names framework members by their qualified names (`Anyborough.Homelessness`), for the LSP tests. */
export const QUALIFIED_TEXT = `import "framework.tender"

tender QualifiedRefs {
    cohort People {
        needs Anyborough.Homelessness, MentalHealth
    }

    outcome Housed "People are housed" {
        serves People
        contributes-to Anyborough.SettledAccommodation
    }
}
`;
