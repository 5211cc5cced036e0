import CrosscheckModel
import CrosscheckText
import Foundation

/// report.json in the shape of the published contract (Docs/report.schema.json), plus extra fields.
enum ReportJSON {
    /// The same bytes as JSONEncoder gives for the whole `Document` (pretty-printed, keys sorted,
    /// slashes plain), but each element of the long lists is encoded on its own, on every core, and
    /// set into place: encoding the document at once held a gigabyte of intermediate values for ten
    /// thousand articles, on one core.
    static func encode(_ report: Report) throws -> [UInt8] {
        let document = Document(report)
        var out = Array("{\n".utf8)
        try appendArray("claims", document.claims, to: &out)
        try appendArray("clusters", document.clusters, to: &out)
        try appendArray("people", document.people, to: &out)
        try appendArray("quotes", document.quotes, to: &out)
        try appendArray("sources", document.sources, to: &out)
        out += Array("  \"story\" : ".utf8)
        try PrettyJSON.encode(document.story, depth: 1, into: &out)
        out += Array("\n}\n".utf8)
        return out
    }

    /// `  "key" : [ … ],` as the document's second level, its elements at the third.
    private static func appendArray<T: Encodable & Sendable>(_ key: String, _ items: [T], to out: inout [UInt8]) throws {
        out += Array("  \"\(key)\" : [\n".utf8)
        let groupSize = 128
        let groups = stride(from: 0, to: items.count, by: groupSize).map { $0..<min($0 + groupSize, items.count) }
        // A batch of groups at a time, so that only one batch of encoded text waits in memory.
        for start in stride(from: 0, to: groups.count, by: 32) {
            let batch = Array(groups[start..<min(start + 32, groups.count)])
            let parts = batch.concurrentMap { range in
                Result { () throws -> [UInt8] in
                    var bytes: [UInt8] = []
                    for i in range {
                        if i > range.lowerBound { bytes += Array(",\n".utf8) }
                        bytes += [0x20, 0x20, 0x20, 0x20]
                        try PrettyJSON.encode(items[i], depth: 2, into: &bytes)
                    }
                    return bytes
                }
            }
            for (g, part) in parts.enumerated() {
                if start + g > 0 { out += Array(",\n".utf8) }
                out += try part.get()
            }
        }
        out += Array("\n  ],\n".utf8)
    }

    struct Document: Encodable {
        var story: Story
        var sources: [Source]
        var people: [Person]
        var quotes: [Quote]
        var clusters: [QuoteCluster]
        var claims: [Claim]

        init(_ report: Report) {
            story = Story(title: report.story.title, inferred: report.story.inferred)
            sources = report.sources.map(Source.init)
            people = report.people.map(Person.init)
            quotes = report.quotes.map(Quote.init)
            clusters = report.clusters
            claims = report.claims.map(Claim.init)
        }
    }

    struct Story: Encodable {
        var title: String
        var inferred: Bool
    }

    struct Source: Encodable {
        var id, file, title: String
        var outlet, date, url, author: String?
        var inferred: [String]
        var reliability: Reliability
        var quoteFidelity: Double?
        var trust: Double?
        var paragraphs: Int
        var removed: [Removal]

        init(_ source: Report.Source) {
            let metadata = source.metadata
            id = source.id
            file = source.document.article.file
            title = metadata.title?.value ?? source.document.article.file
            outlet = metadata.outlet?.value
            date = metadata.date?.value
            url = metadata.url?.value
            author = metadata.author?.value
            let fields: [(String, Metadata.Field?)] = [
                ("title", metadata.title), ("outlet", metadata.outlet), ("date", metadata.date),
                ("url", metadata.url), ("author", metadata.author),
            ]
            inferred = fields.filter { $0.1?.inferred == true }.map(\.0)
            reliability = Reliability(source.reliability)
            quoteFidelity = source.quoteFidelity.map(rounded)
            trust = source.trust.map(rounded)
            paragraphs = source.document.paragraphs.count
            removed = source.document.removed
        }
    }

