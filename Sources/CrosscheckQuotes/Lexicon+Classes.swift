extension Lexicon {
    /// Which of the lexicon's lists a word is on, found with one lookup: telling a name from a title or
    /// an organisation asks up to a dozen lists about every capitalised word.
    struct Classes: OptionSet, Sendable {
        let rawValue: UInt16

        static let nameParticle = Classes(rawValue: 1 << 0)
        static let nameSuffix = Classes(rawValue: 1 << 1)
        static let title = Classes(rawValue: 1 << 2)
        static let roleNoun = Classes(rawValue: 1 << 3)
        static let titleField = Classes(rawValue: 1 << 4)
        static let organisationWord = Classes(rawValue: 1 << 5)
        /// An anonymous, document or organisation noun: "officials", "statement", "ministry".
        static let commonNoun = Classes(rawValue: 1 << 6)
        /// A word that is never a name, or a place.
        static let notName = Classes(rawValue: 1 << 7)
    }

    static func classes(of key: String) -> Classes { classTable[key] ?? [] }

    private static let classTable: [String: Classes] = {
        var table: [String: Classes] = [:]
        func add(_ words: Set<String>, _ c: Classes) {
            for w in words { table[w, default: []].insert(c) }
        }
        add(lowercaseNameParticles, .nameParticle)
        add(nameSuffixes, .nameSuffix)
        add(titles, .title)
        add(roleNouns, .roleNoun)
        add(titleFields, .titleField)
        add(organisationWords, .organisationWord)
        add(anonymousNouns.union(documentNouns).union(organisationNouns), .commonNoun)
        add(nonNameWords.union(places), .notName)
        return table
    }()
}
