import CrosscheckText

/// A capitalised sequence that may name a person, with the title or role the text gives it.
struct NameMention: Sendable, Hashable {
    /// Tokens of the name itself, titles excluded.
    var tokens: Range<Int>
    /// Character range of the name in the paragraph.
    var range: Range<Int>
    /// The name as written ("William H. Seely III").
    var text: String
    /// The name's words without dots, in order ("William", "H", "Seely", "III").
    var parts: [String]
    /// Title before the name or appositive after it ("Defense Secretary", "a Lebanese political analyst").
    var role: String?
    /// A title, rank or role noun marks it as a person's name.
    var cued: Bool
    /// Whether it is the first name in its sentence (a likely subject, for pronouns).
    var leadsSentence = false
}

/// Finds names in a paragraph from capitalisation, titles and role nouns; no model, no list of names.
enum NameFinder {
    static func mentions(_ tokens: [Token]) -> [NameMention] {
        var out: [NameMention] = []
        var i = 0
        while i < tokens.count {
            guard startsRun(tokens, i) else { i += 1; continue }
            var j = i
            while j < tokens.count, continuesRun(tokens, j, runStart: i) {
                j += 1
                if tokens[j - 1].isPossessive { break }
            }
            if !isRoleModifier(tokens, i..<j) { out += names(in: tokens, i..<j) }
            i = max(j, i + 1)
        }
        markSentenceLeaders(&out, tokens)
        return out
    }

    /// "Local councillor Jane Roe", "Plant manager John Doe": a word capitalised only because it opens
    /// the sentence, then lowercase role words and a name; the word belongs to the role. So with the
    /// noun of a body before its name: "Consumer group Which?", "Think tank the Resolution Foundation".
    static func isRoleModifier(_ t: [Token], _ run: Range<Int>) -> Bool {
        guard run.count == 1, run.lowerBound == 0 || t[run.lowerBound - 1].endsSentence || t[run.lowerBound - 1].quoteIndex != nil,
              !Lexicon.titles.contains(t[run.lowerBound].key)
        else { return false }
        var k = run.upperBound
        while k < t.count, k - run.upperBound < 4, t[k].isWord, !t[k].isCapitalized {
            if Lexicon.roleNouns.contains(t[k].key), k + 1 < t.count, t[k + 1].isCapitalized { return true }
            if Lexicon.organisationDescriptors.contains(t[k].key), k + 1 < t.count,
               t[k + 1].isCapitalized || t[k + 1].key == "the" && k + 2 < t.count && t[k + 2].isCapitalized {
                return true
            }
            if Lexicon.prepositions.contains(t[k].key) || Lexicon.speechVerbs.contains(t[k].key) { return false }
            k += 1
        }
        return false
    }

    // MARK: Runs of capitalised tokens

    private static func startsRun(_ t: [Token], _ i: Int) -> Bool {
        t[i].isCapitalized || isHyphenParticle(t[i])
    }

    private static func continuesRun(_ t: [Token], _ j: Int, runStart: Int) -> Bool {
        let tok = t[j]
        if tok.isCapitalized || isHyphenParticle(tok) { return true }
        guard j > runStart, j + 1 < t.count else { return false }
        let prev = t[j - 1], next = t[j + 1]
        // "Gen. Mark" and "Mark T. Esper": the dot of an abbreviation or initial.
        if tok.text == ".", prev.isInitial || Tokenizer.abbreviations.contains(prev.key), next.isCapitalized {
            return true
        }
        // "Secretary of Defense", "Abd al Mahdi", "Ludwig van Beethoven".
        if tok.key == "of", next.isCapitalized || next.key == "the" && j + 2 < t.count && t[j + 2].isCapitalized,
           Lexicon.titles.contains(prev.key) || Lexicon.titleFields.contains(prev.key)
        {
            return true
        }
        // "Secretary of the Interior".
        if tok.key == "the", prev.key == "of", next.isCapitalized { return true }
        // "de la Cruz", "van der Berg": particles may come in pairs.
        let particle = { (t: Token) in t.isWord && !t.isCapitalized && Lexicon.lowercaseNameParticles.contains(t.key) }
        if particle(tok), prev.isCapitalized || particle(prev) && j - 1 > runStart,
           next.isCapitalized || particle(next) && j + 2 < t.count && t[j + 2].isCapitalized
        {
            return true
        }
        return false
    }

