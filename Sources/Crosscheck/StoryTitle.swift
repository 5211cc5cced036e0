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
        let wanted = candidates.reduce(into: Set<String>()) { $0.formUnion(titleWords($1)) }
        var frequency: [String: Int] = [:]
        // Each document's words are found on every core; only the counting is done in one place.
        let wordSets = documents.concurrentMap { document in
            var found = Set<String>()
            for paragraph in document.paragraphs {
                // Title words are longer than three letters; shorter ones are not even made into strings.
                for word in Folding.words(paragraph.text, longerThan: 3) where wanted.contains(word) { found.insert(word) }
            }
            return found
        }
        for words in wordSets {
            for word in words { frequency[word, default: 0] += 1 }
        }
        func score(_ title: String) -> Double {
            let words = titleWords(title)
            guard !words.isEmpty else { return 0 }
            let shared = words.map { Double(frequency[$0] ?? 0) }.reduce(0, +)
            return shared / Double(words.count * max(documents.count, 1))
        }
        let scores = candidates.map(score)
        return candidates[scores.indices.max { a, b in scores[a] != scores[b] ? scores[a] < scores[b] : a > b }!]
    }
}
