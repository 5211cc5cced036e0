import CrosscheckModel
import CrosscheckText

/// One sentence of a source, tokenized once for every detector.
struct Sentence: Sendable {
    var doc: Int
    /// `Paragraph.index` of the paragraph that holds it.
    var paragraph: Int
    var kind: Paragraph.Kind
    var text: String
    var tokens: [Token]
    /// Word ids of the word tokens, in order.
    var words: [Int]
    /// Word number → its position in `tokens`.
    var tokenIndex: [Int]

    /// Word `i` follows word `i - 1` with no punctuation between them.
    func joined(_ i: Int) -> Bool { i > 0 && tokenIndex[i] == tokenIndex[i - 1] + 1 }

    func token(ofWord i: Int) -> Token { tokens[tokenIndex[i]] }
}

/// A source's sentences and the words it uses. The word and pair lists are sorted, each once: built
/// and searched with no hashing.
struct SourceText: Sendable {
    var document: Document
    var sentences: [Sentence]
    var words: [Int]
    /// Words it writes in lowercase somewhere.
    var lowercase: [Int]
    /// Words it capitalises in the middle of a sentence (names, titles).
    var capitalizedInside: [Int]
    var bigrams: [UInt64]
}

/// Word and word-pair counts over the corpus, so that a source can be compared with its siblings
/// without comparing pairs of documents.
struct Corpus: Sendable {
    var sources: [SourceText]
    private var numbers = WordNumbers()
    /// Word id → the word.
    var spellings: [String] { numbers.words }
    /// Word id → number of sources that use it.
    var documentFrequency: [Int] = []
    /// Word id → number of sources that write it in lowercase.
    var lowercaseFrequency: [Int] = []
    /// Word id → number of sources that capitalise it inside a sentence.
    var capitalizedFrequency: [Int] = []
    var bigramFrequency = UInt64Map<Int>()
    /// Word id → whether it is a topic word rather than a function word (looked up often, so kept).
    var isContent: [Bool] = []

    init(documents: [Document]) {
        // Splitting and tokenizing run on all cores, each document alone; then every sentence's words
        // are numbered corpus-wide in order of first use (WordNumbers.numbering, in chunks on all cores).
        typealias Split = (paragraph: Paragraph, text: String, tokens: [Token], words: [String])
        let split: [[Split]] = Parallel.map(documents.count) { d in
            documents[d].paragraphs.flatMap { paragraph in
                Sentences.split(paragraph.text).map { text in
                    let tokens = Tokenizer.tokens(text)
                    return (paragraph, text, tokens, tokens.filter(\.isWord).map(\.lower))
                }
            }
        }
        let (numbers, numbered) = WordNumbers.numbering(split.flatMap { $0.map(\.words) })
        self.numbers = numbers
        var firstSentence = [0]
        for sentences in split { firstSentence.append(firstSentence.last! + sentences.count) }
        sources = Parallel.map(documents.count) { d in
            var sentences: [Sentence] = []
            var words: [Int] = [], lowercase: [Int] = [], inside: [Int] = [], bigrams: [UInt64] = []
            for (s, (paragraph, text, tokens, _)) in split[d].enumerated() {
                let ids = numbered[firstSentence[d] + s]
                var positions: [Int] = []
                positions.reserveCapacity(ids.count)
                var n = 0
                for (k, token) in tokens.enumerated() where token.isWord {
                    let id = ids[n]
                    n += 1
                    positions.append(k)
                    guard paragraph.kind != .teaser else { continue }
                    words.append(id)
                    if token.isLowercase { lowercase.append(id) }
                    if token.isCapitalized, paragraph.kind == .body, k > 0, tokens[k - 1].isWord { inside.append(id) }
                }
                if paragraph.kind != .teaser {
                    for i in ids.indices.dropFirst() { bigrams.append(Corpus.pair(ids[i - 1], ids[i])) }
                }
                sentences.append(
                    Sentence(
                        doc: d, paragraph: paragraph.index, kind: paragraph.kind, text: text, tokens: tokens, words: ids,
                        tokenIndex: positions))
            }
            return SourceText(
                document: documents[d], sentences: sentences, words: words.sortedDistinct(),
                lowercase: lowercase.sortedDistinct(), capitalizedInside: inside.sortedDistinct(),
                bigrams: bigrams.sortedDistinct())
        }
        documentFrequency = Array(repeating: 0, count: spellings.count)
        lowercaseFrequency = Array(repeating: 0, count: spellings.count)
        capitalizedFrequency = Array(repeating: 0, count: spellings.count)
        let words = self.spellings
        isContent = Parallel.map(words.count) { Lexicon.isContent(words[$0]) }
        for source in sources {
            for w in source.words { documentFrequency[w] += 1 }
            for w in source.lowercase { lowercaseFrequency[w] += 1 }
            for w in source.capitalizedInside { capitalizedFrequency[w] += 1 }
            for b in source.bigrams { bigramFrequency[b, default: 0] += 1 }
        }
    }

    static func pair(_ a: Int, _ b: Int) -> UInt64 { UInt64(UInt32(truncatingIfNeeded: a)) << 32 | UInt64(UInt32(truncatingIfNeeded: b)) }

    var count: Int { sources.count }

    func id(_ word: String) -> Int? { numbers.number(of: word) }

    /// How many sources other than `doc` use the word.
    func siblingsUsing(_ word: Int, besides doc: Int) -> Int {
        documentFrequency[word] - (sources[doc].words.sortedContains(word) ? 1 : 0)
    }

    func siblingsWritingLowercase(_ word: Int, besides doc: Int) -> Int {
        lowercaseFrequency[word] - (sources[doc].lowercase.sortedContains(word) ? 1 : 0)
    }

    func siblingsCapitalizing(_ word: Int, besides doc: Int) -> Int {
        capitalizedFrequency[word] - (sources[doc].capitalizedInside.sortedContains(word) ? 1 : 0)
    }

    func siblingsUsing(bigram: UInt64, besides doc: Int) -> Int {
        (bigramFrequency[bigram] ?? 0) - (sources[doc].bigrams.sortedContains(bigram) ? 1 : 0)
    }
}