    static func isHyphenParticle(_ tok: Token) -> Bool {
        // Most words hold no hyphen byte, and so no hyphen: finding characters is slower than finding bytes.
        guard tok.isWord, tok.text.utf8.containsByte(0x2D), let dash = tok.text.firstIndex(of: "-") else { return false }
        let head = tok.text[..<dash].lowercased()
        let rest = tok.text[tok.text.index(after: dash)...]
        return Lexicon.lowercaseNameParticles.contains(head) && (rest.first?.isUppercase ?? false)
    }

    // MARK: Names inside a run

    private enum Class { case title, field, stop, org, name, dot }

    private static func classify(_ tok: Token, next: Token?, prev: Token? = nil) -> Class {
        if tok.kind == .punct || tok.key == "of" { return .dot }
        let key = tok.key
        // "Secretary of Defense", "Prime Minister of Iraq": what follows "of" in a title is no name.
        if prev?.key == "of" || prev?.key == "the" && !tok.isCapitalized { return .field }
        if tok.key == "the" { return .dot }
        if prev?.key == "the" { return .field }
        let classes = Lexicon.classes(of: key)
        // "Los Angeles", "Le Havre": a particle before a place begins the place.
        if classes.contains(.nameParticle), let n = next, Lexicon.places.contains(n.key) { return .stop }
        if isHyphenParticle(tok) || classes.contains(.nameParticle) { return .name }
        if tok.isInitial || classes.contains(.nameSuffix) { return .name }
        if classes.contains(.title) {
            // "General" before a capitalised word is a rank; "General Motors" would need a list.
            return .title
        }
        // "Prosecutor Jane Roe", "Engineer John Doe": a role noun leading a name, as a title.
        if classes.contains(.roleNoun), prev == nil || prev?.kind == .punct, let n = next, n.isCapitalized, !n.isPossessive {
            return .title
        }
        if classes.contains(.titleField), let n = next,
           !Lexicon.classes(of: n.key).isDisjoint(with: [.title, .titleField]) || n.key == "of"
        {
            return .field
        }
        if classes.contains(.organisationWord) { return .org }
        // "South Dakota", "North Carolina", "West Virginia": a point of the compass before a name makes a place.
        if compassPoints.contains(key), let n = next, n.isWord, n.isCapitalized, !Lexicon.isNationality(n.key) { return .stop }
        if let p = prev, p.isCapitalized, compassPoints.contains(p.key) { return .stop }
        // "Officials said", "Witnesses said": a common noun capitalised at a sentence's start.
        if classes.contains(.commonNoun) { return .stop }
        if classes.contains(.notName) { return .stop }
        if Lexicon.isNationality(key) {
            // "Christian Lindner": a first name that is also a creed, before a surname, begins the name.
            guard Lexicon.givenNames.contains(key), let n = next, n.isCapitalized,
                  Lexicon.classes(of: n.key).isEmpty, !Lexicon.isNationality(n.key)
            else { return .stop }
        }
        if isAcronym(tok.text) { return .stop }
        return .name
    }

    private static let compassPoints: Set<String> = ["north", "south", "east", "west"]

