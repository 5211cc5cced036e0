import CrosscheckModel
import CrosscheckText

/// Where a source, in a sentence it shares with other outlets, writes other words than they do.
struct Substitution: Sendable {
    var sentence: Sentence
    var mine: String
    var theirs: String
    /// How many other sources write `theirs` in that spot (1 = only the aligned one).
    var support: Int
    /// Both sides are function words: "of" for "to", "in" for "on".
    var functionWords: Bool
    /// The new wording forms a word pair no other source uses.
    var odd: Bool

    /// Half weight when only one other source has the original: the odd one may be that source.
    var weight: Double { support >= 2 ? 1 : 0.5 }
}

extension Substitution {
    /// Swaps in the source's sentences against the closest sentence of another source.
    static func find(_ doc: Int, in context: ScoringContext) -> [Substitution] {
        let corpus = context.corpus
        var out: [Substitution] = []
        for sentence in corpus.sources[doc].sentences where sentence.kind != .teaser {
            // Only a sentence that retells a sibling's sentence can have swapped its words: an independent
            // report of the same event uses other words throughout, and that is not a rewrite.
            let matches = context.alignment.matches(for: sentence, minimumSimilarity: Self.minimumAlignment)
            guard let first = matches.first else { continue }
            let slot = slotSwaps(sentence, doc: doc, in: context, aligned: matches)
            out += slot
            let best = (doc: first.doc, sentence: corpus.sources[first.doc].sentences[first.sentence])
            let a = sentence.words, b = best.sentence.words
            for r in WordDiff.replacements(a, b) where r.mine.count <= 3 && r.theirs.count <= 3 {
                let mine = r.mine.map { corpus.spellings[a[$0]] }, theirs = r.theirs.map { corpus.spellings[b[$0]] }
                guard !(mine + theirs).contains(where: { $0.first?.isNumber ?? true }), !isInflection(mine, theirs), !isHouseStyle(mine, theirs),
                      !swappedPairs(mine, theirs).isEmpty,
                      sameKind(mine, theirs), !bracketed(sentence, r.mine), !bracketed(best.sentence, r.theirs),
                      !isName(mine, doc: doc, corpus) || !isName(theirs, doc: best.doc, corpus)
                else { continue }
                let left = a[r.mine.lowerBound - 1], right = a[r.mine.upperBound]
                let newPairs = [Corpus.pair(left, a[r.mine.lowerBound]), Corpus.pair(a[r.mine.upperBound - 1], right)]
                let oldPairs = [Corpus.pair(left, b[r.theirs.lowerBound]), Corpus.pair(b[r.theirs.upperBound - 1], right)]
                let odd = newPairs.contains { corpus.siblingsUsing(bigram: $0, besides: doc) == 0 }
                let support = oldPairs.map { corpus.siblingsUsing(bigram: $0, besides: doc) }.min() ?? 0
                let function = (mine + theirs).allSatisfy(Lexicon.functionWords.contains)
                // The slot search may have found the same swap already.
                guard !slot.contains(where: { mine.contains($0.mine) }) else { continue }
                out.append(
                    Substitution(
                        sentence: sentence, mine: mine.joined(separator: " "), theirs: theirs.joined(separator: " "),
                        support: max(1, support), functionWords: function, odd: odd))
            }
        }
        return out
    }

    /// The share of a sentence's words a sibling's sentence must give in the same order before a
    /// different word in it counts as swapped.
    static let minimumAlignment = 0.6

    /// Single words in a slot that at least two other sources fill with one same word (`forces ___ the`),
    /// where the source's word forms pairs nobody else writes on either side.

