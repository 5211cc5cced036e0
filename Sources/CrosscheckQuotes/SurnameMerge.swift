import CrosscheckText

/// The people of one surname key, merged from the names that carry it. Names of different keys
/// never meet, so each key is merged on its own (and the keys on all cores); entries are numbered
/// here in the order they are made, and the registry numbers them across keys.
struct SurnameMerge: Sendable {
    typealias Entry = PeopleRegistry.Entry

    /// Which pass made each entry (0: cued full names, 1: cued surnames alone) and from which record:
    /// the order one pass over all records would have made them in.
    var made: [(pass: Int, record: Int)] = []
    var entries: [Entry] = []
    /// Entry → "f" or "m", where a title or role says.
    var sex: [Int: Character] = [:]
    /// Record number → entry, for every record this key's people take.
    var owner: [Int: Int] = [:]
    /// Per document, the people named so far, for surnames alone.
    private var named: [Int: [(MentionRef, Int)]] = [:]
    // Phonetic keys of first names, worked out once per spelling: the merge compares them often.
    private var phonetics: [String: String] = [:]
    // Spellings compared once per pair: a common surname key meets the same few spellings
    // thousands of times, and each comparison is an edit distance.
    private var sameSpelling: [SpellingPair: Bool] = [:]

    private struct SpellingPair: Hashable {
        var a: String
        var b: String
    }

    /// `members`: the numbers of the records with this surname key, in ascending order.
    init(_ records: [NameRecord], members: [Int]) {
        // People come from cued full names first, then cued surnames alone.
        for n in members where records[n].cued && records[n].creates {
            let r = records[n]
            guard let spelling = r.key.surnameSpelling, r.key.given != nil else { continue }
            if let e = entries.indices.first(where: {
                entries[$0].given != nil && fits(entries[$0], r.key) && sameSurname(entries[$0].spelling, spelling)
            }) {
                entries[e].records.append(n)
            } else {
                make(
                    Entry(surname: r.key.surname!, given: r.key.givenSpelling, middles: r.key.middleSpellings, spelling: spelling, records: [n]),
                    pass: 0, n)
            }
        }
        for n in members where records[n].cued && records[n].creates && records[n].key.given == nil {
            let r = records[n]
            guard let spelling = r.key.surnameSpelling else { continue }
            guard !entries.indices.contains(where: { sameSurname(entries[$0].spelling, spelling) }) else { continue }
            make(Entry(surname: r.key.surname!, given: nil, spelling: spelling, records: [n]), pass: 1, n)
        }
        // Every name, cued or not, links to a person with the same surname and a compatible first name.
        for e in entries.indices {
            for n in entries[e].records {
                owner[n] = e
                named[records[n].ref.document, default: []].append((records[n].ref, e))
            }
        }
        // What titles and roles say of each person's sex, to tell "Mrs Lee" from her son.
        for e in entries.indices {
            if let g = entries[e].records.lazy.compactMap({ PeopleRegistry.sex(of: records[$0].mention) }).first { sex[e] = g }
            // Titles first ("Ms", "his wife"); then a first name that is nearly always one sex's.
            else if let given = entries[e].given, let g = Lexicon.sex(ofFirstName: given) { sex[e] = g }
        }
        guard !entries.isEmpty else { return }
        // No entry is made from here on: the entries a spelling matches, and the first a first name
        // fits, are worked out once per spelling, not per record (a common key has thousands).
        var matchingBySpelling: [String: [Int]] = [:]
        var firstByNames: [SpellingPair: Int?] = [:]
        for n in members where owner[n] == nil {
            let r = records[n]
            guard let spelling = r.key.surnameSpelling else { continue }
            let matching = matchingBySpelling[spelling] ?? {
                let matching = entries.indices.filter { sameSurname(entries[$0].spelling, spelling) }
                matchingBySpelling[spelling] = matching
                return matching
            }()
            guard !matching.isEmpty else { continue }
            if r.key.givenSpelling != nil {
                let names = SpellingPair(a: spelling, b: r.key.core.joined(separator: " "))
                let first = firstByNames[names] ?? {
                    let first = matching.first(where: { fits(entries[$0], r.key) })
                    firstByNames[names] = first
                    return first
                }()
                if let e = first {
                    owner[n] = e
                    entries[e].records.append(n)
                }
                continue
            }
            owner[n] = pick(matching, for: r, named[r.ref.document] ?? [], sex: sex)
            if let e = owner[n] {
                if sex[e] == nil, let g = PeopleRegistry.sex(of: r.mention) { sex[e] = g }
                entries[e].records.append(n)
                named[r.ref.document, default: []].append((r.ref, e))
            }
        }
    }

    private mutating func make(_ entry: Entry, pass: Int, _ record: Int) {
        entries.append(entry)
        made.append((pass, record))
    }

    /// A surname alone goes to the person of that surname named last before it in the same
    /// document, else anywhere in that document, else the one the corpus names most.
    private func pick(_ members: [Int], for r: NameRecord, _ inDocument: [(MentionRef, Int)], sex: [Int: Character]) -> Int? {
        if members.count == 1 { return members[0] }
        if let g = PeopleRegistry.sex(of: r.mention) {
            let fitting = members.filter { sex[$0].map { $0 == g } ?? true }
            if !fitting.isEmpty, fitting.count < members.count { return pick(fitting, for: r, inDocument, sex: [:]) }
        }
        let candidates = inDocument.filter { members.contains($0.1) }
        if let before = candidates.filter({ $0.0 < r.ref }).max(by: { $0.0 < $1.0 }) { return before.1 }
        if let any = candidates.min(by: { $0.0 < $1.0 }) { return any.1 }
        return members.max { entries[$0].records.count < entries[$1].records.count }
    }

    /// A first name that fits the person's, or a middle name the other writes first: "Tayyip Erdogan"
    /// is "Recep Tayyip Erdoğan". The middle name must be spelled the same: a name in another place
    /// is weaker evidence than a first name, and not enough with a spelling that only sounds alike.
    private mutating func fits(_ entry: Entry, _ key: NameKey) -> Bool {
        let given = key.givenSpelling
        if givenCompatible(entry.given, given) { return true }
        guard let given, let first = entry.given else { return false }
        return entry.middles.contains(given) || key.middleSpellings.contains(first)
    }

    private mutating func givenCompatible(_ a: String?, _ b: String?) -> Bool {
        NameKey.givenCompatible(a, b) { word in
            if let key = phonetics[word] { return key }
            let key = NameKey.phonetic(word)
            phonetics[word] = key
            return key
        }
    }

    /// Keys fold vowels away, so short names can collide ("Comey", "Cuomo"): the spellings
    /// must also be close.
    private mutating func sameSurname(_ a: String, _ b: String?) -> Bool {
        guard let b else { return false }
        if a == b { return true }
        let pair = SpellingPair(a: a, b: b)
        if let known = sameSpelling[pair] { return known }
        let same = Similarity.ratio(a, b) >= 0.6
        sameSpelling[pair] = same
        return same
    }
}
