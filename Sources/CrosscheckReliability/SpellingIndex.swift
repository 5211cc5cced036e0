/// Finds, for a word, a word one edit away that other sources use, with a single-deletion index
/// (each word is filed under itself and every form with one letter dropped), so nothing compares all words.
struct SpellingIndex: Sendable {
    private var byDeletion: [String: [Int]] = [:]
    /// Letter pairs → how many distinct words of the corpus contain them.
    private var letterPairs: [String: Int] = [:]
    private let corpus: Corpus

    init(corpus: Corpus) {
        self.corpus = corpus
        for (id, word) in corpus.spellings.enumerated() where word.count >= 4 {
            for key in Self.deletions(word) { byDeletion[key, default: []].append(id) }
        }
        for word in corpus.spellings {
            for t in Set(Self.letterPairs(word)) { letterPairs[t, default: 0] += 1 }
        }
    }

    static func letterPairs(_ word: String) -> [String] {
        let chars = Array(word)
        guard chars.count >= 2 else { return [] }
        return (1..<chars.count).map { String(chars[($0 - 1)...$0]) }
    }

    /// A slip of the key leaves two letters side by side that no other word of the corpus has (`jn` in
    /// `operatiojn`); a real word one letter from another (`change`, `charge`) does not.
    func hasUnusualLetters(_ word: String) -> Bool {
        Self.letterPairs(word).contains { (letterPairs[$0] ?? 0) <= 1 }
    }

    static func deletions(_ word: String) -> [String] {
        let chars = Array(word)
        var out = [word]
        for i in chars.indices {
            var copy = chars
            copy.remove(at: i)
            out.append(String(copy))
        }
        return out
    }

    /// A word other sources write that `word` looks like a slip of, if there is exactly one sort of slip.
    func correction(for word: String, besides doc: Int) -> String? {
        guard word.allSatisfy(\.isLetter), hasUnusualLetters(word) else { return nil }
        var best: (String, Int)?
        for key in Self.deletions(word) {
            for id in byDeletion[key] ?? [] {
                let candidate = corpus.spellings[id]
                // A short word one letter from a name that others only ever capitalise is more likely a word
                // of its own ("parts" beside "Paris") than a slip; a long one rarely is ("operatiojn"), when
                // another outlet's body text names it ("Operation Inherent Resolve") or more than one outlet
                // writes it: one outlet's "Editing by" line makes no "exiting" a slip.
                guard candidate != word, candidate.allSatisfy(\.isLetter), corpus.siblingsUsing(id, besides: doc) > 0,
                      corpus.siblingsWritingLowercase(id, besides: doc) > 0
                        || word.hasCount(atLeast: 7)
                        && (corpus.siblingsCapitalizing(id, besides: doc) > 0 || corpus.siblingsUsing(id, besides: doc) >= 2),
                      Self.isSlip(word, candidate)
                else { continue }
                let uses = corpus.documentFrequency[id]
                if best == nil || uses > best!.1 || (uses == best!.1 && candidate < best!.0) { best = (candidate, uses) }
            }
        }
        return best?.0
    }

    /// One edit apart, and not an ending (`troop`/`troops`), a doubled letter (`traveled`/`travelled`)
    /// or a British/American spelling (`defence`, `organise`, `colour`).
    static func isSlip(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard abs(x.count - y.count) <= 1 else { return false }
        if x.count == y.count {
            guard let p = x.indices.first(where: { x[$0] != y[$0] }) else { return false }
            guard x[(p + 1)...] == y[(p + 1)...], p > 0, p < x.count - 1 else { return false }
            let pair: Set<Character> = [x[p], y[p]]
            return pair != ["s", "z"] && pair != ["c", "s"]
        }
        let (long, short) = x.count > y.count ? (x, y) : (y, x)
        let p = short.indices.first(where: { long[$0] != short[$0] }) ?? short.count
        guard long[(p + 1)...] == short[p...] else { return false }
        // Edits at either end are endings or prefixes, not slips.
        guard p > 0, p < long.count - 1 else { return false }
        let c = long[p]
        if long[p - 1] == c || long[p + 1] == c { return false }
        if c == "u", long[p - 1] == "o", long[p + 1] == "r" { return false }
        // A silent e comes and goes between spellings ("judgement", "ageing").
        return c != "e"
    }
}
