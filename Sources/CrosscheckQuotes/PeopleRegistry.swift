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
        /// Names between the first and the family name ("Tayyip" of "Recep Tayyip Erdoğan").
        var middles: [String] = []
        /// The family name as first spelled, to check that a shared key is a shared name.
        var spelling: String
        var records: [Int] = []
    }

    private(set) var entries: [Entry] = []
    /// Family-name keys of words that open company names and no person's name ("Brightwell").
    var companies = Set<String>()
    /// Entry → "f" or "m", where a title or role says.
    private(set) var sex: [Int: Character] = [:]
    /// Record number → entry, −1 for a name that is nobody of the story.
    private var owner: [Int32]
    /// In reading order (by `ref`), so that a mention's record is found by halving.
    let records: [NameRecord]

    init(records: [NameRecord]) {
        assert(zip(records, records.dropFirst()).allSatisfy { $0.ref < $1.ref }, "records out of reading order")
        self.records = records
        owner = [Int32](repeating: -1, count: records.count)
        // Names of different surname keys never meet: each key's names are merged on their own, on all cores.
        var keyed: [String: [Int]] = [:]
        for (n, r) in records.enumerated() {
            if let surname = r.key.surname { keyed[surname, default: []].append(n) }
        }
        let merged = Array(keyed.values).concurrentMap { SurnameMerge(records, members: $0) }
        // Entries numbered as one pass over all records makes them: full names, then surnames alone,
        // each in record order.
        var made: [(pass: Int, record: Int, key: Int, entry: Int)] = []
        for (k, merge) in merged.enumerated() {
            for (e, m) in merge.made.enumerated() { made.append((m.pass, m.record, k, e)) }
        }
        made.sort { ($0.pass, $0.record) < ($1.pass, $1.record) }
        var number = merged.map { [Int](repeating: 0, count: $0.entries.count) }
        for (e, m) in made.enumerated() {
            number[m.key][m.entry] = e
            entries.append(merged[m.key].entries[m.entry])
        }
        for (k, merge) in merged.enumerated() {
            for (n, e) in merge.owner { owner[n] = Int32(number[k][e]) }
            for (e, g) in merge.sex { sex[number[k][e]] = g }
        }
        joinSpacedNames()
        joinOneWordNames()
        indexRoles()
    }

    /// "Kim Jong Un" and "Kim Jong-un", "Moon Jae In" and "Moon Jae-in": after the same first word, a name
    /// hyphenated or spaced is one name, though the family-name key (its last word) differs. Joined into
    /// the first entry. ("Homi Voquinvo" and "Homivo Quinvo" differ in their first word: two people.)
    private mutating func joinSpacedNames() {
        var first: [String: Int] = [:]
        for (e, entry) in entries.enumerated() {
            guard let given = entry.given else { continue }
            let letters = given + " " + (entry.middles + [entry.spelling]).joined()
            guard let target = first[letters] else {
                first[letters] = e
                continue
            }
            move(entries[e].records, from: e, to: target)
        }
    }

    /// Gives records of one entry to another, in reading order.
    private mutating func move(_ moving: [Int], from e: Int, to target: Int) {
        for n in moving { owner[n] = Int32(target) }
        entries[target].records = (entries[target].records + moving).sorted()
        let moved = Set(moving)
        entries[e].records.removeAll(where: moved.contains)
    }

    /// "Lula told reporters" after "Luiz Inácio Lula da Silva", "Xi said" after "Xi Jinping": a person named
    /// by one word that is no one's family name is the one person whose other names hold that word, where
    /// an article names both, the one word's role names the family or a title marks it a first name.
    private mutating func joinOneWordNames() {
        var byOtherName: [String: [Int]] = [:]
        for (e, entry) in entries.enumerated() where !entry.records.isEmpty {
            guard let given = entry.given else { continue }
            for name in Set([given] + entry.middles) { byOtherName[name, default: []].append(e) }
        }
        let lone = entries.indices.filter { entries[$0].given == nil && byOtherName[entries[$0].spelling]?.count == 1 }
        guard !lone.isEmpty else { return }
        var documents: [Int: Set<Int>] = [:]
        for (n, o) in owner.enumerated() where o >= 0 { documents[Int(o), default: []].insert(records[n].ref.document) }
        let records = self.records
        let title = { (n: Int) in records[n].mention.role?.split(separator: " ").last?.lowercased() }
        for e in lone {
            let full = byOtherName[entries[e].spelling]![0]
            // "Dr Marsh's husband, Peter": a role that names the family tells whose first name it is.
            let family = entries[full].spelling
            let familyNamed = entries[e].records.contains { n in
                records[n].mention.role.map { Folding.words($0).contains { $0 == family || $0 == family + "'s" } } ?? false
            }
            // "Prince Mohammed", "Sir Keir": a title set before a first name says it is one, when the full name
            // bears it too ("Crown Prince Mohammed bin Salman"; King Charles is not Charles Michel).
            let titles = Set(entries[e].records.compactMap(title)).intersection(Lexicon.givenNameTitles)
            let titled = !titles.isEmpty && entries[full].records.contains { title($0).map(titles.contains) ?? false }
            guard familyNamed || titled || !documents[e, default: []].isDisjoint(with: documents[full, default: []]) else { continue }
            // Only the one-word mentions go: a longer name the entry took in ("Alongside Pelbrimi") is not the full name's.
            move(entries[e].records.filter { records[$0].key.core.count == 1 }, from: e, to: full)
        }
    }

    /// The entry a mention's name belongs to, if any.
    func person(of ref: MentionRef) -> Int? {
        var low = 0, high = records.count
        while low < high {
            let middle = (low + high) / 2
            if records[middle].ref < ref { low = middle + 1 } else { high = middle }
        }
        guard low < records.count, records[low].ref == ref, owner[low] >= 0 else { return nil }
        return Int(owner[low])
    }

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
                // "Mr", "Ms", "Sir": courtesy titles and honours say nothing about a role, alone or after
                // one ("Tory MP Sir Iain Duncan Smith" is a Tory MP); "Dr" says so alone, not after one
                // ("Cybersecurity expert Dr Priya Chandra" is a cybersecurity expert).
                var words = role.split(separator: " ")
                while let last = words.last.map({ Folding.fold(String($0)) }),
                      Lexicon.courtesyTitles.contains(last) || words.count > 1 && Lexicon.addressTitles.contains(last)
                {
                    words.removeLast()
                }
                role = words.joined(separator: " ")
                let key = Folding.fold(role)
                guard !key.isEmpty else { continue }
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