    static func slotSwaps(_ sentence: Sentence, doc: Int, in context: ScoringContext, aligned: [SentenceAligner.Match]) -> [Substitution] {
        let corpus = context.corpus
        let w = sentence.words
        guard w.count >= 3 else { return [] }
        var out: [Substitution] = []
        for i in 1..<(w.count - 1)
        where sentence.token(ofWord: i).isLowercase && sentence.token(ofWord: i).isAlphabetic && sentence.joined(i) && sentence.joined(i + 1) {
            let left = w[i - 1], x = w[i], right = w[i + 1]
            guard corpus.siblingsUsing(bigram: Corpus.pair(left, x), besides: doc) == 0,
                  corpus.siblingsUsing(bigram: Corpus.pair(x, right), besides: doc) == 0,
                  let usual = context.slots.usual(left: left, right: right, other: x), usual.sources >= 2,
                  // The sibling this sentence retells must itself write the usual word in that slot.
                  aligned.contains(where: { $0.words.contains(trigram: left, usual.word, right) })
            else { continue }
            let mine = corpus.spellings[x], theirs = corpus.spellings[usual.word]
            guard !(theirs.first?.isNumber ?? true), !isInflection([mine], [theirs]), !isHouseStyle([mine], [theirs]),
                  sameKind([mine], [theirs])
            else { continue }
            out.append(
                Substitution(
                    sentence: sentence, mine: mine, theirs: theirs, support: usual.sources,
                    functionWords: Lexicon.functionWords.contains(mine) && Lexicon.functionWords.contains(theirs), odd: true))
        }
        return out
    }

    /// A swap trades like for like: a function word for a function word, a content word for a content word.
    /// "fear" where others have "after" is a different sentence, not a synonym.
    static func sameKind(_ a: [String], _ b: [String]) -> Bool {
        let x = a.allSatisfy(Lexicon.functionWords.contains), y = b.allSatisfy(Lexicon.functionWords.contains)
        return x == y
    }

    /// An editor's insertion in square brackets is a marked change, not a hidden one.
    static func bracketed(_ sentence: Sentence, _ words: Range<Int>) -> Bool {
        let first = sentence.tokenIndex[words.lowerBound]
        return first > 0 && sentence.tokens[first - 1].text == "["
    }

    /// `said`/`says`, `reposition`/`repositioning`: the same word in another form, not a swap.
    static func isInflection(_ a: [String], _ b: [String]) -> Bool {
        let a = a.count > 1 ? a.filter { !Lexicon.functionWords.contains($0) } : a
        let b = b.count > 1 ? b.filter { !Lexicon.functionWords.contains($0) } : b
        guard a.count == 1, b.count == 1, let x = a.first, let y = b.first else { return false }
        // Spelling variants ("defence", "defense"; "organise", "organize") are not swaps either.
        let (xCount, yCount) = (x.count, y.count)
        let shortest = min(xCount, yCount), allowed = shortest >= 6 ? 2 : 1
        // Words whose lengths differ by more than the edits allowed cannot be that close.
        if shortest >= 4, abs(xCount - yCount) <= allowed, Similarity.editDistance(Array(x), Array(y)) <= allowed { return true }
        let (p, q) = (stem(x), stem(y))
        return p == q || (min(p.count, q.count) >= 3 && (p.hasPrefix(q) || q.hasPrefix(p)) && abs(p.count - q.count) <= 2)
    }

    private static let endings = ["ing", "ed", "es", "s", "ly", "er", "d"]

    static func stem(_ word: String) -> String {
        for ending in endings where word.hasSuffix(ending) && word.count - ending.count >= 3 {
            return String(word.dropLast(ending.count))
        }
        return word
    }

    /// Words that are only ever capitalised in the corpus: names, which the name detector handles.
    static func isName(_ words: [String], doc: Int, _ corpus: Corpus) -> Bool {
        words.allSatisfy { w in corpus.id(w).map { corpus.lowercaseFrequency[$0] == 0 } ?? false }
    }
}

extension Array where Element == Int {
    func contains(trigram a: Int, _ b: Int, _ c: Int) -> Bool {
        guard count >= 3 else { return false }
        return (2..<count).contains { self[$0 - 2] == a && self[$0 - 1] == b && self[$0] == c }
    }
}
