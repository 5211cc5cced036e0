import CrosscheckModel

extension SiteIndex {
    func claimsContext() -> Context {
        let claims = orderedClaims.map(claimContext)
        return [
            "claims": claims, "hasClaims": !claims.isEmpty,
            "contestedCount": report.claims.filter { $0.status == .contested }.count,
            "corroboratedCount": report.claims.filter { $0.status == .corroborated }.count,
            "singleCount": report.claims.filter { $0.status == .singleSource }.count,
        ]
    }

    private func claimContext(_ claim: Claim) -> Context {
        let assertions = claim.assertions.filter { sources[$0.sourceID] != nil }.map { assertion -> Context in
            var item: Context = [
                "file": Self.file(assertion.sourceID), "outlet": outlet(assertion.sourceID),
                "text": assertion.text, "fromQuote": assertion.fromQuote,
            ]
            // The paragraph id when it exists; otherwise the link lands on the top of the text.
            item["paragraphAnchor"] =
                hasParagraph(assertion.sourceID, assertion.paragraph) ? Self.paragraphAnchor(assertion.paragraph) : "h-text"
            return item
        }
        // Each source's first linkable sentence, overall and per value, found in one pass: a claim
        // many sources state would otherwise be scanned once per source and value.
        var firstParagraph: [String: Int] = [:]
        var firstParagraphByValue: [String: [String: Int]] = [:]
        for assertion in claim.assertions where hasParagraph(assertion.sourceID, assertion.paragraph) {
            if firstParagraph[assertion.sourceID] == nil { firstParagraph[assertion.sourceID] = assertion.paragraph }
            if let value = assertion.value, firstParagraphByValue[assertion.sourceID]?[value] == nil {
                firstParagraphByValue[assertion.sourceID, default: [:]][value] = assertion.paragraph
            }
        }
        let values = claim.values.map { value -> Context in
            let valueSources = value.sourceIDs.filter { sources[$0] != nil }.map { sourceID -> Context in
                var link = sourceLink(sourceID)
                // Link to the sentence that gives this value, where there is one.
                if let paragraph = firstParagraphByValue[sourceID]?[value.value] ?? firstParagraph[sourceID] {
                    link["paragraphAnchor"] = Self.paragraphAnchor(paragraph)
                }
                return link
            }.withLast
            let percent = max(0, min(1, value.confidence.isFinite ? value.confidence : 0))
            return [
                "value": value.value, "approximate": value.approximate,
                "percent": Format.percent(percent), "bucket": Int((percent * 10).rounded()),
                "valueSources": valueSources,
            ]
        }
        let people = claim.personIDs.compactMap { self.people[$0] }.map { person -> Context in
            ["file": Self.file(person.id), "name": person.name]
        }.withLast
        return [
            "anchor": Self.claimAnchor(claim), "statement": claim.statement, "kind": claim.kind,
            "status": claim.status.rawValue, "statusLabel": Self.statusLabel(claim.status),
            "statusRank": Self.statusRank(claim.status),
            // A contested claim shows its sentences, unless there are so many they would swamp the table.
            "openEvidence": claim.status == .contested && assertions.count <= 4,
            "assertions": assertions, "assertionCount": assertions.count,
            "values": values, "hasValues": !values.isEmpty,
            "people": people, "hasPeople": !people.isEmpty,
            "sourceCount": Set(claim.assertions.map(\.sourceID)).count,
        ]
    }
}