    struct Reliability: Encodable {
        var score: Double
        var grade, summary: String
        var signals: [Signal]

        init(_ reliability: CrosscheckModel.Reliability) {
            score = (reliability.score * 10).rounded() / 10
            grade = reliability.grade
            summary = reliability.summary
            signals = reliability.signals.map(Signal.init)
        }
    }

    struct Signal: Encodable {
        var id, label: String
        var points: Double
        var evidence: [String]
        var paragraphs: [Int?]

        init(_ signal: CrosscheckModel.Reliability.Signal) {
            id = signal.id
            label = signal.label
            points = rounded(signal.points)
            evidence = signal.evidence.map(\.text)
            paragraphs = signal.evidence.map(\.paragraph)
        }
    }

    struct Person: Encodable {
        var id, name: String
        var aliases: [String]
        var roles: [String]
        var rolesBySource: [CrosscheckModel.Person.Role]
        var sources: [String]

        init(_ person: CrosscheckModel.Person) {
            id = person.id
            name = person.name
            aliases = person.aliases
            var seen = Set<String>()
            roles = person.roles.map(\.title).filter { seen.insert($0).inserted }
            rolesBySource = person.roles
            sources = person.sourceIDs
        }
    }

    struct Quote: Encodable {
        var id, text, source, speakerLabel, speakerKind, placement, context: String
        var speaker: String?
        var partial, unclosed: Bool
        var cluster: String?
        var paragraph: Int

        init(_ quote: CrosscheckModel.Quote) {
            id = quote.id
            text = quote.text
            source = quote.sourceID
            speaker = quote.personID
            speakerLabel = quote.speakerLabel
            speakerKind = quote.speakerKind.rawValue
            placement = quote.placement.rawValue
            context = quote.context
            partial = quote.partial
            unclosed = quote.unclosed
            cluster = quote.cluster
            paragraph = quote.paragraph
        }

        enum CodingKeys: String, CodingKey {
            case id, text, source, speakerLabel, speakerKind, placement, context, speaker, partial, unclosed, cluster,
                paragraph
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(text, forKey: .text)
            try c.encode(source, forKey: .source)
            try c.encode(speaker, forKey: .speaker)  // null, not absent, where no person spoke
            try c.encode(speakerLabel, forKey: .speakerLabel)
            try c.encode(speakerKind, forKey: .speakerKind)
            try c.encode(placement, forKey: .placement)
            try c.encode(context, forKey: .context)
            try c.encode(partial, forKey: .partial)
            try c.encode(unclosed, forKey: .unclosed)
            try c.encodeIfPresent(cluster, forKey: .cluster)
            try c.encode(paragraph, forKey: .paragraph)
        }
    }

    struct Claim: Encodable {
        var id, statement, status, kind: String
        var assertions: [Assertion]
        var values: [Value]
        var people: [String]

        init(_ claim: CrosscheckModel.Claim) {
            id = claim.id
            statement = claim.statement
            status = claim.status.rawValue
            kind = claim.kind
            assertions = claim.assertions.map(Assertion.init)
            values = claim.values.map(Value.init)
            people = claim.personIDs
        }
    }

    struct Assertion: Encodable {
        var source, text: String
        var value: String?
        var paragraph: Int
        var fromQuote: Bool

        init(_ a: CrosscheckModel.Claim.Assertion) {
            source = a.sourceID
            text = a.text
            value = a.value
            paragraph = a.paragraph
            fromQuote = a.fromQuote
        }
    }

    struct Value: Encodable {
        var value: String
        var sources: [String]
        var confidence: Double
        var approximate: Bool

        init(_ v: CrosscheckModel.Claim.Value) {
            value = v.value
            sources = v.sourceIDs
            confidence = rounded(v.confidence)
            approximate = v.approximate
        }
    }
}

/// Three decimals: enough for a reader, and free of float noise that differs between builds.
private func rounded(_ x: Double) -> Double {
    (x * 1000).rounded() / 1000
}
