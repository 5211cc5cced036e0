import CrosscheckModel

/// Teasers for other stories, and paragraphs whose words the rest of the story never uses.
extension Integrity {
    static func mixedIn(_ doc: Int, in corpus: Corpus) -> Finding? {
        let source = corpus.sources[doc]
        var evidence: [Reliability.Evidence] = []
        for paragraph in source.document.paragraphs where paragraph.kind == .teaser {
            evidence.append(Reliability.Evidence(paragraph: paragraph.index, text: paragraph.text, note: "teaser for another story"))
        }
        let ownWords = Dictionary(
            source.document.paragraphs.map { ($0.index, contentWords($0.text)) }, uniquingKeysWith: { a, _ in a })
        for paragraph in source.document.paragraphs where paragraph.kind == .body {
            if let share = offTopicShare(paragraph, doc: doc, in: corpus), isForeign(paragraph, to: ownWords) {
                let percent = Int((share * 100).rounded())
                evidence.append(
                    Reliability.Evidence(
                        paragraph: paragraph.index, text: paragraph.text,
                        note: "only \(percent)% of its words appear in the other articles"))
            }
        }
        guard !evidence.isEmpty else { return nil }
        return Finding(
            id: "mixed-in-stories", label: "Paragraphs from other stories mixed in (\(evidence.count))",
            points: cappedPoints(Double(evidence.count), each: Weights.mixedInEach, cap: Weights.mixedInCap),
            evidence: evidence, phrase: "unrelated stories mixed in")
    }

    static func contentWords(_ text: String) -> Set<String> {
        Set(Tokenizer.tokens(text).filter(\.isWord).map(\.lower).filter(Lexicon.isContent))
    }

    /// Word beginnings, so that "cost" meets "costs" and "build" meets "building".
    static func roots(_ words: Set<String>) -> Set<String> { Set(words.map { String($0.prefix(4)) }) }

    /// A paragraph of another story also shares little with the article around it; a quote on a side
    /// topic of this story shares its names and themes.
    static func isForeign(_ paragraph: Paragraph, to ownWords: [Int: Set<String>]) -> Bool {
        let words = roots(ownWords[paragraph.index] ?? [])
        guard !words.isEmpty else { return false }
        var rest = Set<String>()
        for (index, set) in ownWords where index != paragraph.index { rest.formUnion(roots(set)) }
        return Double(words.intersection(rest).count) / Double(words.count) < 0.25
    }

    /// Share of the paragraph's topic words that at least two other sources use, when it is very low:
    /// articles on one story cover different angles, so only a paragraph nearly foreign to all of them counts.
    static func offTopicShare(_ paragraph: Paragraph, doc: Int, in corpus: Corpus) -> Double? {
        // Needs enough siblings for "the rest of the story" to mean something.
        guard corpus.count >= 4 else { return nil }
        let needed = max(2, (corpus.count - 1) / 3)
        let words = contentWords(paragraph.text)
        guard words.count >= 12 else { return nil }
        let shared = words.filter { w in corpus.id(w).map { corpus.siblingsUsing($0, besides: doc) >= needed } ?? false }
        let share = Double(shared.count) / Double(words.count)
        return share < 0.1 ? share : nil
    }
}
