/// Who the text says spoke, before names are merged into people.
enum SpeakerRef: Sendable, Hashable {
    /// A named person (the mention's index in the paragraph's names).
    case name(Int)
    case pronoun(String)
    /// "the letter": `author` is a named person the phrase itself gives ("a letter from Jane Roe").
    case document(label: String, author: Int?)
    case organization(String)
    case anonymous(String)
    /// A transcript's speaker label ("ROE"), matched to a person the article names.
    case label(String)
}

/// Finds the speech verb of a quotation and the noun phrase that goes with it.
struct Attribution {
    let tokens: [Token]
    let names: [NameMention]

    /// Token index of each sentence's first token.
    private var sentenceStarts: [Int] {
        var starts = [0]
        for (i, tok) in tokens.enumerated() where tok.endsSentence && i + 1 < tokens.count { starts.append(i + 1) }
        return starts
    }

    func sentenceRange(containing p: Int) -> Range<Int> {
        let starts = sentenceStarts
        let lo = starts.last(where: { $0 <= p }) ?? 0
        let hi = starts.first(where: { $0 > p }) ?? tokens.count
        return lo..<hi
    }

    /// Whether any word of the sentence around token `p` (quotations aside) is a speech verb.
    func sentenceHasSpeechVerb(_ p: Int) -> Bool {
        sentenceRange(containing: p).contains { isSpeechVerb($0) }
    }

    /// The speaker of the quotation at token `p`, or nil when the sentence gives none. A fragment
    /// woven into the sentence looks before itself first (`Roe described it as "cordial"`); a whole
    /// quotation looks after itself first (`"...," Roe said`).
    func speaker(ofQuoteAt p: Int, woven: Bool = false) -> SpeakerRef? {
        let sentence = sentenceRange(containing: p)
        // "they", "it", "we" rarely name a quotation's speaker; other verbs in the sentence may.
        let named = { (ref: SpeakerRef?) -> SpeakerRef? in
            if case .pronoun(let w)? = ref, !Lexicon.personPronouns.contains(w) { return nil }
            if case .name(let n)? = ref, introducesOrganisation(names[n]) { return .organization(names[n].text) }
            return ref
        }
        if woven {
            return named(before(p, sentence)) ?? named(after(p, sentence)) ?? headline(p)
        }
        return named(after(p, sentence)) ?? named(before(p, sentence)) ?? headline(p)
    }

    /// "the charity Oxfam", "supermarket giant Tesco": a name that a noun for an organisation introduces,
    /// and no title or role marks as a person's, is the organisation's.
    func introducesOrganisation(_ m: NameMention) -> Bool {
        var k = m.tokens.lowerBound - 1
        // `said the watchdog, Ofwat` and `The regulator, Ofwat, said`: the noun and its article open the
        // clause, and the name stands beside them. Not `… the Islamic State group, Esper said`.
        if k >= 2, tokens[k].text == ",", ["the", "a", "an"].contains(tokens[k - 2].key),
           k - 3 < 0 || tokens[k - 3].endsSentence || isSpeechVerb(k - 3)
        {
            k -= 1
        }
        guard k >= 0, !m.cued, tokens[k].isWord, !tokens[k].isCapitalized, !tokens[k].isPossessive else { return false }
        return Lexicon.organisationDescriptors.contains(tokens[k].key)
    }

    /// The person a speech verb of the next sentence names, for a quotation standing as its own
    /// sentence: `"..." That was how Jane Roe described it.`
    func speakerOfNextSentence(after p: Int) -> SpeakerRef? {
        let sentence = sentenceRange(containing: p)
        guard sentence.upperBound < tokens.count else { return nil }
        let next = sentenceRange(containing: sentence.upperBound)
        for v in next where tokens[v].quoteIndex == nil && isSpeechVerb(v) {
            guard tokens[v].key != "according" else { return forward(from: v + 1, limit: next.upperBound).flatMap(Self.named) }
            return backward(from: v, lowerBound: next.lowerBound).flatMap(Self.named)
        }
        return nil
    }

    private static func named(_ ref: SpeakerRef) -> SpeakerRef? {
        if case .name = ref { return ref }
        return nil
    }

    /// After the quotation: `"...," he said.` / `"...," said Jane Roe.` / `"...," the letter read.`
    private func after(_ p: Int, _ sentence: Range<Int>) -> SpeakerRef? {
        var v = p + 1
        while v < sentence.upperBound, v - p <= 25 {
            if tokens[v].quoteIndex != nil { break }
            if isSpeechVerb(v) {
                let between = (p + 1)..<v
                if between.allSatisfy({ tokens[$0].kind == .punct }) || tokens[v].key == "according" {
                    return forward(from: v + 1, limit: sentence.upperBound)
                } else if let ref = backward(from: v, lowerBound: p + 1) {
                    return ref
                }
            }
            v += 1
        }
        return nil
    }