    private static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "cllr", "sen", "rep", "gov"]

    private static func isAcronym(_ text: String) -> Bool {
        if text.utf8.allBytes({ $0 < 0x80 }) {
            // The same test on the bytes of a plain ASCII word.
            let letters = text.utf8.filter { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
            return letters.count >= 2 && letters.allSatisfy { (0x41...0x5A).contains($0) }
                && !Lexicon.nameSuffixes.contains(String(decoding: letters.map { $0 + 0x20 }, as: UTF8.self))
        }
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase) && !Lexicon.nameSuffixes.contains(letters.lowercased())
    }

    private static func names(in t: [Token], _ run: Range<Int>) -> [NameMention] {
        var out: [NameMention] = []
        var blockStart = run.lowerBound
        let fields = fieldsOfTitles(t, run)
        var k = run.lowerBound
        while k < run.upperBound {
            let next: Token? = k + 1 < run.upperBound ? t[k + 1] : nil
            var cls = classify(t[k], next: next, prev: k > run.lowerBound ? t[k - 1] : nil)
            if cls == .name, fields.contains(k) { cls = .field }
            // "Ms King", "Dr Bishop": after a courtesy title the last word is a surname.
            if cls == .title, k + 1 == run.upperBound, k > run.lowerBound, honorifics.contains(t[k - 1].key) { cls = .name }
            // "Local MP Jane Roe", "Veteran Senator John Doe": a word capitalised only because it opens the
            // sentence, right before a title, describes the title.
            if cls == .name, k == run.lowerBound, k == 0 || t[k - 1].endsSentence || t[k - 1].quoteIndex != nil,
               let next, k + 2 < run.upperBound, classify(next, next: t[k + 2], prev: t[k]) == .title,
               !Lexicon.givenNames.contains(t[k].key)
            {
                cls = .field
            }
            // "Cyber Security Minister Clare O'Neil", "Homeland Security Secretary": a word before a title's
            // field is part of the field; a name is not followed by one.
            if cls == .name, let next, k + 2 < run.upperBound, !Lexicon.givenNames.contains(t[k].key),
               classify(next, next: t[k + 2], prev: t[k]) == .field
            {
                cls = .field
            }
            guard cls == .name else {
                k += 1
                // A place before a title stays in the title's block: "Texas Gov.", "Los Angeles Fire Chief", "South Dakota Gov.".
                let compassPlace = compassPoints.contains(t[k - 1].key) || k >= 2 && compassPoints.contains(t[k - 2].key)
                if cls == .stop && !Lexicon.isNationality(t[k - 1].key) && !Lexicon.places.contains(t[k - 1].key) && !compassPlace
                    && !(k < run.upperBound && Lexicon.places.contains(t[k].key))
                {
                    blockStart = k
                }
                continue
            }
            var m = k + 1
            while m < run.upperBound {
                let c = classify(t[m], next: m + 1 < run.upperBound ? t[m + 1] : nil)
                if c == .name || (c == .dot && t[m].text == ".") {
                    m += 1
                } else if c == .title, m > k, m + 1 == run.upperBound, t[m].isCapitalized {
                    // "Ellie King", "Carole King": a title word closing a name is a surname.
                    m += 1
                } else {
                    break
                }
                if t[m - 1].isPossessive { break }
            }
            while m > k, t[m - 1].kind == .punct { m -= 1 }
            let followedByOrg = m < run.upperBound ? classify(t[m], next: nil) == .org : namesAnInstitution(t, possessiveAt: m - 1)
            let coreCount = t[k..<m].filter { $0.isWord && !$0.isInitial && !Lexicon.nameSuffixes.contains($0.key) }.count
            // "the River South Esk", "Lake Tahoe", "Mount Kenya": a feature of the land before the words, and no
            // title among them, names a place.
            let block = t[blockStart..<k]
            let namesPlace = block.contains { Lexicon.landFeatures.contains($0.key) }
                && !block.contains { Lexicon.titles.contains($0.key) || Lexicon.roleNouns.contains($0.key) }
            // "American Eagle Flight 5342", "Apollo 11": a figure right after the words makes them a thing's name.
            let numbered = m < t.count && t[m].isWord && t[m].text.first?.isNumber == true
            if !followedByOrg, !namesPlace, !numbered, coreCount > 0 {
                out.append(mention(t, k..<m, block: blockStart..<k))
            }
            // "Bolton West MP Jane Roe", "Acme Energy spokesman": words that ran into an organisation or
            // place belong to the title block of the name after them.
            if !followedByOrg { blockStart = max(m, k + 1) }
            k = max(m, k + 1)
        }
        return out
    }

    /// "(Work and) Pensions Secretary Liz Kendall", "Shadow Home Secretary Yvette Cooper": capitalised words
    /// right before a title that a name follows say what the title is of; a first name stops them.
    private static func fieldsOfTitles(_ t: [Token], _ run: Range<Int>) -> Set<Int> {
        var fields = Set<Int>()
        for m in run where m > run.lowerBound && m + 1 < run.upperBound && t[m + 1].isCapitalized {
            guard classify(t[m], next: t[m + 1], prev: t[m - 1]) == .title,
                  classify(t[m + 1], next: m + 2 < run.upperBound ? t[m + 2] : nil, prev: t[m]) == .name
            else { continue }
            var j = m - 1
            while j >= run.lowerBound, t[j].isWord, !Lexicon.givenNames.contains(t[j].key),
                  classify(t[j], next: t[j + 1], prev: j > run.lowerBound ? t[j - 1] : nil) == .name {
                fields.insert(j)
                j -= 1
            }
        }
        return fields
    }

    /// "Covenant Children's Hospital", "St Mary's Church", "the Women's Institute": a possessive that
    /// names a place or body is part of its name, not a person's. ("Esper's Pentagon" is Esper's.)
    private static func namesAnInstitution(_ t: [Token], possessiveAt p: Int) -> Bool {
        guard p >= 0, p + 1 < t.count, t[p].isPossessive, t[p + 1].isCapitalized else { return false }
        return Lexicon.institutionWords.contains(t[p + 1].key)
    }

    private static func mention(_ t: [Token], _ name: Range<Int>, block: Range<Int>) -> NameMention {
        let words = t[name].filter(\.isWord)
        var parts = words.map { stripPossessive($0.text).replacingPunctuation(".", with: "") }
        let range = t[name.lowerBound].range.lowerBound..<t[name.upperBound - 1].range.upperBound
        var text = t[name].map(\.text).joined(separator: " ").replacingPunctuation(" .", with: ".")
        if t[name.upperBound - 1].isPossessive { text = stripPossessive(text) }
        // "Karen Doyle KC", "Jane Roe MP": the letters after a name are an office or honour, kept in the
        // mention's tokens (the attribution reads them) but not in the name.
        var postNominal: String?
        if parts.count >= 3, let last = words.last, Lexicon.titles.contains(last.key), isAcronym(last.text) {
            parts.removeLast()
            postNominal = last.text
            if let cut = text.range(of: " " + last.text, options: .backwards) { text.removeSubrange(cut) }
        }
        // The title block: trailing words of the run before the name, leading sentence words dropped.
        var b = block.lowerBound
        while b < block.upperBound, Lexicon.nonNameWords.contains(t[b].key), !Lexicon.titles.contains(t[b].key) { b += 1 }
        let blockTokens = t[b..<block.upperBound]
        var role = blockTokens.isEmpty ? nil : blockTokens.map(\.text).joined(separator: " ").replacingPunctuation(" .", with: ".")
        var cued = blockTokens.contains { Lexicon.titles.contains($0.key) || Lexicon.roleNouns.contains($0.key) }
        if let lower = lowercaseRole(t, before: block.lowerBound) {
            role = [lower, role].compactMap { $0 }.joined(separator: " ")
            cued = true
        }
        // Whether the words before the name are titles of that kind alone ("Dr.", "Dame").
        let blockIsOnly = { (titles: Set<String>) in
            !blockTokens.isEmpty && blockTokens.filter(\.isWord).allSatisfy { titles.contains($0.key) }
        }
        // "Dr. Lara Johnson, chief medical officer at …": what the appositive says beats a title of address.
        let addressOnly = blockIsOnly(Lexicon.addressTitles)
        if let appositive = appositiveRole(t, after: name.upperBound) {
            role = role == nil || addressOnly ? appositive : role
            cued = true
        }
        if hasAgeAppositive(t, after: name.upperBound) { cued = true }
        if let postNominal {
            role = role ?? postNominal
            cued = true
        }
        // "said its chief executive, Dame Clare Moriarty": a courtesy title alone is no role; the apposition is.
        let courtesyOnly = blockIsOnly(Lexicon.courtesyTitles)
        if role == nil || courtesyOnly, let before = roleBefore(t, comma: (courtesyOnly ? b : name.lowerBound) - 1) {
            role = [before.role, role].compactMap { $0 }.joined(separator: " ")
            cued = true
            // "Roe's son, Andrew,": a first name alone takes the family name of the relative.
            if parts.count == 1, let family = before.family { parts.append(family) }
        }
        return NameMention(tokens: name, range: range, text: text, parts: parts, role: role, cued: cued)
    }

    private static func stripPossessive(_ s: String) -> String {
        // Each ending below closes on the byte "s", "'" or the last byte of "’": most names end otherwise.
        guard let last = s.utf8.lastByte, last == 0x73 || last == 0x27 || last == 0x99 else { return s }
        if s.hasSuffix("’s") || s.hasSuffix("'s") { return String(s.dropLast(2)) }
        if s.hasSuffix("’") || s.hasSuffix("'") { return String(s.dropLast()) }
        return s
    }

    /// "Lebanese political analyst Jane Roe": a role noun in lowercase right before the name.
    private static func lowercaseRole(_ t: [Token], before start: Int) -> String? {
        let i = start - 1
        guard i >= 0, t[i].isWord, !t[i].isCapitalized, Lexicon.roleNouns.contains(t[i].key) else { return nil }
        var s = i
        while s - 1 >= 0, i - (s - 1) < 5 {
            let tok = t[s - 1]
            guard tok.isWord else { break }
            let key = tok.key
            if ["a", "an", "the", "and", "or", "to", "by", "with", "for", "at", "in", "on", "from", "that", "who", "which", "of"]
                .contains(key) || Lexicon.pronouns.contains(key) || Lexicon.nonNameWords.contains(key)
            {
                break
            }
            if !tok.isCapitalized, key.endsWith("ed") || Lexicon.speechVerbs.contains(key) || key.endsWith("ing") { break }
            s -= 1
        }
        return t[s...i].map(\.text).joined(separator: " ")
    }

    /// "His chief of staff, Jane Roe,", "The party's leader, Jane Roe,": a role phrase just before the
    /// comma that puts the name in apposition to it.
    static func roleBefore(_ t: [Token], comma: Int) -> (role: String, family: String?)? {
        guard comma >= 1, comma < t.count, t[comma].text == "," else { return nil }
        var s = comma
        let sayings: Set<String> = ["said", "says", "added", "told"]
        while s - 1 >= 0, comma - s < 6, t[s - 1].isWord, !t[s - 1].endsSentence, !sayings.contains(t[s - 1].key) { s -= 1 }
        let words = t[s..<comma]
        // The phrase must open its clause, or follow its speech verb ("said the union's regional secretary,
        // Mary Tate"): "by the nation's minister, Jane Roe" is no apposition.
        guard let first = words.first, !Lexicon.prepositions.contains(first.key), !["and", "or", "but", "as"].contains(first.key),
              s == 0 || t[s - 1].endsSentence || t[s - 1].text == "," || t[s - 1].quoteIndex != nil
                || sayings.contains(t[s - 1].key) && !words.contains(where: { Lexicon.prepositions.contains($0.key) }),
              words.contains(where: { !$0.isCapitalized && Lexicon.roleNouns.contains($0.key) }),
              !words.contains(where: { !$0.isCapitalized && (Lexicon.speechVerbs.contains($0.key) || $0.key.endsWith("ed")) })
        else { return nil }
        var role = Array(words)
        var family: String?
        if let f = role.first, f.isPossessive, f.isCapitalized, role.count == 2, kinship.contains(role[1].key) {
            family = stripPossessive(f.text)
        }
        // "Gareth Lomax's barrister": the owner, however many words, is not the role; whose mother someone
        // is stays part of it ("Ms Lane's mother").
        if let owner = role.lastIndex(where: \.isPossessive), let head = role.last, !kinship.contains(head.key) {
            role.removeFirst(owner + 1)
        }
        while let f = role.first, f.isPossessive || ["a", "an", "the", "his", "her", "their", "its", "our"].contains(f.key) {
            role.removeFirst()
        }
        return role.isEmpty ? nil : (role.map(\.text).joined(separator: " "), family)
    }

    static let kinship: Set<String> = [
        "son", "daughter", "wife", "husband", "mother", "father", "brother", "sister", "widow", "widower",
        "grandson", "granddaughter",
    ]

    /// "Jane Roe, 71, said": only people are given an age between commas.
    static func hasAgeAppositive(_ t: [Token], after end: Int) -> Bool {
        guard end + 2 < t.count, t[end].text == ",", t[end + 2].text == "," else { return false }
        let age = t[end + 1].text
        return (1...3).contains(age.count) && age.allSatisfy(\.isNumber)
    }

    /// "Jane Roe, a doctor," or "Jane Roe, the head of the agency,": a role between commas.
    private static let finiteVerbs: Set<String> = ["has", "have", "had", "was", "were", "is", "are", "would", "will", "did", "does"]

    private static func appositiveRole(_ t: [Token], after end: Int) -> String? {
        guard end < t.count, t[end].text == "," else { return nil }
        var j = end + 1
        var words: [Token] = []
        while j < t.count, j - end <= 14 {
            let tok = t[j]
            if tok.kind != .word && tok.text != "-" && tok.text != "." { break }
            if tok.text == "." && (tok.endsSentence || words.last.map { !Tokenizer.abbreviations.contains($0.key) && !$0.isInitial } ?? true) {
                break
            }
            if ["who", "which", "that", "whose", "where", "when"].contains(tok.key) { break }
            if tok.isWord { words.append(tok) }
            j += 1
        }
        guard let first = words.first, !first.isCapitalized || Lexicon.determiners.contains(first.key) || Lexicon.titles.contains(first.key)
        else { return nil }
        // "Jane Roe, told reporters ...": a verb, not an appositive.
        if !first.isCapitalized, Lexicon.speechVerbs.contains(first.key) || Lexicon.auxiliaries.contains(first.key)
            || first.key.endsWith("ed") || Lexicon.weakSpeechVerbs.contains(first.key)
        {
            return nil
        }
        // "Speaking to Jane Roe, the prime minister said": the words after the comma are the subject
        // of a new clause, not a description of the name before it.
        if words.dropFirst().contains(where: { !$0.isCapitalized && (Lexicon.speechVerbs.contains($0.key) || finiteVerbs.contains($0.key)) }) {
            return nil
        }
        // The role noun must come early: "a doctor at the clinic", not "who later became a doctor".
        let head = words.prefix(6)
        guard head.contains(where: { Lexicon.roleNouns.contains($0.key) || Lexicon.titles.contains($0.key) && !$0.isCapitalized }),
              !["who", "which", "that", "and", "but"].contains(first.key)
        else { return nil }
        var role = words
        if let f = role.first, ["a", "an", "the"].contains(f.key) { role.removeFirst() }
        return role.map(\.text).joined(separator: " ")
    }

    private static func markSentenceLeaders(_ mentions: inout [NameMention], _ tokens: [Token]) {
        var sentenceOf: [Int] = []
        var s = 0
        for tok in tokens {
            sentenceOf.append(s)
            if tok.endsSentence { s += 1 }
        }
        var seen = Set<Int>()
        for n in mentions.indices {
            let start = mentions[n].tokens.lowerBound
            let sentence = sentenceOf[start]
            // "Roe's chief of staff, Jane Doe, said": the owner is not the subject; what it owns is.
            if tokens[mentions[n].tokens.upperBound - 1].isPossessive { continue }
            guard seen.insert(sentence).inserted else { continue }
            // Not the subject when a pronoun, a verb or a clause comes first: "But she noted that Roe".
            var i = start - 1
            var subject = true
            while i >= 0, sentenceOf[i] == sentence {
                let t = tokens[i]
                if t.isWord, !t.isCapitalized,
                   Lexicon.pronouns.contains(t.key) || t.key.endsWith("ed") || ["that", "who", "which"].contains(t.key)
                    || Lexicon.speechVerbs.contains(t.key)
                {
                    subject = false
                    break
                }
                i -= 1
            }
            mentions[n].leadsSentence = subject
        }
    }
}
