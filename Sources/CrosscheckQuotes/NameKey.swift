import CrosscheckText

/// How two spellings of a name are compared: particles, initials and suffixes dropped, then a
/// transliteration key that folds vowels and doubled letters ("Qassem" = "Qasem", "Adel" = "Adil").
struct NameKey: Sendable, Hashable {
    /// Folded words that carry the name ("adil", "mahdi"), particles and initials gone.
    var core: [String]

    init(parts: [String]) {
        var words: [String] = []
        for part in parts {
            for piece in NameKey.pieces(Folding.fold(part)) {
                let w = piece.letters
                guard w.count > 1, !Lexicon.nameParticles.contains(w), !Lexicon.nameSuffixes.contains(w) else { continue }
                // A word doubled by a bad translation ("William William") counts once.
                if words.last == w { continue }
                words.append(w)
            }
        }
        core = words
        surname = words.last.map(NameKey.phonetic)
        given = words.count >= 2 ? NameKey.phonetic(words[0]) : nil
    }

    /// "al-Mahdi" splits at the hyphen (the particle is dropped); "Carr-Bates" is one family name.
    static func pieces(_ folded: String) -> [Substring] {
        let words = folded.split(separators: [" ", "'", "\u{2019}"])
        return words.flatMap { word -> [Substring] in
            let parts = word.split(separator: "-")
            if parts.count > 1, !Lexicon.nameParticles.contains(String(parts[0])) { return [Substring(parts.joined())] }
            return parts
        }
    }

    /// Transliteration keys of the family name and the first name.
    let surname: String?
    let given: String?
    var givenSpelling: String? { core.count >= 2 ? core[0] : nil }
    var surnameSpelling: String? { core.last }
    var middleSpellings: [String] { core.count >= 3 ? Array(core[1..<(core.count - 1)]) : [] }

    /// Same family name, and first names that do not tell the two apart.
    func compatible(with other: NameKey) -> Bool {
        guard let a = surname, let b = other.surname, a == b else { return false }
        return NameKey.givenCompatible(givenSpelling, other.givenSpelling)
    }

    /// `key` lets a caller that compares many names pass a memoized `phonetic`.
    static func givenCompatible(_ a: String?, _ b: String?, key: (String) -> String = phonetic) -> Bool {
        guard let a, let b else { return true }
        return key(a) == key(b) && Similarity.ratio(a, b) >= 0.5
    }

    /// Transliteration key: first letter kept (vowels as "a"), later vowels dropped, common
    /// digraphs and doubled letters folded.
    static func phonetic(_ word: String) -> String {
        let letters = Folding.fold(word).letters.characterArray
        // Names are nearly always ASCII once folded: their keys are made from bytes.
        let bytes = letters.compactMap(\.asciiByte)
        return bytes.count == letters.count ? phonetic(ascii: bytes) : phonetic(characters: letters)
    }

    /// The key of any letters.
    static func phonetic(characters letters: [Character]) -> String {
        // Digraphs first ("ph" → f, "kh" → k, "sh" → s), then single letters (q → k, z → s).
        var s: [Character] = []
        s.reserveCapacity(letters.count)
        var i = 0
        while i < letters.count {
            let c = letters[i]
            let next: Character? = i + 1 < letters.count ? letters[i + 1] : nil
            if next == "h", let mapped = digraphs[c] {
                s.append(mapped)
                i += 2
                continue
            }
            if c == "c", next == "k" {
                s.append("k")
                i += 2
                continue
            }
            if c == "x" {
                s.append(contentsOf: ["k", "s"])
            } else {
                s.append(singles[c] ?? c)
            }
            i += 1
        }
        var out = ""
        for (n, ch) in s.enumerated() {
            if n == 0 {
                out.append(vowels.contains(ch) ? "a" : ch)
                continue
            }
            if vowels.contains(ch) { continue }
            if out.last == ch { continue }
            out.append(ch)
        }
        return out
    }

    /// The same key for letters that are all ASCII, from their bytes: no table lookups of characters.
    static func phonetic(ascii letters: [UInt8]) -> String {
        func isVowel(_ c: UInt8) -> Bool { c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 || c == 0x79 }
        let h: UInt8 = 0x68, k: UInt8 = 0x6B, s: UInt8 = 0x73
        var mapped: [UInt8] = []
        mapped.reserveCapacity(letters.count + 1)
        var i = 0
        while i < letters.count {
            let c = letters[i]
            let next: UInt8? = i + 1 < letters.count ? letters[i + 1] : nil
            // ph → f; kh, gh, dh, th, sh → their first letter.
            if next == h, [0x70, k, 0x67, 0x64, 0x74, s].contains(c) {
                mapped.append(c == 0x70 ? 0x66 : c)
                i += 2
                continue
            }
            if c == 0x63, next == k {
                mapped.append(k)
                i += 2
                continue
            }
            switch c {
            case 0x78: mapped += [k, s]  // x
            case 0x71, 0x63: mapped.append(k)  // q, c
            case 0x77: mapped.append(0x76)  // w → v
            case 0x7A: mapped.append(s)  // z
            default: mapped.append(c)
            }
            i += 1
        }
        var out: [UInt8] = []
        for (n, c) in mapped.enumerated() {
            if n == 0 {
                out.append(isVowel(c) ? 0x61 : c)
            } else if !isVowel(c), out.last != c {
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
    private static let digraphs: [Character: Character] = ["p": "f", "k": "k", "g": "g", "d": "d", "t": "t", "s": "s"]
    private static let singles: [Character: Character] = ["q": "k", "w": "v", "z": "s", "c": "k"]
}
