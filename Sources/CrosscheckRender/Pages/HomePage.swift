import CrosscheckModel

extension SiteIndex {
    func homeContext() -> Context {
        let claims = orderedClaims
        var context: Context = [
            "story": report.story.title,
            "storyInferred": report.story.inferred,
            "sourceCount": Format.thousands(report.sources.count),
            "personCount": Format.thousands(report.people.count),
            "quoteCount": Format.thousands(report.quotes.count),
            "claimCount": Format.thousands(report.claims.count),
            "contestedCount": Format.thousands(claims.filter { $0.status == .contested }.count),
        ]
        // A large corpus would turn the overview into a list of everything: the best few lead.
        let sources = sourcesByScore.prefix(Self.homeSources).map { source -> Context in
            var item = Self.gradeContext(source.reliability)
            item["file"] = Self.file(source.id)
            // Without an outlet the title names the source, once.
            if Self.hasOutlet(source) {
                item["linkText"] = Self.outlet(of: source)
                item.set("subtitle", source.metadata.title?.value)
            } else {
                item["linkText"] = source.metadata.title?.value.trimmed ?? source.id
            }
            item.set("date", source.metadata.date)
            item.set("summary", source.reliability.summary)
            return item
        }
        context["sources"] = Array(sources)
        context["hasSources"] = !sources.isEmpty
        context["moreSources"] = report.sources.count > Self.homeSources
        let people = peopleByQuotes.filter { (quotesByPerson[$0.id]?.count ?? 0) > 0 }.prefix(8).map { person -> Context in
            let quoteCount = quotesByPerson[person.id]?.count ?? 0
            let sourceCount = sourcesQuoting(person.id).count
            var item: Context = [
                "file": Self.file(person.id), "name": person.name,
                "quoteCount": quoteCount, "quoteWord": Format.plural(quoteCount, "quote", "quotes"),
                "sourceCount": sourceCount, "sourceWord": Format.plural(sourceCount, "source", "sources"),
            ]
            item.set("role", Self.mainRole(person))
            return item
        }
        context["people"] = Array(people)
        context["hasPeople"] = !people.isEmpty
        let contested = claims.filter { $0.status == .contested }.prefix(10).map { claim -> Context in
            [
                "anchor": Self.claimAnchor(claim), "claimLink": claimLink(claim), "statement": claim.statement,
                "values": claim.values.map { value -> Context in
                    [
                        "value": value.value, "approximate": value.approximate,
                        "sourceNames": value.sourceIDs.map(outlet).joined(separator: ", "),
                    ]
                },
            ]
        }
        context["contested"] = Array(contested)
        context["hasContested"] = !contested.isEmpty
        let timeline = self.timeline()
        context["timeline"] = timeline
        context["hasTimeline"] = !timeline.isEmpty
        return context
    }

    /// Sources best first, so the home page leads with the most reliable accounts.
    var sourcesByScore: [Report.Source] {
        report.sources.sorted { a, b in
            a.reliability.score != b.reliability.score ? a.reliability.score > b.reliability.score : a.id < b.id
        }
    }

    /// Dates the articles give: when each was published, and the dates claims state.
    func timeline() -> [Context] {
        var events: [String: [Context]] = [:]
        for source in report.sources {
            guard let date = source.metadata.date, let day = Self.isoDay(date.value) else { continue }
            let title = "“\(source.metadata.title?.value.trimmed ?? source.id)”"
            var event: Context = [
                "text": Self.hasOutlet(source) ? "\(Self.outlet(of: source)) publishes \(title)" : "\(title) published",
                "link": "sources/" + Self.file(source.id),
            ]
            if date.inferred { event["note"] = "date inferred" }
            events[day, default: []].append(event)
        }
        for claim in report.claims where claim.kind == "date" {
            for value in claim.values {
                guard let day = Self.isoDay(value.value) else { continue }
                let names = value.sourceIDs.map(outlet).joined(separator: ", ")
                events[day, default: []].append([
                    "text": claim.statement, "link": "claims/" + claimLink(claim),
                    "note": "according to \(names)",
                ])
            }
        }
        return events.keys.sorted().map { day in
            let all = events[day]!
            var entry: Context = ["date": day, "events": Array(all.prefix(Self.eventsPerDay))]
            if all.count > Self.eventsPerDay { entry["more"] = "and \(all.count - Self.eventsPerDay) more" }
            return entry
        }
    }

    static let homeSources = 12
    static let eventsPerDay = 6

    /// The `YYYY-MM-DD` at the start of a value, when it has one.
    static func isoDay(_ value: String) -> String? {
        let chars = Array(value.trimmed.prefix(10))
        guard chars.count == 10, chars[4] == "-", chars[7] == "-" else { return nil }
        let digits = chars.enumerated().allSatisfy { i, c in i == 4 || i == 7 || c.isASCII && c.isNumber }
        return digits ? String(chars) : nil
    }
}
