/// Who the text says spoke, before names are merged into people.
enum SpeakerRef: Sendable, Hashable {
    /// A named person (the mention's index in the paragraph's names).
    case name(Int)
    case pronoun(String)
    /// "the letter": `author` is a named person the phrase itself gives ("a letter from Jane Roe").
    case document(label: String, author: Int?)
    case organization(String)
    case anonymous(String)
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
            return ref
        }
        if woven {
            return named(before(p, sentence)) ?? named(after(p, sentence)) ?? headline(p)
        }
        return named(after(p, sentence)) ?? named(before(p, sentence)) ?? headline(p)
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
            if isSpeechVerb(u) {
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

    /// Headlines: `Jane Roe: "..."` and `"...": Jane Roe says`.
    private func headline(_ p: Int) -> SpeakerRef? {
        if p >= 1, tokens[p - 1].text == ":", let n = nameEnding(at: p - 2) { return .name(n) }
        if p + 2 < tokens.count, tokens[p + 1].text == ":", let n = nameStarting(at: p + 2) { return .name(n) }
        return nil
    }

    // MARK: Verbs

    func isSpeechVerb(_ i: Int) -> Bool {
        let tok = tokens[i]
        guard tok.isWord, !tok.isCapitalized || i == 0 || tokens[i - 1].endsSentence else { return false }
        let key = tok.key
        if key == "according" { return i + 1 < tokens.count && tokens[i + 1].key == "to" }
        // "continued making allegations" is no speech; "continued: ..." is.
        if key.hasPrefix("continu"), i + 1 < tokens.count, tokens[i + 1].isWord { return false }
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

    // MARK: Noun phrases

    /// The phrase right after a verb: `said Defense Secretary Jane Roe in a statement`.
    private func forward(from start: Int, limit: Int) -> SpeakerRef? {
        var i = start
        if i < limit, tokens[i].key == "to" { i += 1 }
        while i < limit, tokens[i].isWord, Lexicon.auxiliaries.contains(tokens[i].key) || tokens[i].key.hasSuffix("ly") { i += 1 }
        guard i < limit, tokens[i].isWord else { return nil }
        var end = i
        let determined = ["a", "an", "the", "one"].contains(tokens[i].key)
        while end < limit, isNounPhraseWord(end, first: end == i)
            || determined && end - i < 5 && tokens[end].isWord && isPlainWord(tokens[end])
        {
            end += 1
        }
        guard end > i else { return nil }
        // "a letter from Jane Roe": keep the prepositional phrase for the author.
        var full = end
        if full + 1 < limit, ["from", "by", "of"].contains(tokens[full].key) {
            var k = full + 1
            while k < limit, isNounPhraseWord(k, first: k == full + 1) { k += 1 }
            if k > full + 1 { full = k }
        }
        // "said the group's leader, Jane Roe": the name in apposition is the speaker.
        if full < limit - 1, tokens[full].text == ",",
           let n = names.firstIndex(where: { $0.tokens.lowerBound == full + 1 || $0.tokens.lowerBound == full + 2 && tokens[full + 1].isCapitalized }),
           !names.contains(where: { (i..<end).contains($0.tokens.lowerBound) })
        {
            return .name(n)
        }
        return classify(head: i..<end, full: i..<full)
    }

    /// The phrase that ends right before a verb, skipping appositives, adverbs and trailing
    /// prepositional phrases: `a letter from Jane Roe to the ministry said` → head "a letter".
    private func backward(from verb: Int, lowerBound lo: Int) -> SpeakerRef? {
        var i = verb - 1
        while i >= lo, tokens[i].isWord, !tokens[i].isCapitalized,
              Lexicon.auxiliaries.contains(tokens[i].key) || tokens[i].key.hasSuffix("ly")
        {
            i -= 1
        }
        guard i >= lo else { return nil }
        if tokens[i].text == "," {
            // "Jane Roe, a doctor, said" / "Jane Roe, who ..., said".
            var j = i - 1
            while j >= lo, j > i - 20, tokens[j].text != ",", tokens[j].quoteIndex == nil, !tokens[j].endsSentence { j -= 1 }
            guard j >= lo, tokens[j].text == "," else { return nil }
            // "Its leader, Jane Roe, said": the name between the commas is the speaker.
            if let n = names.lastIndex(where: { $0.tokens.lowerBound > j && $0.tokens.upperBound == i }) { return .name(n) }
            i = j - 1
        }
        guard i >= lo, tokens[i].isWord else { return nil }
        if Lexicon.pronouns.contains(tokens[i].key) { return .pronoun(tokens[i].key) }
        var phrase = nounPhrase(endingAt: i, lowerBound: lo)
        var full = phrase
        // Walk back over "from Jane Roe to the ministry" to the phrase they belong to.
        while phrase.lowerBound - 2 >= lo, Lexicon.prepositions.contains(tokens[phrase.lowerBound - 1].key),
              tokens[phrase.lowerBound - 1].isWord, !tokens[phrase.lowerBound - 1].isCapitalized
        {
            // "Secretary of Defense Jane Roe": a name after "of" is the head, not a complement.
            let range = phrase
            if tokens[range.lowerBound - 1].key == "of", names.contains(where: { range.contains($0.tokens.lowerBound) }) { break }
            let before = nounPhrase(endingAt: phrase.lowerBound - 2, lowerBound: lo)
            guard !before.isEmpty else { break }
            phrase = before
            full = before.lowerBound..<full.upperBound
        }
        guard !phrase.isEmpty else { return nil }
        return classify(head: phrase, full: full)
    }

    /// The subject of a sentence, for participles: `Jane Roe met the envoy, telling him "..."`.
    func subjectRef(_ sentence: Range<Int>, before limit: Int) -> SpeakerRef? {
        var i = sentence.lowerBound
        while i < limit, tokens[i].isWord, ["yet", "but", "and", "so", "meanwhile", "however", "also", "still"].contains(tokens[i].key) {
            i += 1
        }
        if i < limit, tokens[i].isWord, Lexicon.prepositions.contains(tokens[i].key) || Lexicon.isParticiple(tokens[i].key),
           let comma = (i..<limit).first(where: { tokens[$0].text == "," })
        {
            i = comma + 1
        }
        guard i < limit, tokens[i].isWord else { return nil }
        if Lexicon.pronouns.contains(tokens[i].key) { return .pronoun(tokens[i].key) }
        var end = i
        while end < limit, isNounPhraseWord(end, first: end == i) { end += 1 }
        guard end > i else { return nil }
        return classify(head: i..<end, full: i..<end)
    }

    private func nounPhrase(endingAt end: Int, lowerBound lo: Int) -> Range<Int> {
        guard end >= lo, end < tokens.count, tokens[end].isWord else { return end + 1..<end + 1 }
        var s = end
        while s - 1 >= lo {
            let tok = tokens[s - 1]
            if tok.text == ".", s - 2 >= lo, tokens[s - 2].isInitial || Tokenizer.abbreviations.contains(tokens[s - 2].key) {
                s -= 1
                continue
            }
            guard tok.isWord else { break }
            if Lexicon.determiners.contains(tok.key) && !tok.isCapitalized {
                s -= 1
                if ["a", "an", "the", "his", "her", "its", "their", "our", "this", "that", "these", "those"].contains(tok.key) { break }
                continue
            }
            if tok.isCapitalized || NameFinder.isHyphenParticle(tok) || isLowercaseNoun(tok) {
                s -= 1
                continue
            }
            // "a council spokesman": any plain word between a determiner and the head noun.
            if let d = ((max(lo, s - 3))..<s).last(where: { ["a", "an", "the", "one"].contains(tokens[$0].key) }),
               ((d + 1)..<s).allSatisfy({ tokens[$0].isWord && isPlainWord(tokens[$0]) })
            {
                s = d
            }
            break
        }
        return s..<(end + 1)
    }

    private func isNounPhraseWord(_ i: Int, first: Bool) -> Bool {
        let tok = tokens[i]
        if tok.text == ".", i > 0, tokens[i - 1].isInitial || Tokenizer.abbreviations.contains(tokens[i - 1].key) { return true }
        guard tok.isWord else { return false }
        if first && Lexicon.determiners.contains(tok.key) { return true }
        if tok.isCapitalized || NameFinder.isHyphenParticle(tok) { return true }
        if Lexicon.lowercaseNameParticles.contains(tok.key), i + 1 < tokens.count, tokens[i + 1].isCapitalized { return true }
        return isLowercaseNoun(tok) && !Lexicon.determiners.contains(tok.key)
    }

    private func isPlainWord(_ tok: Token) -> Bool {
        let k = tok.key
        return !Lexicon.prepositions.contains(k) && !Lexicon.pronouns.contains(k) && !Lexicon.auxiliaries.contains(k)
            && !Lexicon.speechVerbs.contains(k) && !k.hasSuffix("ed") && !k.hasSuffix("ing")
            && !["and", "or", "but", "who", "which", "that", "when", "where", "while", "if", "than", "not"].contains(k)
    }

    /// Lowercase words that can sit in a speaker phrase: role, document and crowd nouns, adjectives.
    private func isLowercaseNoun(_ tok: Token) -> Bool {
        let k = tok.key
        if Lexicon.prepositions.contains(k) || Lexicon.pronouns.contains(k) || Lexicon.auxiliaries.contains(k) { return false }
        if Lexicon.speechVerbs.contains(k) || Lexicon.weakSpeechVerbs.contains(k) { return false }
        if ["and", "or", "but", "who", "which", "that", "when", "where", "while", "as", "if", "than", "not"].contains(k) { return false }
        if Lexicon.anonymousNouns.contains(k) || Lexicon.documentNouns.contains(k) || Lexicon.roleNouns.contains(k) { return true }
        if k.hasSuffix("ed") || k.hasSuffix("ing") { return false }
        return k.hasSuffix("al") || k.hasSuffix("ian") || k.hasSuffix("ary") || k.hasSuffix("ior") || k.hasSuffix("ive")
            || ["top", "senior", "former", "chief", "deputy", "military", "defense", "defence", "foreign", "state", "security",
                "government", "ministry", "police", "army", "navy", "intelligence", "press", "news", "draft", "official",
                "white", "house", "joint", "local", "federal", "iraqi", "western", "european", "american", "elected",
                "unnamed", "anonymous", "other", "second", "first", "third", "new", "old", "young", "own", "written",
                "signed", "leaked", "internal", "brief", "short", "long", "joint", "separate"].contains(k)
    }

    /// What a speaker phrase is: a person, a document, an organisation or an unnamed source.
    private func classify(head: Range<Int>, full: Range<Int>) -> SpeakerRef? {
        let words = head.filter { tokens[$0].isWord }
        guard let last = words.last else { return nil }
        let headText = text(head)
        if words.contains(where: { !tokens[$0].isCapitalized && Lexicon.documentNouns.contains(tokens[$0].key) }) {
            let author = names.firstIndex { n in
                full.contains(n.tokens.lowerBound) && (!head.contains(n.tokens.lowerBound) || tokens[n.tokens.upperBound - 1].isPossessive)
            }
            return .document(label: headText, author: author)
        }
        if let n = names.lastIndex(where: { head.contains($0.tokens.lowerBound) && $0.tokens.upperBound - 1 >= last }) {
            return .name(n)
        }
        let lastTok = tokens[last]
        // "the 52-year-old said": the person just named, like a pronoun.
        if lastTok.key.hasSuffix("-old"), tokens[words[0]].key == "the" { return .pronoun("he") }
        if !lastTok.isCapitalized || words.count == 1 && lastTok.isCapitalized && isCommonNoun(lastTok.key) {
            if Lexicon.organisationNouns.contains(lastTok.key) && !Lexicon.anonymousNouns.contains(lastTok.key) {
                return .organization(text(full))
            }
            // "campaigners say", "critics said": an unnamed group.
            let plural = lastTok.key.hasSuffix("s") && !lastTok.key.hasSuffix("ss") && !lastTok.isPossessive && lastTok.key.count > 3
            if Lexicon.anonymousNouns.contains(lastTok.key) || Lexicon.roleNouns.contains(lastTok.key) || plural {
                return .anonymous(text(full))
            }
            return nil
        }
        // "the President said": a title standing for the person who holds it.
        if tokens[words[0]].key == "the", words.count <= 3, Lexicon.titles.contains(lastTok.key) || Lexicon.roleNouns.contains(lastTok.key) {
            return .anonymous(text(head))
        }
        // Capitalised but not a person's name: "the White House", "the Pentagon", "Reuters".
        if words.contains(where: { Lexicon.places.contains(tokens[$0].key) || Lexicon.organisationWords.contains(tokens[$0].key) })
            || tokens[words[0]].key == "the" || words.count == 1 && tokens[last].text.allSatisfy({ $0.isUppercase || !$0.isLetter })
        {
            return .organization(headText)
        }
        return nil
    }

    private func isCommonNoun(_ key: String) -> Bool {
        Lexicon.anonymousNouns.contains(key) || Lexicon.organisationNouns.contains(key) || Lexicon.roleNouns.contains(key)
    }

    private func nameEnding(at i: Int) -> Int? {
        guard i >= 0 else { return nil }
        return names.lastIndex { $0.tokens.upperBound - 1 == i || ($0.tokens.upperBound == i && tokens[i].text == ".") }
    }

    private func nameStarting(at i: Int) -> Int? {
        guard i < tokens.count else { return nil }
        return names.firstIndex { $0.tokens.lowerBound >= i && $0.tokens.lowerBound <= i + 3 }
    }

    func text(_ range: Range<Int>) -> String {
        var out = ""
        for i in range {
            let tok = tokens[i]
            if !out.isEmpty, tok.kind == .word || tok.quoteIndex != nil { out += " " }
            out += tok.text
        }
        return out
    }
}