    /// Before it: `Jane Roe said, "..."` / `He added: '...'` / `Roe said that it was "..."`.
    private func before(_ p: Int, _ sentence: Range<Int>) -> SpeakerRef? {
        var u = p - 1
        while u >= sentence.lowerBound {
            if isSpeechVerb(u) || isLabelling(u, quoteAt: p) {
                if tokens[u].key == "according" { return forward(from: u + 1, limit: p) }
                if Lexicon.isParticiple(tokens[u].key) {
                    // "with its leader, Jane Roe, saying": a name right before the participle.
                    if let ref = backward(from: u, lowerBound: sentence.lowerBound), case .name = ref { return ref }
                    if let ref = subjectRef(sentence, before: u) { return ref }
                }
                if let ref = backward(from: u, lowerBound: sentence.lowerBound) { return ref }
                if let ref = subjectRef(sentence, before: u) { return ref }
            }
            u -= 1
        }
        return nil
    }

    /// Headlines: `Jane Roe: "..."` and `"...": Jane Roe says`; pull quotes: `"..." — Jane Roe, mayor`.
    private func headline(_ p: Int) -> SpeakerRef? {
        if p >= 1, tokens[p - 1].text == ":", let n = nameEnding(at: p - 2) { return .name(n) }
        if p + 2 < tokens.count, [":", "\u{2014}", "\u{2013}"].contains(tokens[p + 1].text), let n = nameStarting(at: p + 2) { return .name(n) }
        return nil
    }

    // MARK: Verbs

    /// A labelling verb a few words before the quotation it brings in: `Roe called the plan "reckless"`.
    func isLabelling(_ u: Int, quoteAt p: Int) -> Bool {
        // An object must come between: in `the plan, called "Project Dawn",` the quotation is a name; but not
        // after a name or pronoun, whose verb it is: `a result that Nigel Farage called "a big moment"`.
        let direct = p - u == 1 && u > 0 && tokens[u - 1].isWord && (tokens[u - 1].isCapitalized || Lexicon.pronouns.contains(tokens[u - 1].key))
        guard p - u >= 2 || direct, p - u <= 7, Lexicon.labellingVerbs.contains(tokens[u].key), !tokens[u].isCapitalized else { return false }
        return ((u + 1)..<p).allSatisfy { tokens[$0].isWord && tokens[$0].quoteIndex == nil }
    }

    func isSpeechVerb(_ i: Int) -> Bool {
        let tok = tokens[i]
        guard tok.isWord, !tok.isCapitalized || i == 0 || tokens[i - 1].endsSentence else { return false }
        let key = tok.key
        if key == "according" { return i + 1 < tokens.count && tokens[i + 1].key == "to" }
        // "continued making allegations" and "would continue \"for as long as it takes\"" are no speech;
        // "continued: ..." and "he continued." are.
        if key.hasPrefix("continu"), i + 1 < tokens.count, tokens[i + 1].kind != .punct { return false }
        if Lexicon.speechVerbs.contains(key) {
            // Base forms ("comment", "note", "reply") are mostly nouns; as verbs they follow
            // a pronoun, a modal or "to": "they say", "will tell", "to add".
            if !(key.hasSuffix("ed") || key.hasSuffix("s") || key.hasSuffix("ing")),
               !["said", "told", "wrote", "written", "read"].contains(key)
            {
                guard i > 0 else { return false }
                let prev = tokens[i - 1].key
                // "campaigners say", "experts warn": a plural subject.
                if tokens[i - 1].isWord, !tokens[i - 1].isCapitalized, !tokens[i - 1].isPossessive, prev.hasSuffix("s"), !prev.hasSuffix("ss") {
                    return true
                }
                return Lexicon.pronouns.contains(prev) || ["you", "to", "will", "would", "could", "can", "may", "might", "should", "must",
                                                           "did", "does", "do", "also", "then", "people", "officials", "sources"].contains(prev)
            }
            // "the report" and "a statement" are nouns; "told" after "was" is passive.
            if i > 0, ["a", "an", "the", "his", "her", "their", "its", "our", "these", "those"].contains(tokens[i - 1].key)
                || Lexicon.prepositions.contains(tokens[i - 1].key) && tokens[i - 1].isWord
            {
                return false
            }
            return true
        }
        guard Lexicon.weakSpeechVerbs.contains(key), i > 0 else { return false }
        // Weak verbs only right after a name, pronoun or document, and before a pause or "that".
        let prev = tokens[i - 1]
        let attached = prev.quoteIndex != nil || prev.isCapitalized || Lexicon.pronouns.contains(prev.key)
            || Lexicon.documentNouns.contains(prev.key) || Lexicon.anonymousNouns.contains(prev.key)
            || (prev.text == "," && i >= 2 && tokens[i - 2].quoteIndex != nil)
        guard attached else { return false }
        return true
    }
}
