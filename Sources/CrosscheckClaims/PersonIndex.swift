/// Maps the ways one document writes a person's name to one key, using the people analysis where
/// it is given and a surname key otherwise. It is built per document, so that the corpus is read
/// once and never held in memory whole: news style names and titles a person at first mention.
struct PersonIndex: Sendable {
    var directory: PeopleDirectory
    /// Surnames the document writes with a title, so that the bare surname is known to be a person.
    private var known: Set<String> = []
    /// Places the document names ("in Iraq"): a place is never taken for a person's name.
    private(set) var places: Set<String> = []

    init(directory: PeopleDirectory, document: PreparedDocument) {
        self.directory = directory
        var fullNames = Set<String>()
        for sentence in document.sentences {
            for mention in sentence.mentions where mention.titled {
                known.insert(mention.surname)
                if mention.name.count >= 2 { fullNames.insert(mention.surname) }
            }
        }
        // A word after "in" may still be a person ("in Soleimani strike"): a full name with a title wins.
        places = document.places.subtracting(fullNames)
        known.subtract(places)
    }

    /// The person a mention names: "p:<id>" for a known person, "s:<surname>" otherwise; nil when
    /// nothing says the words are a person's name.
    func key(for mention: NameMention) -> String? {
        if let id = directory.personID(folded: mention.folded, surname: mention.surname) { return "p:" + id }
        guard mention.titled || known.contains(mention.surname) || directory.isSurname(mention.surname),
              !places.contains(mention.folded)
        else { return nil }
        return "s:" + mention.surname
    }

    static func personID(for key: String) -> String? {
        key.hasPrefix("p:") ? String(key.dropFirst(2)) : nil
    }

    /// The place a demonym belongs to ("Iraqi" → "iraq"), where the document names that place.
    func place(forDemonym lower: String) -> String? {
        for suffix in TitleWords.demonymSuffixes where lower.hasSuffix(suffix) {
            let base = String(lower.dropLast(suffix.count))
            if places.contains(base) { return base }
        }
        return nil
    }
}

/// How names are shown: the people analysis's name, else the fullest form most sources use.
struct NameLabels: Sendable {
    var directory: PeopleDirectory
    /// Person key → written form → count, over names of two words or more.
    var forms: [String: [String: Int]] = [:]

    mutating func merge(_ other: [String: [String: Int]]) {
        for (key, counts) in other { forms[key, default: [:]].merge(counts, uniquingKeysWith: +) }
    }

    func label(for key: String, fallback: String) -> String {
        if let id = PersonIndex.personID(for: key), let name = directory.name(of: id) { return name }
        return forms[key].flatMap { forms in
            forms.sorted { a, b in
                a.value != b.value ? a.value > b.value : a.key.count != b.key.count ? a.key.count < b.key.count : a.key < b.key
            }.first?.key
        } ?? fallback
    }
}
