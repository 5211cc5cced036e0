import CrosscheckModel
import CrosscheckText

/// Where a name was found: which document, paragraph and mention.
struct MentionRef: Sendable, Hashable, Comparable {
    var document: Int
    var paragraph: Int
    var mention: Int

    static func < (a: MentionRef, b: MentionRef) -> Bool {
        (a.document, a.paragraph, a.mention) < (b.document, b.paragraph, b.mention)
    }
}

/// A name found in the text, with what is needed to decide whether it is a person of the story.
struct NameRecord: Sendable {
    var ref: MentionRef
    var mention: NameMention
    var sourceID: String
    /// A title, role, appositive or speech verb marks it as a person.
    var cued: Bool
    /// Found in the article's own text or headline (captions and credits never create people).
    var creates: Bool
    var key: NameKey
}

/// Merges names into people: same surname key and compatible first names, resolved per document.
struct PeopleRegistry: Sendable {
    struct Entry: Sendable {
        var surname: String
        var given: String?
        /// The family name as first spelled, to check that a shared key is a shared name.
        var spelling: String
        var records: [Int] = []
    }

    /// Keys fold vowels away, so short names can collide ("Comey", "Cuomo"): the spellings
    /// must also be close.
    private static func sameSurname(_ a: String, _ b: String?) -> Bool {
        guard let b else { return false }
        return a == b || Similarity.ratio(a, b) >= 0.6
    }

    private(set) var entries: [Entry] = []
    /// Entry → "f" or "m", where a title or role says.
    private(set) var sex: [Int: Character] = [:]
    /// Per document, the people named so far, for surnames alone.
    private var named: [Int: [(MentionRef, Int)]] = [:]
    private var owner: [MentionRef: Int] = [:]
    let records: [NameRecord]

    init(records: [NameRecord]) {
        self.records = records
        // Phonetic keys of first names, worked out once per spelling: the merge compares them often.
        var phonetics: [String: String] = [:]
        func phonetic(_ word: String) -> String {
            if let key = phonetics[word] { return key }
            let key = NameKey.phonetic(word)
            phonetics[word] = key
            return key
        }
        func givenCompatible(_ a: String?, _ b: String?) -> Bool {
            NameKey.givenCompatible(a, b, key: phonetic)
        }
        // Spellings compared once per pair: a common surname key meets the same few spellings
        // thousands of times, and each comparison is an edit distance.
        struct SpellingPair: Hashable {
            var a: String
            var b: String
        }
        var sameSpelling: [SpellingPair: Bool] = [:]
        func sameSurname(_ a: String, _ b: String?) -> Bool {
            guard let b else { return false }
            if a == b { return true }
            let pair = SpellingPair(a: a, b: b)
            if let known = sameSpelling[pair] { return known }
            let same = Self.sameSurname(a, b)
            sameSpelling[pair] = same
            return same
        }
        var groups: [String: [Int]] = [:]
        // People come from cued full names first, then cued surnames alone.
        for (n, r) in records.enumerated() where r.cued && r.creates {
            guard let surname = r.key.surname, let spelling = r.key.surnameSpelling, r.key.given != nil else { continue }
            let members = groups[surname, default: []]
            if let e = members.first(where: {
                entries[$0].given != nil && givenCompatible(entries[$0].given, r.key.givenSpelling)
                    && sameSurname(entries[$0].spelling, spelling)
            }) {
                entries[e].records.append(n)
            } else {
                entries.append(Entry(surname: surname, given: r.key.givenSpelling, spelling: spelling, records: [n]))
                groups[surname, default: []].append(entries.count - 1)
            }
        }
        for (n, r) in records.enumerated() where r.cued && r.creates && r.key.given == nil {
            guard let surname = r.key.surname, let spelling = r.key.surnameSpelling else { continue }
            let members = groups[surname, default: []]
            guard !members.contains(where: { sameSurname(entries[$0].spelling, spelling) }) else { continue }
            entries.append(Entry(surname: surname, given: nil, spelling: spelling, records: [n]))
            groups[surname, default: []].append(entries.count - 1)
        }
        // Every name, cued or not, links to a person with the same surname and a compatible first name.
        for e in entries.indices {
            for n in entries[e].records {
                owner[records[n].ref] = e
                named[records[n].ref.document, default: []].append((records[n].ref, e))
            }
        }
        // What titles and roles say of each person's sex, to tell "Mrs Lee" from her son.
        for e in entries.indices {
            if let g = entries[e].records.lazy.compactMap({ Self.sex(of: records[$0].mention) }).first { sex[e] = g }
        }
        for (n, r) in records.enumerated() where owner[r.ref] == nil {
            guard let surname = r.key.surname, let all = groups[surname] else { continue }
            let members = all.filter { sameSurname(entries[$0].spelling, r.key.surnameSpelling) }
            guard !members.isEmpty else { continue }
            if r.key.given != nil {
                if let e = members.first(where: { givenCompatible(entries[$0].given, r.key.givenSpelling) }) {
                    owner[r.ref] = e
                    entries[e].records.append(n)
                }
                continue
            }
            owner[r.ref] = pick(members, for: r, named[r.ref.document] ?? [], sex: sex)
            if let e = owner[r.ref] {
                if sex[e] == nil, let g = Self.sex(of: r.mention) { sex[e] = g }
                entries[e].records.append(n)
                named[r.ref.document, default: []].append((r.ref, e))
            }
        }
        indexRoles()
    }

