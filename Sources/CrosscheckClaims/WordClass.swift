import CrosscheckText

/// What the lexicon says about a word, looked up once per token: the extractors ask these
/// questions of every token, and one dictionary lookup is far cheaper than several set lookups.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    static let function = WordClass(rawValue: 1 << 0)
    static let calendar = WordClass(rawValue: 1 << 1)
    /// A word of a rank, an office or a service.
    static let title = WordClass(rawValue: 1 << 2)
    /// An institution or explicit nationality word ("Defense", "Pentagon", "U.S.").
    static let institution = WordClass(rawValue: 1 << 3)
    static let titleModifier = WordClass(rawValue: 1 << 4)
    static let numberWord = WordClass(rawValue: 1 << 5)
    static let nameParticle = WordClass(rawValue: 1 << 6)
    /// An act whose date is compared (`EventExtractor.verbs`).
    static let eventVerb = WordClass(rawValue: 1 << 7)
    /// "plan", "decision": the noun of an intent (`IntentExtractor.nouns`).
    static let intentNoun = WordClass(rawValue: 1 << 8)
    /// "in", "across": what opens a place name (`PreparedDocument.placePrepositions`).
    static let placePreposition = WordClass(rawValue: 1 << 9)
    /// "sent", "written": a past participle without -ed (`StateExtractor.irregular`).
    static let irregularParticiple = WordClass(rawValue: 1 << 10)
    /// A word of voting or deciding (`TallyExtractor`).
    static let decision = WordClass(rawValue: 1 << 11)
    /// A verb of sentencing (`TermExtractor.verbs`).
    static let sentencing = WordClass(rawValue: 1 << 12)
    /// A word that grades a storm or quake, or a unit of wind speed (`MeasureExtractor`).
    static let measure = WordClass(rawValue: 1 << 13)

    static func of(_ lower: String) -> WordClass {
        if let n = table.words.number(of: lower) { return table.classes[n] }
        if lower.utf8.containsByte(0x2D), ClaimNumbers.isNumberWord(lower) { return .numberWord }
        return []
    }

    /// Numbered words (a `WordNumbers` table hashes short words faster than a Dictionary) and their classes.
    private static let table: (words: WordNumbers, classes: [WordClass]) = {
        var table = (words: WordNumbers(), classes: [WordClass]())
        func add(_ words: some Sequence<String>, _ c: WordClass) {
            for w in words {
                let n = table.words.number(w)
                if n == table.classes.count { table.classes.append([]) }
                table.classes[n].insert(c)
            }
        }
        add(ClaimLexicon.functionWords, .function)
        add(ClaimLexicon.days.keys, .calendar)
        add(ClaimLexicon.months.keys, .calendar)
        add(ClaimLexicon.ranks.keys.joined(), .title)
        add(ClaimLexicon.posts.keys.joined(), .title)
        add(ClaimLexicon.branches.keys.flatMap { $0.split(separator: " ").map(String.init) }, .title)
        add(ClaimLexicon.institutionWords, .institution)
        add(ClaimLexicon.nationalities.keys, .institution)
        add(ClaimLexicon.titleModifiers, .titleModifier)
        add(ClaimNumbers.numberWords, .numberWord)
        add(ClaimLexicon.nameParticles, .nameParticle)
        add(EventExtractor.verbs.keys, .eventVerb)
        add(IntentExtractor.nouns, .intentNoun)
        add(PreparedDocument.placePrepositions, .placePreposition)
        add(StateExtractor.irregular, .irregularParticiple)
        add(TallyExtractor.words, .decision)
        add(TermExtractor.verbs.keys, .sentencing)
        add(MeasureExtractor.words, .measure)
        return table
    }()
}
