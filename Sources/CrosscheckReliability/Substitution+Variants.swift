/// Differences between two outlets' wording that house style explains: British and American spelling and
/// vocabulary, compounds written as one word or two, and when an outlet says something happened.
/// A sub-editor makes these changes to honest copy; an article spinner does not need to.
extension Substitution {
    static func isHouseStyle(_ a: [String], _ b: [String]) -> Bool {
        // "per cent" and "percent", "cease-fire" and "ceasefire".
        if a.joined().filter({ $0 != "-" }) == b.joined().filter({ $0 != "-" }) { return true }
        // Dates and figures that differ are facts in dispute, which the claims table shows, not synonyms.
        if (a + b).contains(where: { timeWords.contains($0) || numberWords.contains($0) }) { return true }
        guard a.count == 1, b.count == 1, let x = a.first, let y = b.first else { return false }
        if britishSpelling(x) == britishSpelling(y) { return true }
        // "Sen." for "Senator", "Calif." for "California": an abbreviation is the word's beginning.
        if min(x.count, y.count) >= 3, x.hasPrefix(y) || y.hasPrefix(x) { return true }
        return transatlantic.contains(pairKey(x, y)) || transatlantic.contains(pairKey(y, x))
    }

    /// The word pairs a replacement swaps one for one, leaving out pairs that house style or inflection explain.
    /// A spinner swaps word for word; "take the bus" for "use buses" or "off the job" for "out" is a writer
    /// rephrasing, so a replacement of another length swaps nothing. "per cent rise" for "percent raise"
    /// is compared as "percent rise".
    static func swappedPairs(_ a: [String], _ b: [String]) -> [(mine: String, theirs: String)] {
        let x = joinedCompounds(a, against: b), y = joinedCompounds(b, against: a)
        guard x.count == y.count else { return [] }
        return zip(x, y).filter { p, q in p != q && !isInflection([p], [q]) && !isHouseStyle([p], [q]) }
    }

    /// Joins neighbouring words whose run-together form is a word of the other side: "per cent" → "percent".
    static func joinedCompounds(_ words: [String], against other: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < words.count {
            if i + 1 < words.count, other.contains(words[i] + words[i + 1]) {
                out.append(words[i] + words[i + 1])
                i += 2
            } else {
                out.append(words[i])
                i += 1
            }
        }
        return out
    }

    /// Spells a word the British way by regular rules, so that "center" and "centre", "organized" and
    /// "organised", "traveled" and "travelled", "defense" and "defence" come out the same.
    static func britishSpelling(_ word: String) -> String {
        var w = word
        let rules: [(String, String)] = [
            ("izations", "isations"), ("ization", "isation"), ("izing", "ising"), ("ized", "ised"), ("izes", "ises"),
            ("ize", "ise"), ("yzed", "ysed"), ("yze", "yse"), ("ors", "ours"), ("or", "our"), ("ers", "res"), ("er", "re"),
            ("eled", "elled"), ("eling", "elling"), ("eler", "eller"), ("ense", "ence"), ("og", "ogue"),
        ]
        for (american, british) in rules where w.hasSuffix(american) && w.count - american.count >= 3 {
            w = String(w.dropLast(american.count)) + british
            break
        }
        return w
    }

    /// Words for the same thing on either side of the Atlantic, which a British outlet swaps into American wire copy.
    static let transatlantic: Set<String> = Set(
        [
            ("truck", "lorry"), ("trucks", "lorries"), ("gas", "petrol"), ("gasoline", "petrol"), ("apartment", "flat"),
            ("apartments", "flats"), ("fall", "autumn"), ("sidewalk", "pavement"), ("highway", "motorway"),
            ("railroad", "railway"), ("cellphone", "mobile"), ("vacation", "holiday"), ("soccer", "football"),
            ("elevator", "lift"), ("movie", "film"), ("movies", "films"),
            ("lawmakers", "mps"), ("lawmaker", "mp"), ("attorney", "lawyer"), ("attorneys", "lawyers"),
            ("toward", "towards"), ("among", "amongst"), ("while", "whilst"), ("amid", "amidst"), ("gotten", "got"),
            ("check", "cheque"), ("raise", "rise"), ("labor", "trade"),
            // The shorthand of British news writing.
            ("dispute", "row"), ("investigation", "probe"), ("attempt", "bid"), ("resign", "quit"), ("resigned", "quit"),
            ("freeway", "motorway"), ("subway", "underground"), ("trash", "rubbish"), ("garbage", "rubbish"),
        ].map { pairKey($0.0, $0.1) })

    static func pairKey(_ a: String, _ b: String) -> String { a + "\u{0}" + b }

    /// Outlets date events differently ("on Tuesday", "yesterday", "last night") by when they publish.
    /// Months that are also common words ("may", "march") are left out.
    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "tomorrow", "tonight", "overnight", "morning", "afternoon", "evening", "night", "earlier", "later",
        "weekend", "now", "january", "february", "april", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen",
        "dozens", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million",
        "millions", "billion", "third", "fourth", "fifth",
    ]
}
