import CrosscheckModel

/// Teasers for other stories, and paragraphs whose words the rest of the story never uses.
extension Integrity {
    static func mixedIn(_ doc: Int, in corpus: Corpus) -> Finding? {
        let source = corpus.sources[doc]
        var evidence: [Reliability.Evidence] = []
        for paragraph in source.document.paragraphs where paragraph.kind == .teaser {
            evidence.append(Reliability.Evidence(paragraph: paragraph.index, text: paragraph.text, note: "teaser for another story"))
        }
        guard corpus.count >= 4 else { return finding(evidence) }
        // Each paragraph's topic words, distinct, as a sorted list: gathered without hashing every word.
        var gathered: [Int: [Int]] = [:]
        for s in source.sentences.indices {
            gathered[source.sentences[s].paragraph, default: []] += source.sentences[s].words.filter { corpus.isContent[$0] }
        }
        let ownWords = gathered.mapValues { $0.sortedDistinct() }
        // Names are gathered only once a paragraph fails the corpus test, which few do.
        var gatheredNames: [Int: Set<Int>]?
        // Few paragraphs fail the corpus test; the article's own words are counted only when one does.
        var rootCounts: [String: Int]?
        for paragraph in source.document.paragraphs where paragraph.kind == .body {
            let ids = ownWords[paragraph.index] ?? []
            guard let share = offTopicShare(ids, doc: doc, in: corpus) else { continue }
            // Someone quoted, or named elsewhere in the article, belongs to its reporting however personal the words:
            // features give a paragraph to what one witness felt. A teaser for another story quotes no one.
            let ownNames = gatheredNames ?? source.sentences.reduce(into: [Int: Set<Int>]()) {
                $0[$1.paragraph, default: []].formUnion(names($1, corpus))
            }
            gatheredNames = ownNames
            let named = ownNames[paragraph.index] ?? []
            if !named.isEmpty, ownNames.contains(where: { $0.key != paragraph.index && !$0.value.isDisjoint(with: named) }) { continue }
            if isAttributedQuote(paragraph.text) { continue }
            if rootCounts == nil {
                var counts: [String: Int] = [:]
                for words in ownWords.values { for root in roots(words, corpus) { counts[root, default: 0] += 1 } }
                rootCounts = counts
            }
            if isForeign(roots(ids, corpus), rootCounts: rootCounts ?? [:]) {
                let percent = Int((share * 100).rounded())
                evidence.append(
                    Reliability.Evidence(
                        paragraph: paragraph.index, text: paragraph.text,
                        note: "only \(percent)% of its words appear in the other articles"))
            }
        }
        return finding(evidence)
    }

    private static func finding(_ evidence: [Reliability.Evidence]) -> Finding? {
        guard !evidence.isEmpty else { return nil }
        return Finding(
            id: "mixed-in-stories", label: "Paragraphs from other stories mixed in (\(evidence.count))",
            points: cappedPoints(Double(evidence.count), each: Weights.mixedInEach, cap: Weights.mixedInCap),
            evidence: evidence, phrase: "unrelated stories mixed in")
    }

    /// A paragraph that quotes someone and says who: quotation marks and a verb of saying.
    static func isAttributedQuote(_ text: String) -> Bool {
        let marks: [Character] = ["\"", "\u{201C}", "\u{201D}", "\u{2018}"]
        guard text.contains(where: marks.contains) || text.hasPrefix("'") || text.contains(" '") else { return false }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains { speechVerbs.contains(String($0)) }
    }

    static let speechVerbs: Set<String> = ["said", "says", "told", "added", "asked", "recalled", "explained", "insisted", "warned"]

    /// Names in a sentence: capitalised words after its first that no source writes in lowercase.
    static func names(_ sentence: Sentence, _ corpus: Corpus) -> Set<Int> {
        var out = Set<Int>()
        for i in sentence.words.indices.dropFirst() where sentence.token(ofWord: i).isCapitalized {
            let id = sentence.words[i]
            if corpus.lowercaseFrequency[id] == 0, corpus.isContent[id] { out.insert(id) }
        }
        return out
    }

    /// Word beginnings, so that "cost" meets "costs" and "build" meets "building".
    static func roots(_ words: [Int], _ corpus: Corpus) -> Set<String> { Set(words.map { String(corpus.spellings[$0].prefix(4)) }) }

    /// A paragraph of another story also shares little with the article around it; a quote on a side
    /// topic of this story shares its names and themes.
    static func isForeign(_ own: Set<String>, rootCounts: [String: Int]) -> Bool {
        guard !own.isEmpty else { return false }
        // A root counted once is this paragraph's alone.
        let shared = own.filter { (rootCounts[$0] ?? 0) > 1 }
        return Double(shared.count) / Double(own.count) < 0.25
    }

    /// Share of the paragraph's topic words that at least two other sources use, when it is very low:
    /// articles on one story cover different angles, so only a paragraph nearly foreign to all of them counts.
    /// `words`: distinct word ids.
    static func offTopicShare(_ words: [Int], doc: Int, in corpus: Corpus) -> Double? {
        // Needs enough siblings for "the rest of the story" to mean something.
        guard corpus.count >= 4 else { return nil }
        // Two or three outlets sharing a word make it the story's; in a large corpus a few more.
        let needed = max(2, min(5, (corpus.count - 1) / 5))
        guard words.count >= 12 else { return nil }
        let shared = words.count { corpus.siblingsUsing($0, besides: doc) >= needed }
        let share = Double(shared) / Double(words.count)
        return share < 0.1 ? share : nil
    }
}
