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
        try appendArray("clusters", document.clusters, to: &out) { try $1.write($0, depth: 2, top: true) }
        try appendArray("people", document.people, to: &out)
        try appendArray("quotes", document.quotes, to: &out)
        try appendArray("sources", document.sources, to: &out)
        out += Array("  \"story\" : ".utf8)
        try PrettyJSON.encode(document.story, depth: 1, into: &out)
        out += Array("\n}\n".utf8)
        return out
    }

    /// `  "key" : [ … ],` as the document's second level, its elements at the third.
    private static func appendArray<T: DirectJSON & Sendable>(_ key: String, _ items: [T], to out: inout [UInt8]) throws {
        try appendArray(key, items, to: &out) { try $0.write(to: $1, depth: 2) }
    }

    private static func appendArray<T: Sendable>(
        _ key: String, _ items: [T], to out: inout [UInt8], write: @escaping @Sendable (T, JSONSink) throws -> Void
    ) throws {
        out += Array("  \"\(key)\" : [\n".utf8)
        let groupSize = 128
        let groups = stride(from: 0, to: items.count, by: groupSize).map { $0..<min($0 + groupSize, items.count) }
        // A batch of groups at a time, so that only one batch of encoded text waits in memory.
        for start in stride(from: 0, to: groups.count, by: 32) {
            let batch = Array(groups[start..<min(start + 32, groups.count)])
            let parts = batch.concurrentMap { range in
                Result { () throws -> [UInt8] in
                    let sink = JSONSink(pretty: true)
                    for i in range {
                        if i > range.lowerBound { sink.out += Array(",\n".utf8) }
                        sink.out += [0x20, 0x20, 0x20, 0x20]
                        try write(items[i], sink)
                    }
                    return sink.out
                }
            }
            for (g, part) in parts.enumerated() {
                if start + g > 0 { out += Array(",\n".utf8) }
                out += try part.get()
            }
        }
        out += Array("\n  ],\n".utf8)
    }

    // Each type declares its fields in the order of their keys, the order they are written in: the
    // encoder then writes every member where it belongs instead of moving it there afterwards.
    struct Document: Encodable {
        var claims: [Claim]
        var clusters: [QuoteCluster]
        var people: [Person]
        var quotes: [Quote]
        var sources: [Source]
        var story: Story

        init(_ report: Report) {
            story = Story(inferred: report.story.inferred, title: report.story.title)
            sources = report.sources.map(Source.init)
            people = report.people.map(Person.init)
            quotes = report.quotes.map(Quote.init)
            clusters = report.clusters
            claims = report.claims.map(Claim.init)
        }
    }

    struct Story: Encodable {
        var inferred: Bool
        var title: String
    }

    struct Source: Encodable {
        var author, date: String?
        var file, id: String
        var inferred: [String]
        var outlet: String?
        var paragraphs: Int
        var quoteFidelity: Double?
        var reliability: Reliability
        var removed: [Removal]
        var title: String
        var trust: Double?
        var url: String?

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
        var grade: String
        var score: Double
        var signals: [Signal]
        var summary: String

        init(_ reliability: CrosscheckModel.Reliability) {
            score = (reliability.score * 10).rounded() / 10
            grade = reliability.grade
            summary = reliability.summary
            signals = reliability.signals.map(Signal.init)
        }
    }

    struct Signal: Encodable {
        var evidence: [String]
        var id, label: String
        var paragraphs: [Int?]
        var points: Double

        init(_ signal: CrosscheckModel.Reliability.Signal) {
            id = signal.id
            label = signal.label
            points = rounded(signal.points)
            evidence = signal.evidence.map(\.text)
            paragraphs = signal.evidence.map(\.paragraph)
        }
    }

    struct Person: Encodable {
        var aliases: [String]
        var id, name: String
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
        var cluster: String?
        var context, id: String
        var paragraph: Int
        var partial: Bool
        var placement, source: String
        var speaker: String?
        var speakerKind, speakerLabel, text: String
        var unclosed: Bool

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
            case cluster, context, id, paragraph, partial, placement, source, speaker, speakerKind, speakerLabel, text,
                unclosed
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cluster, forKey: .cluster)
            try c.encode(context, forKey: .context)
            try c.encode(id, forKey: .id)
            try c.encode(paragraph, forKey: .paragraph)
            try c.encode(partial, forKey: .partial)
            try c.encode(placement, forKey: .placement)
            try c.encode(source, forKey: .source)
            try c.encode(speaker, forKey: .speaker)  // null, not absent, where no person spoke
            try c.encode(speakerKind, forKey: .speakerKind)
            try c.encode(speakerLabel, forKey: .speakerLabel)
            try c.encode(text, forKey: .text)
            try c.encode(unclosed, forKey: .unclosed)
        }
    }

    struct Claim: Encodable {
        var assertions: [Assertion]
        var id, kind: String
        var people: [String]
        var statement, status: String
        var values: [Value]

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
        var fromQuote: Bool
        var paragraph: Int
        var source, text: String
        var value: String?

        init(_ a: CrosscheckModel.Claim.Assertion) {
            source = a.sourceID
            text = a.text
            value = a.value
            paragraph = a.paragraph
            fromQuote = a.fromQuote
        }
    }

    struct Value: Encodable {
        var approximate: Bool
        var confidence: Double
        var sources: [String]
        var value: String

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
