/// The methodology page's account of the score, written from the weights the scorer uses.
extension ReliabilityScorer {
    public static var methodology: String {
        typealias W = Weights
        func n(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
        return """
        ### How the reliability score works

        Crosscheck judges each article from its own text and from the other articles on the same story; \
        every point links to the sentences that earned it.

        Each article starts at **\(n(W.base))** points. Signals add or take points, each up to a cap; the \
        total is kept between 0 and 100 and graded A (85+), B (70+), C (55+), D (40+) or F.

        **Integrity of the copy.** The whole body printed twice: −\(n(W.duplicatedBody)). Repeated sentences: \
        −\(n(W.repeatedEach)) each (at most −\(n(W.repeatedCap))). Sentences cut off and run into the next, or \
        glued without a space: −\(n(W.fragmentEach)) each (at most −\(n(W.fragmentCap))). Scraped boilerplate: \
        up to −\(n(W.boilerplateCap)). Doubled words (−\(n(W.doubledWordEach)), at most −\(n(W.doubledWordCap))); \
        typos, words no other outlet uses that are one key away from a word they do use \
        (−\(n(W.typoEach)), at most −\(n(W.typoCap))). Letters of another script: −\(n(W.foreignScriptEach)) each. \
        Teasers for other stories and paragraphs whose words the other articles never use: \
        −\(n(W.mixedInEach)) each (at most −\(n(W.mixedInCap))).

        **Rewritten copy.** In sentences that retell another outlet's sentence word for word, each word swapped \
        for one making word pairs nobody else writes: \
        −\(n(W.spinEach)) (at most −\(n(W.spinCap))). Broken names \
        of institutions (a verb and particle inside a name) and articles that no longer fit the next word \
        cost −\(n(W.alteredNameEach)) and −\(n(W.grammarEach)) each.

        **Machine translation.** Doubled names, stray full stops inside a sentence, common nouns capitalised \
        mid-sentence where other outlets use lowercase, and names whose words come in another order: \
        −\(n(W.translationEach)) each (at most −\(n(W.translationCap))), counted from two signs on.

        **Against the other outlets.** Quotes that match other outlets' versions: +\(n(W.quoteFidelityBonus)); altered quotes: up to \
        −\(n(W.quoteFidelityCap)), less when fewer than three quotes can be judged. Quotes other outlets give to \
        another speaker: −\(n(W.misattributedEach)) each (at most −\(n(W.misattributedCap))). Facts other outlets \
        confirm: +\(n(W.corroboratedEach)) each (at most +\(n(W.corroboratedCap))); facts more outlets give differently (an even split counts for no side): −\(n(W.contradictedEach)) each \
        (at most −\(n(W.contradictedCap))). Trust from truth discovery, above or below the corpus \
        median: up to ±\(n(W.trustRange)), down only with contradicted facts. A near copy of an earlier article: \
        −\(n(W.copyPenalty)); undated twins are noted without points.

        **Transparency.** Naming where information comes from: +\(n(W.namedSourcesBonus)). Quotes with named speakers (four in five or more): \
        +\(n(W.namedSpeakersBonus)); mostly unnamed: up to −\(n(W.anonymousCap)). \
        A byline, date and outlet each add \(n(W.metadataGiven)) when given and \(n(W.metadataInferred)) \
        when inferred from the text.

        A missing input gives no signal, never a penalty; the same input always gives the same score.
        """
    }
}
