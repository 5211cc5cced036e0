import CrosscheckModel
import CrosscheckText

/// What the claims analysis finds across the corpus.
public struct ClaimAnalysis: Sendable, Hashable {
    public var claims: [Claim]
    /// Source id → trust from truth discovery (0...1).
    public var trust: [String: Double]

    public init(claims: [Claim] = [], trust: [String: Double] = [:]) {
        self.claims = claims
        self.trust = trust
    }
}

/// Extracts checkable claims, groups them across sources and weighs them.
public struct ClaimAnalyzer: Sendable {
    public init() {}

    /// `people` lets name variants count as one; `quotes` lets quoted sentences be kept apart.
    public func analyze(_ documents: [Document], quotes: [Quote], people: [Person]) -> ClaimAnalysis {
        let spans = quotes.filter { $0.end > $0.start }.reduce(into: [String: [Int: [Range<Int>]]]()) {
            $0[$1.sourceID, default: [:]][$1.paragraph, default: []].append($1.start..<$1.end)
        }
        let directory = PeopleDirectory(people)
        // One pass: each document is read, its facts taken, and its tokens let go.
        let storyYear = Self.storyYear(documents)
        let results = documents.concurrentMap { document in
            var prepared = PreparedDocument(document, quoteSpans: spans[document.id] ?? [:])
            // An undated article tells of the corpus's story: "since 2015, when eight people died" is background there too.
            if prepared.year == nil { prepared.year = storyYear }
            return DocumentExtractor.extract(prepared, directory: directory)
        }
        var labels = NameLabels(directory: directory)
        for result in results { labels.merge(result.names) }
        let copies = CopyDetector().groups(signatures: zip(documents, results).map { ($0.id, $1.signature) })
        let facts = results.flatMap(\.facts)
        Background.release(consume results)
        return ClaimBuilder(labels: labels, copyGroups: copies).build(consume facts)
    }

    /// The year most dated articles bear (the later one of a tie), if any is dated.
    static func storyYear(_ documents: [Document]) -> Int? {
        var counts: [Int: Int] = [:]
        for document in documents {
            if let year = document.article.metadata.date.flatMap({ PreparedDocument.year(in: $0.value) }) { counts[year, default: 0] += 1 }
        }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }
}
