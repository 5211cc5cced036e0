import CrosscheckModel

extension SiteIndex {
    /// One page of the claims table; the counts are the whole table's.
    func claimsContext(page: Int = 0) -> Context {
        let claims = orderedClaims[claimPaging.items(onPage: page)].map { claimContext($0) }
        var context = claimPaging.context(page: page, noun: "Claims")
        context["claims"] = claims
        context["hasClaims"] = !claims.isEmpty
        for (key, status) in [("contestedCount", Claim.Status.contested), ("corroboratedCount", .corroborated), ("singleCount", .singleSource)] {
            context[key] = Format.thousands(claimStatusCounts[status] ?? 0)
        }
        return context
    }

    /// A claim stated by many sources would make its row, and the table, too long to read: past
    /// `listedPerRow` sentences or outlets of a value, the row links to a page of the claim's own.
    static func hasOwnPage(_ claim: Claim) -> Bool {
        claim.assertions.count > listedPerRow || claim.values.contains { $0.sourceIDs.count > listedPerRow }
    }

    /// The claim's own page, inside the `claims/` folder.
    static func claimFile(_ claim: Claim) -> String { claimAnchor(claim) + ".html" }

    /// The claim's own page: every sentence and every outlet, with a link back to its row.
    func claimPageContext(_ claim: Claim) -> Context {
        var context = claimContext(claim, listed: .max)
        context["tableLink"] = claimLink(claim)
        context.merge(sentencesContext(claim))
        return context
    }

    /// The claim's sentences, each wording once with every outlet that printed it, in order of first
    /// appearance: wire copy puts one sentence in hundreds of outlets, and a page that repeats it for
    /// each is mostly the same words. A sentence that gives two values is one sentence: linked once.
    func sentencesContext(_ claim: Claim) -> Context {
        var group: [SentenceKey: Int] = [:]
        var keys: [SentenceKey] = []
        var places: [[Place]] = []
        var seen = Set<Place>()
        for assertion in claim.assertions where hasPage(assertion.sourceID) {
            let key = SentenceKey(text: assertion.text, fromQuote: assertion.fromQuote)
            let g = group[key] ?? keys.count
            if g == keys.count {
                group[key] = g
                keys.append(key)
                places.append([])
            }
            let place = Place(group: g, sourceID: assertion.sourceID, paragraph: assertion.paragraph)
            if seen.insert(place).inserted { places[g].append(place) }
        }
        let sentences = zip(keys, places).map { key, found -> Context in
            let links = found.map { place -> Context in
                [
                    "file": Self.file(place.sourceID), "outlet": outlet(place.sourceID),
                    "paragraphAnchor": sentenceAnchor(place.sourceID, place.paragraph),
                ]
            }
            let sources = Set(found.map(\.sourceID)).count
            return [
                "text": key.text, "fromQuote": key.fromQuote, "links": links.withLast,
                "printedBy": Format.thousands(sources), "manySources": sources > 1,
            ]
        }
        return ["sentences": sentences, "wordings": Format.thousands(keys.count), "printings": Format.thousands(seen.count)]
    }

    /// The paragraph id when it exists; otherwise the link lands on the top of the text.
    private func sentenceAnchor(_ sourceID: String, _ paragraph: Int) -> String {
        hasParagraph(sourceID, paragraph) ? Self.paragraphAnchor(paragraph) : "h-text"
    }

    private struct SentenceKey: Hashable {
        var text: String
        var fromQuote: Bool
    }

    /// Where a wording was printed: its group, the source and the paragraph.
    private struct Place: Hashable {
        var group: Int
        var sourceID: String
        var paragraph: Int
    }

    /// A claim as the table shows it: at most `listed` sentences, and outlets per value, then a link to its own page.
    func claimContext(_ claim: Claim, listed: Int = listedPerRow) -> Context {
        let linked = claim.assertions.filter { hasPage($0.sourceID) }
        let assertions = linked.prefix(listed).map { assertion -> Context in
            [
                "file": Self.file(assertion.sourceID), "outlet": outlet(assertion.sourceID),
                "text": assertion.text, "fromQuote": assertion.fromQuote,
                "paragraphAnchor": sentenceAnchor(assertion.sourceID, assertion.paragraph),
            ]
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
            let linkedSources = value.sourceIDs.filter(hasPage)
            let valueSources = linkedSources.prefix(listed).map { sourceID -> Context in
                var link = sourceLink(sourceID)
                // Link to the sentence that gives this value, where there is one.
                if let paragraph = firstParagraphByValue[sourceID]?[value.value] ?? firstParagraph[sourceID] {
                    link["paragraphAnchor"] = Self.paragraphAnchor(paragraph)
                }
                return link
            }.withLast
            let percent = max(0, min(1, value.confidence.isFinite ? value.confidence : 0))
            var item: Context = [
                "value": value.value, "approximate": value.approximate,
                "percent": Format.percent(percent), "bucket": Int((percent * 10).rounded()),
                "valueSources": valueSources,
            ]
            if linkedSources.count > valueSources.count { item["moreSources"] = Format.thousands(linkedSources.count - valueSources.count) }
            return item
        }
        let people = claim.personIDs.compactMap { self.people[$0] }.map { person -> Context in
            ["file": Self.file(person.id), "name": person.name]
        }.withLast
        var context: Context = [
            "anchor": Self.claimAnchor(claim), "statement": claim.statement, "kind": claim.kind,
            "status": claim.status.rawValue, "statusLabel": Self.statusLabel(claim.status),
            "statusRank": Self.statusRank(claim.status),
            // A contested claim shows its sentences, unless there are so many they would swamp the table.
            "openEvidence": claim.status == .contested && linked.count <= 4,
            "assertions": assertions, "assertionCount": linked.count,
            "values": values, "hasValues": !values.isEmpty,
            "people": people, "hasPeople": !people.isEmpty,
            "sourceCount": Set(claim.assertions.map(\.sourceID)).count,
        ]
        if listed < Int.max, Self.hasOwnPage(claim) {
            context["ownPage"] = Self.claimFile(claim)
            if linked.count > assertions.count { context["moreAssertions"] = Format.thousands(linked.count - assertions.count) }
        }
        return context
    }
}
