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
            out += names(in: tokens, i..<j)
            i = max(j, i + 1)
        }
        markSentenceLeaders(&out, tokens)
        return out
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
        if Lexicon.lowercaseNameParticles.contains(tok.key), tok.isWord, next.isCapitalized, prev.isCapitalized {
            return true
        }
        return false
    }

    static func isHyphenParticle(_ tok: Token) -> Bool {
        guard tok.isWord, let dash = tok.text.firstIndex(of: "-") else { return false }
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
        if isHyphenParticle(tok) || Lexicon.lowercaseNameParticles.contains(key) { return .name }
        if tok.isInitial || Lexicon.nameSuffixes.contains(key) { return .name }
        if Lexicon.titles.contains(key) {
            // "General" before a capitalised word is a rank; "General Motors" would need a list.
            return .title
        }
        if Lexicon.titleFields.contains(key), let n = next,
           Lexicon.titles.contains(n.key) || Lexicon.titleFields.contains(n.key) || n.key == "of"
        {
            return .field
        }
        if Lexicon.organisationWords.contains(key) { return .org }
        // "Officials said", "Witnesses said": a common noun capitalised at a sentence's start.
        if Lexicon.anonymousNouns.contains(key) || Lexicon.documentNouns.contains(key) || Lexicon.organisationNouns.contains(key) {
            return .stop
        }
        if Lexicon.nonNameWords.contains(key) || Lexicon.places.contains(key) || Lexicon.isNationality(key) {
            return .stop
        }
        if isAcronym(tok.text) { return .stop }
        return .name
    }

    private static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "cllr", "sen", "rep", "gov"]

    private static func isAcronym(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase) && !Lexicon.nameSuffixes.contains(letters.lowercased())
    }

    private static func names(in t: [Token], _ run: Range<Int>) -> [NameMention] {
        var out: [NameMention] = []
        var blockStart = run.lowerBound
        var k = run.lowerBound
        while k < run.upperBound {
            let next: Token? = k + 1 < run.upperBound ? t[k + 1] : nil
            var cls = classify(t[k], next: next, prev: k > run.lowerBound ? t[k - 1] : nil)
            // "Ms King", "Dr Bishop": after a courtesy title the last word is a surname.
            if cls == .title, k + 1 == run.upperBound, k > run.lowerBound, honorifics.contains(t[k - 1].key) { cls = .name }
            guard cls == .name else {
                k += 1
                if cls == .stop && !Lexicon.isNationality(t[k - 1].key) && !Lexicon.places.contains(t[k - 1].key) {
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
            let followedByOrg = m < run.upperBound && classify(t[m], next: nil) == .org
            let coreCount = t[k..<m].filter { $0.isWord && !$0.isInitial && !Lexicon.nameSuffixes.contains($0.key) }.count
            if !followedByOrg, coreCount > 0 {
                out.append(mention(t, k..<m, block: blockStart..<k))
            }
            k = max(m, k + 1)
            blockStart = k
        }
        return out
    }

    private static func mention(_ t: [Token], _ name: Range<Int>, block: Range<Int>) -> NameMention {
        let words = t[name].filter(\.isWord)
        let parts = words.map { stripPossessive($0.text).replacingOccurrences(of: ".", with: "") }
        let range = t[name.lowerBound].range.lowerBound..<t[name.upperBound - 1].range.upperBound
        var text = t[name].map(\.text).joined(separator: " ").replacingOccurrences(of: " .", with: ".")
        if t[name.upperBound - 1].isPossessive { text = stripPossessive(text) }
        // The title block: trailing words of the run before the name, leading sentence words dropped.
        var b = block.lowerBound
        while b < block.upperBound, Lexicon.nonNameWords.contains(t[b].key), !Lexicon.titles.contains(t[b].key) { b += 1 }
        let blockTokens = t[b..<block.upperBound]
        var role = blockTokens.isEmpty ? nil : blockTokens.map(\.text).joined(separator: " ").replacingOccurrences(of: " .", with: ".")
        var cued = blockTokens.contains { Lexicon.titles.contains($0.key) }
        if let lower = lowercaseRole(t, before: block.lowerBound) {
            role = [lower, role].compactMap { $0 }.joined(separator: " ")
            cued = true
        }
        if let appositive = appositiveRole(t, after: name.upperBound) {
            role = role ?? appositive
            cued = true
        }
        return NameMention(tokens: name, range: range, text: text, parts: parts, role: role, cued: cued)
    }

    private static func stripPossessive(_ s: String) -> String {
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
            if !tok.isCapitalized, key.hasSuffix("ed") || Lexicon.speechVerbs.contains(key) || key.hasSuffix("ing") { break }
            s -= 1
        }
        return t[s...i].map(\.text).joined(separator: " ")
    }

    /// "Jane Roe, a doctor," or "Jane Roe, the head of the agency,": a role between commas.
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
            || first.key.hasSuffix("ed") || Lexicon.weakSpeechVerbs.contains(first.key)
        {
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
            guard seen.insert(sentence).inserted else { continue }
            // Not the subject when a pronoun, a verb or a clause comes first: "But she noted that Roe".
            var i = start - 1
            var subject = true
            while i >= 0, sentenceOf[i] == sentence {
                let t = tokens[i]
                if t.isWord, !t.isCapitalized,
                   Lexicon.pronouns.contains(t.key) || t.key.hasSuffix("ed") || ["that", "who", "which"].contains(t.key)
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