    /// A surname alone goes to the person of that surname named last before it in the same
    /// document, else anywhere in that document, else the one the corpus names most.
    private func pick(_ members: [Int], for r: NameRecord, _ inDocument: [(MentionRef, Int)], sex: [Int: Character]) -> Int? {
        if members.count == 1 { return members[0] }
        if let g = Self.sex(of: r.mention) {
            let fitting = members.filter { sex[$0].map { $0 == g } ?? true }
            if !fitting.isEmpty, fitting.count < members.count { return pick(fitting, for: r, inDocument, sex: [:]) }
        }
        let candidates = inDocument.filter { members.contains($0.1) }
        if let before = candidates.filter({ $0.0 < r.ref }).max(by: { $0.0 < $1.0 }) { return before.1 }
        if let any = candidates.min(by: { $0.0 < $1.0 }) { return any.1 }
        return members.max { entries[$0].records.count < entries[$1].records.count }
    }

    func person(of ref: MentionRef) -> Int? { owner[ref] }

    func surnameKey(of entry: Int) -> String { entries[entry].surname }

    private static let female: Set<String> = [
        "mrs", "ms", "miss", "dame", "lady", "baroness", "queen", "princess", "wife", "mother", "daughter", "sister",
        "widow", "grandmother", "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "actress", "girlfriend",
    ]
    private static let male: Set<String> = [
        "mr", "sir", "lord", "baron", "king", "prince", "husband", "father", "son", "brother", "widower",
        "grandfather", "spokesman", "chairman", "congressman", "councilman", "actor", "boyfriend",
    ]

    /// "f" or "m" when the mention's title or role says ("Mrs", "his wife", "spokesman").
    static func sex(of m: NameMention) -> Character? {
        guard let role = m.role else { return nil }
        let words = Folding.words(role)
        if words.contains(where: female.contains) { return "f" }
        if words.contains(where: male.contains) { return "m" }
        return nil
    }

    /// Role word ("minister", "governor") → the people any source gives a role with that word.
    private(set) var roleHolders: [String: Set<Int>] = [:]

    private mutating func indexRoles() {
        for (e, entry) in entries.enumerated() {
            for n in entry.records where records[n].creates {
                guard let role = records[n].mention.role else { continue }
                for word in Folding.words(role) { roleHolders[word, default: []].insert(e) }
            }
        }
    }

    /// The people, with ids, canonical names, aliases, roles and sources; `ids[entry]` maps entries.
    func people(extraSources: [Int: Set<String>]) -> (people: [Person], ids: [Int: String]) {
        // Each person is built from their own records alone: spread over the cores, kept in order.
        let registry = self
        var built = Array(entries.indices).concurrentMap { e -> (entry: Int, name: String, aliases: [String], roles: [Person.Role], sources: [String])? in
            let entry = registry.entries[e], records = registry.records
            let own = entry.records.map { records[$0] }.filter(\.creates)
            guard !own.isEmpty || extraSources[e] != nil else { return nil }
            let all = entry.records.map { records[$0] }
            let name = registry.canonical(all)
            var aliases = Set(all.filter(\.creates).map(\.mention.text))
            aliases.insert(name)
            var roleSources: [String: (title: String, sources: Set<String>)] = [:]
            for r in own {
                guard var role = r.mention.role else { continue }
                for article in ["a ", "an ", "the ", "A ", "An ", "The "] where role.hasPrefix(article) { role.removeFirst(article.count) }
                let key = Folding.fold(role)
                // "Mr", "Ms": courtesy titles say nothing about a role.
                guard !key.isEmpty, !["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx."].contains(key) else { continue }
                roleSources[key, default: (role, [])].sources.insert(r.sourceID)
            }
            let roles = roleSources.keys.sorted().map { Person.Role(title: roleSources[$0]!.title, sourceIDs: roleSources[$0]!.sources.sorted()) }
            let sources = Set(own.map(\.sourceID)).union(extraSources[e] ?? [])
            return (e, name, aliases.sorted(), roles, sources.sorted())
        }.compactMap { $0 }
        built.sort { ($0.name, $0.entry) < ($1.name, $1.entry) }
        var taken = Set<String>()
        var ids: [Int: String] = [:]
        var people: [Person] = []
        for b in built {
            let id = Slug.unique(Slug.make(b.name), in: &taken)
            ids[b.entry] = id
            people.append(Person(id: id, name: b.name, aliases: b.aliases, roles: b.roles, sourceIDs: b.sources))
        }
        return (people, ids)
    }

    /// The fullest common form: initials, suffixes and doubled words dropped; the form most sources
    /// use, then most mentions, then the longest.
    private func canonical(_ records: [NameRecord]) -> String {
        var forms: [String: (sources: Set<String>, count: Int)] = [:]
        for r in records {
            var words: [String] = []
            for part in r.mention.parts {
                let lower = part.lowercased()
                if part.count == 1 || Lexicon.nameSuffixes.contains(lower) { continue }
                if words.last?.lowercased() == lower { continue }
                words.append(part)
            }
            guard !words.isEmpty else { continue }
            let form = words.joined(separator: " ")
            forms[form, default: ([], 0)].sources.insert(r.sourceID)
            forms[form]!.count += 1
        }
        let full = forms.filter { NameKey(parts: [$0.key]).core.count >= 2 }
        let pool = full.isEmpty ? forms : full
        return pool.max { a, b in
            (a.value.sources.count, a.value.count, a.key.count, b.key) < (b.value.sources.count, b.value.count, b.key.count, a.key)
        }?.key ?? records.first?.mention.text ?? "Unknown"
    }
}
