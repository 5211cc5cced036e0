import CrosscheckModel

extension SiteIndex {
    /// One page of the people table, most quoted first.
    func peopleIndexContext(page: Int = 0) -> Context {
        let paging = Self.paging(rows: peopleByQuotes.count)
        let people = peopleByQuotes[paging.items(onPage: page)].map { person -> Context in
            let quotedBy = sourceLinks(sourcesQuoting(person.id))
            var item: Context = [
                "file": Self.file(person.id), "name": person.name,
                "quoteCount": quotesByPerson[person.id]?.count ?? 0,
                "quotedBy": Array(quotedBy.prefix(Self.listedPerRow)).withLast,
            ]
            // The person's page lists every outlet; a row of the table names the first few.
            if quotedBy.count > Self.listedPerRow { item["moreQuotedBy"] = Format.thousands(quotedBy.count - Self.listedPerRow) }
            item.set("role", Self.mainRole(person))
            return item
        }
        var context = paging.context(page: page, noun: "People")
        context["people"] = people
        context["hasPeople"] = !people.isEmpty
        return context
    }

    func personContext(_ person: Person) -> Context {
        var context: Context = ["name": person.name]
        context.set("role", Self.mainRole(person))
        let roles = person.roles.map { role -> Context in
            ["roleTitle": role.title, "roleSources": sourceLinks(role.sourceIDs)]
        }
        context["roles"] = roles
        context["hasRoles"] = !roles.isEmpty
        context["rolesDiffer"] = Set(person.roles.map { $0.title.lowercased() }).count > 1
        let aliases = person.aliases.filter { $0 != person.name }.map { ["alias": $0] as Context }.withLast
        context["aliases"] = aliases
        context["hasAliases"] = !aliases.isEmpty
        context["mentionedIn"] = sourceLinks(person.sourceIDs)
        let statements = self.statements(of: person)
        context["statements"] = statements
        context["hasStatements"] = !statements.isEmpty
        let claims = (claimsByPerson[person.id] ?? []).map { claim -> Context in
            [
                "anchor": Self.claimAnchor(claim), "claimLink": claimLink(claim), "statement": claim.statement,
                "status": claim.status.rawValue, "statusLabel": Self.statusLabel(claim.status),
            ]
        }
        context["claims"] = claims
        context["hasClaims"] = !claims.isEmpty
        return context
    }

    /// The id of a quote's statement on its speaker's page: its cluster's, or its own.
    func statementAnchor(_ quote: Quote) -> String {
        if let cluster = quote.cluster, clusters[cluster] != nil { return "s-" + HTML.safeID(cluster) }
        return "s-" + HTML.safeID(quote.id)
    }

    /// Each statement once: a cluster's quotes together, a quote without a cluster on its own.
    /// Statements quoted by most outlets come first.
    private func statements(of person: Person) -> [Context] {
        let quotes = (quotesByPerson[person.id] ?? []).filter(linkable)
        // A local copy: reaching the index's own table from the sort below copied the whole index per comparison.
        let sourceOrder = sourceOrder
        var groups: [String: [Quote]] = [:]
        var order: [String] = []
        for quote in quotes {
            let key = quote.cluster.flatMap { clusters[$0] != nil ? "c:" + $0 : nil } ?? "q:" + quote.id
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(quote)
        }
        let outletCounts = order.map { Set(groups[$0]!.map(\.sourceID)).count }
        let sorted = order.enumerated().sorted { a, b in
            let ca = outletCounts[a.offset], cb = outletCounts[b.offset]
            return ca != cb ? ca > cb : a.offset < b.offset
        }
        return sorted.enumerated().map { number, entry in
            let key = entry.element
            // Each quote's place is looked up once, not at every comparison.
            let members = groups[key]!.map { (place: sourceOrder[$0.sourceID] ?? 0, quote: $0) }
                .sorted { ($0.place, $0.quote.start, $0.quote.id) < ($1.place, $1.quote.start, $1.quote.id) }
                .map(\.quote)
            let canonical = key.hasPrefix("c:") ? clusters[String(key.dropFirst(2))]!.canonical : members[0].text
            var altered = false
            // Most outlets copy a statement word for word: the same text has no diff, so nothing is split for it.
            var canonicalWords: WordDiff.Words?
            let wordings = members.map { quote -> Context in
                var diff: String?
                if quote.text != canonical {
                    let words = canonicalWords ?? WordDiff.Words(canonical)
                    canonicalWords = words
                    diff = WordDiff.diff(words, WordDiff.Words(quote.text), fragment: quote.partial)
                }
                let same = diff == nil
                altered = altered || !same
                var item: Context = [
                    "file": Self.file(quote.sourceID), "outlet": outlet(quote.sourceID),
                    "quoteAnchor": HTML.safeID(quote.id), "same": same,
                    "partial": quote.partial, "unclosed": quote.unclosed, "single": members.count == 1,
                ]
                item.set("context", quote.context)
                if let diff { item["diff"] = diff }
                if quote.placement != .body { item["placementNote"] = "in a \(quote.placement.rawValue)" }
                return item
            }
            let outlets = Set(members.map(\.sourceID)).count
            return [
                "anchor": statementAnchor(members[0]),
                "number": number + 1,
                "canonical": canonical,
                "outletCount": outlets, "outletWord": Format.plural(outlets, "outlet", "outlets"),
                "altered": altered,
                "wordings": wordings,
            ]
        }
    }
}
