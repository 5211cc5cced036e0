import CrosscheckModel
import CrosscheckText

/// The story's title when the corpus settings give none: the headline whose words the whole
/// corpus shares most, so that it names the story rather than one outlet's angle on it.
enum StoryTitle {
    static func infer(from documents: [Document]) -> String {
        let headlines = documents.compactMap { document -> String? in
            guard let title = document.article.metadata.title else { return nil }
            let isHeadline = !title.inferred || document.paragraphs.contains { $0.kind == .headline && $0.text == title.value }
            return isHeadline ? title.value : nil
        }
        let candidates = headlines.isEmpty ? documents.compactMap { $0.article.metadata.title?.value } : headlines
        guard !candidates.isEmpty else { return "Untitled story" }
        func titleWords(_ title: String) -> Set<String> { Set(Folding.words(title).filter { $0.count > 3 }) }
        // Only the words of the candidate titles are counted: they are all the scores ask about.
        var numbers = WordNumbers()
        for title in candidates {
            for word in titleWords(title) { _ = numbers.number(word) }
        }
        let wanted = numbers
        // Each document's words are found on every core, looked up as bytes (title words are longer
        // than three letters; shorter ones are not even looked up); only the counting is done in one place.
        let found = documents.concurrentMap { document in
            var seen = [Bool](repeating: false, count: wanted.count)
            for paragraph in document.paragraphs {
                Folding.forEachWord(paragraph.text, longerThan: 3) { word in
                    if let n = wanted.number(ofUTF8: word) { seen[n] = true }
                }
            }
            return seen
        }
        var frequency = [Int](repeating: 0, count: wanted.count)
        for seen in found {
            for (n, isSeen) in seen.enumerated() where isSeen { frequency[n] += 1 }
        }
        func score(_ title: String) -> Double {
            let words = titleWords(title)
            guard !words.isEmpty else { return 0 }
            let shared = words.map { Double(frequency[wanted.number(of: $0)!]) }.reduce(0, +)
            return shared / Double(words.count * max(documents.count, 1))
        }
        let scores = candidates.map(score)
        return candidates[scores.indices.max { a, b in scores[a] != scores[b] ? scores[a] < scores[b] : a > b }!]
    }
}
