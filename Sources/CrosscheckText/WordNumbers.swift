/// Numbers for words, given in order of first use. A corpus asks this of every word it reads: an
/// open-addressed table hashed with FNV-1a over the word's bytes costs a fraction of a Dictionary's
/// seeded hash for the short strings words are, and gives the same numbers.
public struct WordNumbers: Sendable {
    /// Number → word.
    public private(set) var words: [String] = []
    private var hashes: [UInt64] = []
    /// Number + 1 in each used slot, 0 in a free one; never more than half full.
    private var slots = [Int32](repeating: 0, count: 16)

    public init() {}

    public var count: Int { words.count }

    /// The words of many lists numbered as one pass over them all would number them. Chunks of lists
    /// are numbered on every core; only each chunk's distinct words are then numbered in order, which
    /// keeps the order of first use.
    public static func numbering(_ lists: [[String]], chunk: Int = 256) -> (numbers: WordNumbers, ids: [[Int]]) {
        let chunks = stride(from: 0, to: lists.count, by: chunk).map { $0..<min($0 + chunk, lists.count) }
        let local = chunks.concurrentMap { range -> (numbers: WordNumbers, ids: [[Int]]) in
            var numbers = WordNumbers()
            let ids = lists[range].map { $0.map { numbers.number($0) } }
            return (numbers, ids)
        }
        var global = WordNumbers()
        let maps = local.map { $0.numbers.words.map { global.number($0) } }
        let ids = Array(chunks.indices).concurrentMap { c in local[c].ids.map { $0.map { maps[c][$0] } } }
        return (global, ids.flatMap { $0 })
    }

    /// The word's number, if it has one.
    public func number(of word: String) -> Int? {
        find(word, Self.hash(word)).number
    }

    /// The number of the word with these UTF-8 bytes, if it has one; an ASCII word is looked up
    /// without being made into a string.
    public func number(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let hash = Self.asciiHash(bytes) else { return number(of: String(decoding: bytes, as: UTF8.self)) }
        var slot = Self.start(hash, slots.count)
        while slots[slot] != 0 {
            let n = Int(slots[slot]) - 1
            if hashes[n] == hash, words[n].utf8.sameBytes(as: bytes) { return n }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// The word's number, given the next one if it is new.
    public mutating func number(_ word: String) -> Int {
        let hash = Self.hash(word)
        let (slot, found) = find(word, hash)
        if let found { return found }
        let n = words.count
        words.append(word)
        hashes.append(hash)
        slots[slot] = Int32(n + 1)
        if 2 * words.count > slots.count { grow() }
        return n
    }

    /// The slot that holds the word, or the free one where it would go.
    private func find(_ word: String, _ hash: UInt64) -> (slot: Int, number: Int?) {
        var slot = Self.start(hash, slots.count)
        while slots[slot] != 0 {
            let n = Int(slots[slot]) - 1
            if hashes[n] == hash, words[n] == word { return (slot, n) }
            slot = (slot + 1) & (slots.count - 1)
        }
        return (slot, nil)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for (n, hash) in hashes.enumerated() {
            var slot = Self.start(hash, slots.count)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(n + 1)
        }
    }

    static func hash(_ word: String) -> UInt64 {
        // Read as one buffer: the string's own iterator costs several times the hashing.
        var text = word
        return text.withUTF8(asciiHash) ?? unicodeHash(word)
    }

    /// FNV-1a of ASCII bytes; nil past ASCII.
    private static func asciiHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var h: UInt64 = 14_695_981_039_346_656_037
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            h = (h ^ UInt64(byte)) &* 1_099_511_628_211
        }
        return h
    }

    /// Words compare as Unicode says (a composed "é" equals "e" and a combining accent): past ASCII the
    /// standard library's hash, which follows that, is used. Three characters are equal to ASCII ones
    /// ("\u{212A}" KELVIN SIGN is "K"); a word made ASCII by them is hashed as that ASCII word.
    private static func unicodeHash(_ word: String) -> UInt64 {
        let toASCII: [Unicode.Scalar: Unicode.Scalar] = ["\u{212A}": "K", "\u{037E}": ";", "\u{1FEF}": "`"]
        if word.unicodeScalars.contains(where: { toASCII[$0] != nil }) {
            var mapped = String.UnicodeScalarView()
            mapped.append(contentsOf: word.unicodeScalars.map { toASCII[$0] ?? $0 })
            if mapped.allSatisfy(\.isASCII) { return hash(String(mapped)) }
        }
        return UInt64(bitPattern: Int64(word.hashValue))
    }

    /// The high bits of the hash, spread by a multiply: FNV's low bits vary little for short words.
    private static func start(_ hash: UInt64, _ size: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - size.trailingZeroBitCount))
    }
}
