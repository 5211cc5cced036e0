import CrosscheckModel

extension SiteIndex {
    /// One page of the sources table, in the corpus's order.
    func sourcesIndexContext(page: Int = 0) -> Context {
        let paging = Self.paging(rows: report.sources.count)
        let sources = report.sources[paging.items(onPage: page)].map { source -> Context in
            var item = Self.gradeContext(source.reliability)
            item["file"] = Self.file(source.id)
            item.set("outlet", source.metadata.outlet)
            item.set("title", source.metadata.title)
            item["linkText"] = source.metadata.title?.value.trimmed ?? Self.outlet(of: source)
            item.set("date", source.metadata.date)
            item["dateSort"] = source.metadata.date?.value ?? ""
            let flags = Self.keyFlags(source.reliability).map { signal -> Context in
                ["label": signal.label, "direction": signal.points < 0 ? "down" : "up"]
            }
            item["flags"] = flags
            item["hasFlags"] = !flags.isEmpty
            return item
        }
        var context = paging.context(page: page, noun: "Sources")
        context["sources"] = sources
        context["hasSources"] = !sources.isEmpty
        return context
    }

    /// The signals that moved the score most, at most three.
    static func keyFlags(_ reliability: Reliability) -> [Reliability.Signal] {
        Array(
            reliability.signals.filter { $0.points != 0 }
                .sorted { abs($0.points) != abs($1.points) ? abs($0.points) > abs($1.points) : $0.id < $1.id }
                .prefix(3))
    }

    func sourceContext(_ source: Report.Source) -> Context {
        let document = source.document
        let markdown = document.article.format == .markdown
        var context = Self.gradeContext(source.reliability)
        context["outlet"] = Self.outlet(of: source)
        context["outletInferred"] = source.metadata.outlet?.inferred ?? false
        context.set("outletField", source.metadata.outlet)
        context.set("title", source.metadata.title)
        context.set("date", source.metadata.date)
        context.set("author", source.metadata.author)
        context.set("url", source.metadata.url)
        context["fileName"] = document.article.file
        context.set("summary", source.reliability.summary)
        if let fidelity = source.quoteFidelity { context["fidelity"] = Format.percent(fidelity) }
        if let trust = source.trust { context["trust"] = Format.percent(trust) }
        context["hasMeasures"] = source.quoteFidelity != nil || source.trust != nil

        let known = Set(document.paragraphs.map(\.index))
        let signals = source.reliability.signals.map { signal -> Context in
            let evidence = signal.evidence.map { item -> Context in
                var entry: Context = ["text": Format.excerpt(item.text)]
                if let paragraph = item.paragraph, known.contains(paragraph) {
                    entry["anchor"] = Self.paragraphAnchor(paragraph)
                }
                entry.set("note", item.note)
                return entry
            }
            return [
                "label": signal.label, "points": Format.points(signal.points),
                "direction": signal.points < 0 ? "down" : (signal.points > 0 ? "up" : "none"),
                // A long list would bury the next signal: the first few show, the rest fold away.
                "evidence": Array(evidence.prefix(3)), "hasEvidence": !evidence.isEmpty,
                "moreEvidence": Array(evidence.dropFirst(3)), "moreCount": max(0, evidence.count - 3),
                "hasMore": evidence.count > 3,
            ]
        }
        context["signals"] = signals
        context["hasSignals"] = !signals.isEmpty

        let quotes = (quotesBySource[source.id] ?? []).sorted { ($0.paragraph, $0.start, $0.id) < ($1.paragraph, $1.start, $1.id) }
        context["quotes"] = quotes.map { quote -> Context in
            var item: Context = ["anchor": HTML.safeID(quote.id), "text": quote.text, "speaker": quote.speakerLabel]
            if let personID = quote.personID, let person = people[personID] {
                // Straight to the statement on the person's page, where other outlets' wordings are.
                item["personFile"] = Self.file(personID) + "#" + statementAnchor(quote)
                item["speaker"] = person.name
            }
            return item
        }
        context["hasQuotes"] = !quotes.isEmpty
        let values = claimValuesBySource[source.id] ?? []
        let claims = (claimsBySource[source.id] ?? []).enumerated().map { offset, claim -> Context in
            var item: Context = [
                "anchor": Self.claimAnchor(claim), "claimLink": claimLink(claim), "statement": claim.statement,
                "status": claim.status.rawValue, "statusLabel": Self.statusLabel(claim.status),
            ]
            item.set("value", values[offset])
            return item
        }
        context["claims"] = claims
        context["hasClaims"] = !claims.isEmpty

        // Paragraphs with their quotes marked; a quote whose paragraph is missing still gets an anchor.
        let quotesByParagraph = Dictionary(grouping: quotes, by: \.paragraph)
        func rendered(_ paragraph: Paragraph) -> Context {
            let html = Markdown.paragraph(paragraph.text, markdown: markdown)
            return [
                "anchor": Self.paragraphAnchor(paragraph.index), "kind": paragraph.kind.rawValue,
                "html": QuoteMarker.mark(quotesByParagraph[paragraph.index] ?? [], in: html, markdown: markdown),
            ]
        }
        let main = document.paragraphs.filter { $0.kind == .body || $0.kind == .headline }.map(rendered)
        let aside = document.paragraphs.filter { $0.kind == .caption || $0.kind == .teaser }.map(rendered)
        context["paragraphs"] = main
        context["aside"] = aside
        context["hasAside"] = !aside.isEmpty
        context["orphanAnchors"] = quotes.filter { !known.contains($0.paragraph) }
            .map { "<span id=\"\(HTML.safeID($0.id))\"></span>" }.joined()
        let removed = document.removed.map { ["reason": $0.reason.rawValue, "text": $0.text] as Context }
        context["removed"] = removed
        context["hasRemoved"] = !removed.isEmpty
        context["removedCount"] = removed.count + aside.count
        context["nothingRemoved"] = removed.isEmpty && aside.isEmpty
        return context
    }
}
