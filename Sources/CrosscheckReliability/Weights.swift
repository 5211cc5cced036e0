/// Every weight of the score in one place; the methodology text is written from these values.
enum Weights {
    /// Where every source starts before signals add or take points.
    static let base = 75.0

    // Integrity of the copy: points per item and the most a signal can take.
    static let boilerplateEach = 1.0, boilerplateCap = 4.0
    static let duplicatedBody = 10.0
    static let repeatedEach = 1.5, repeatedCap = 6.0
    static let fragmentEach = 1.5, fragmentCap = 10.0
    static let doubledWordEach = 1.0, doubledWordCap = 3.0
    static let typoEach = 1.0, typoCap = 4.0
    static let foreignScriptEach = 2.0, foreignScriptCap = 4.0
    static let mixedInEach = 2.0, mixedInCap = 8.0

    // Rewritten and translated copy.
    static let spinEach = 2.0, spinCap = 24.0
    static let alteredNameEach = 2.0, alteredNameCap = 8.0
    static let translationEach = 2.5, translationCap = 20.0
    static let grammarEach = 1.5, grammarCap = 6.0

    // Comparison with the other outlets.
    static let quoteFidelityBonus = 3.0, quoteFidelityCap = 15.0
    static let misattributedEach = 3.0, misattributedCap = 9.0
    /// Points lost per unit of fidelity below 0.9: a third of quotes altered costs about 9.
    static let quoteFidelitySlope = 40.0
    static let corroboratedEach = 0.5, corroboratedCap = 4.0
    static let contradictedEach = 1.5, contradictedCap = 8.0
    /// Trust is compared with the corpus median: points per unit above or below it, and the most either way.
    static let trustSlope = 25.0, trustRange = 5.0
    static let copyPenalty = 4.0

    // Transparency.
    static let namedSourcesBonus = 3.0, namedSpeakersBonus = 1.5
    static let anonymousCap = 4.0
    static let metadataGiven = 1.5, metadataInferred = 0.5
}
