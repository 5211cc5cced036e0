/// Noun phrases around speech verbs: who the phrase names and what kind of speaker it is.
extension Attribution {
    /// The phrase right after a verb: `said Defense Secretary Jane Roe in a statement`.
    func forward(from start: Int, limit: Int) -> SpeakerRef? {
        var i = start
        if i < limit, tokens[i].key == "to" { i += 1 }
        while i < limit, tokens[i].isWord, Lexicon.auxiliaries.contains(tokens[i].key) || tokens[i].key.hasSuffix("ly") { i += 1 }
        guard i < limit, tokens[i].isWord else { return nil }
        // "replied fire chief Jane Roe", "said study author Dr. Maria Lindqvist": lowercase role words, then
        // the name they introduce, after a title of address if any.
        if let n = names.firstIndex(where: { $0.tokens.lowerBound > i && $0.tokens.lowerBound <= i + 6 && $0.tokens.lowerBound < limit }) {
            var k = names[n].tokens.lowerBound - 1
            if k > i, tokens[k].text == "." { k -= 1 }
            if k > i, Lexicon.addressTitles.contains(tokens[k].key) { k -= 1 }
            if k - i < 4, Lexicon.isRoleNoun(tokens[k].key),
               (i...k).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && isPlainWord(tokens[$0]) })
            {
                return .name(n)
            }
        }
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
        // "said Saudi Arabia's crown prince, …": a possessive's role words, lowercase, lead to the comma.
        if full == end, end > i, tokens[end - 1].isPossessive {
            var k = end
            while k < limit, k - end < 4, tokens[k].isWord, !tokens[k].isCapitalized, isPlainWord(tokens[k]) { k += 1 }
            full = k
        }
        // "said the group's leader, Jane Roe": the name in apposition is the speaker.
        if full < limit - 1, tokens[full].text == ",",
           let n = names.firstIndex(where: { $0.tokens.lowerBound == full + 1 || $0.tokens.lowerBound == full + 2 && tokens[full + 1].isCapitalized }),
           // A name of the phrase is its head, unless it only owns the role ("Roe's spokesman, John Doe").
           !names.contains(where: { (i..<end).contains($0.tokens.lowerBound) && !tokens[$0.tokens.upperBound - 1].isPossessive })
        {
            return .name(n)
        }
        return classify(head: i..<end, full: i..<full)
    }

    /// The phrase that ends right before a verb, skipping appositives, adverbs and trailing
    /// prepositional phrases: `a letter from Jane Roe to the ministry said` → head "a letter".
    func backward(from verb: Int, lowerBound lo: Int) -> SpeakerRef? {
        var i = verb - 1
        while i >= lo, tokens[i].isWord, !tokens[i].isCapitalized,
              Lexicon.auxiliaries.contains(tokens[i].key) || tokens[i].key.hasSuffix("ly")
        {
            i -= 1
        }
        guard i >= lo else { return nil }
        // "Gov. Jane Roe (D) said", "Sen. John Doe (R-Texas) said": party and state in brackets.
        if tokens[i].text == ")", let open = (max(lo, i - 8)..<i).last(where: { tokens[$0].text == "(" }), open > lo {
            i = open - 1
        }
        // "Jane Roe Jr. told": the dot of a suffix or initial ends the name, not the sentence.
        if tokens[i].text == ".", i - 1 >= lo, tokens[i - 1].isInitial || Lexicon.nameSuffixes.contains(tokens[i - 1].key) {
            if let n = names.lastIndex(where: { $0.tokens.upperBound == i || $0.tokens.upperBound == i + 1 }) { return .name(n) }
        }
        // "Acme Corp. said": the dot of an abbreviation belongs to the word.
        if tokens[i].text == ".", i - 1 >= lo, tokens[i - 1].isWord, Tokenizer.abbreviations.contains(tokens[i - 1].key) { i -= 1 }
        if tokens[i].text == "," {
            // "Jane Roe, a doctor, said" / "Jane Roe, who ..., said".
            var j = i - 1
            while j >= lo, j > i - 20, tokens[j].text != ",", tokens[j].quoteIndex == nil, !tokens[j].endsSentence { j -= 1 }
            guard j >= lo, tokens[j].text == "," else { return nil }
            // "Its leader, Jane Roe, said": the name between the commas is the speaker; not a name
            // that only ends the clause ("Jane Roe, who runs a bakery in Leeds, said").
            if let n = names.lastIndex(where: { m in
                m.tokens.lowerBound > j && m.tokens.upperBound == i
                    && ((j + 1)..<m.tokens.lowerBound).allSatisfy { tokens[$0].isCapitalized || tokens[$0].text == "." }
            }) {
                return .name(n)
            }
            i = j - 1
            // "Prof Maria Lindqvist, of the Karolinska Institute in Stockholm, who led the study, said": a second
            // appositive, of the body or place the person is from, between the name and the first.
            if let k = (max(lo, i - 15)..<i).last(where: { tokens[$0].text == "," || tokens[$0].endsSentence }), tokens[k].text == ",",
               ["of", "from", "at"].contains(tokens[k + 1].key), let n = nameEnding(at: k - 1)
            {
                return .name(n)
            }
            // "Jane Roe, 45, a nurse, told": an age before the role.
            if i - 1 >= lo, tokens[i].text.allSatisfy(\.isNumber), tokens[i - 1].text == ",",
               let n = names.lastIndex(where: { $0.tokens.upperBound == i - 1 })
            {
                return .name(n)
            }
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
            let preposition = tokens[range.lowerBound - 1].key
            let before = nounPhrase(endingAt: phrase.lowerBound - 2, lowerBound: lo)
            // "Senator Chris Murphy of Connecticut": a person's name before "of" is the head, the place after it is not.
            if ["of", "from"].contains(preposition),
               let n = names.lastIndex(where: { before.contains($0.tokens.lowerBound) && ($0.cued || $0.parts.count >= 2) })
            {
                return .name(n)
            }
            if preposition == "of", names.contains(where: { range.contains($0.tokens.lowerBound) }) { break }
            guard !before.isEmpty else { break }
            full = before.lowerBound..<full.upperBound
            // "the Bank of England", "a Department for Transport spokesman": "of" or "for" between two
            // capitalised words joins one name, which the phrase takes in with its head.
            // Not after a person's name: "President Jane Roe of Ukraine" is Jane Roe.
            let joinsName = tokens[range.lowerBound].isCapitalized && tokens[range.lowerBound - 2].isCapitalized
                && !names.contains(where: { before.contains($0.tokens.lowerBound) })
            phrase = (preposition == "of" || preposition == "for") && joinsName ? before.lowerBound..<phrase.upperBound : before
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
        // "The environment secretary, Thérèse Coffey, declined …": the name set off by commas after the
        // words that open the sentence is its subject.
        if let n = names.firstIndex(where: { m in
            let (lo, hi) = (m.tokens.lowerBound, m.tokens.upperBound)
            // "The head of the National Transportation Safety Board (NTSB), Laura Menendez, said": an
            // abbreviation in brackets may close the opening words.
            return lo > i + 1 && lo <= i + 12 && hi < limit && tokens[lo - 1].text == "," && tokens[hi].text == ","
                && (i..<(lo - 1)).allSatisfy { tokens[$0].isWord || ["(", ")"].contains(tokens[$0].text) }
        }) {
            return .name(n)
        }
        var end = i
        while end < limit, isNounPhraseWord(end, first: end == i) { end += 1 }
        guard end > i else { return nil }
        return classify(head: i..<end, full: i..<end)
    }

    func nounPhrase(endingAt end: Int, lowerBound lo: Int) -> Range<Int> {
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
            // "Lula da Silva", "Ludwig van Beethoven": a particle between the capitalised words of a name.
            if Lexicon.lowercaseNameParticles.contains(tok.key), tokens[s].isCapitalized, s - 2 >= lo, tokens[s - 2].isCapitalized {
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

    func isNounPhraseWord(_ i: Int, first: Bool) -> Bool {
        let tok = tokens[i]
        if tok.text == ".", i > 0, tokens[i - 1].isInitial || Tokenizer.abbreviations.contains(tokens[i - 1].key) { return true }
        guard tok.isWord else { return false }
        if first && Lexicon.determiners.contains(tok.key) { return true }
        if tok.isCapitalized || NameFinder.isHyphenParticle(tok) { return true }
        if Lexicon.lowercaseNameParticles.contains(tok.key), i + 1 < tokens.count, tokens[i + 1].isCapitalized { return true }
        return isLowercaseNoun(tok) && !Lexicon.determiners.contains(tok.key)
    }

    func isPlainWord(_ tok: Token) -> Bool {
        let k = tok.key
        return !Lexicon.prepositions.contains(k) && !Lexicon.pronouns.contains(k) && !Lexicon.auxiliaries.contains(k)
            && !Lexicon.speechVerbs.contains(k) && !k.hasSuffix("ed") && !k.hasSuffix("ing")
            && !["and", "or", "but", "who", "which", "that", "when", "where", "while", "if", "than", "not"].contains(k)
    }

    /// "the 52-year-old", "the father-of-two": a description that stands for the person just named.
    static func isEpithet(_ key: String) -> Bool {
        if key.hasSuffix("-old") { return true }
        guard let dash = key.firstIndex(of: "-"), key.contains("-of-") else { return false }
        return NameFinder.kinship.contains(String(key[..<dash])) || ["grandmother", "grandfather"].contains(String(key[..<dash]))
    }

    static let partyMembers: Set<String> = ["democrat", "republican", "tory"]

    /// Lowercase words that can sit in a speaker phrase: role, document and crowd nouns, adjectives.
    func isLowercaseNoun(_ tok: Token) -> Bool {
        let k = tok.key
        if Self.isEpithet(k) { return true }
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
    func classify(head: Range<Int>, full: Range<Int>) -> SpeakerRef? {
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
        if Self.isEpithet(lastTok.key), tokens[words[0]].key == "the" { return .pronoun(Lexicon.agePronoun) }
        // "the Oklahoma Republican said": a party member, named by state or party, is the person just named.
        if tokens[words[0]].key == "the", words.count <= 4, lastTok.isCapitalized, Self.partyMembers.contains(lastTok.key) {
            return .pronoun(Lexicon.agePronoun)
        }
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

    func isCommonNoun(_ key: String) -> Bool {
        Lexicon.anonymousNouns.contains(key) || Lexicon.organisationNouns.contains(key) || Lexicon.roleNouns.contains(key)
    }

    func nameEnding(at i: Int) -> Int? {
        guard i >= 0 else { return nil }
        return names.lastIndex { $0.tokens.upperBound - 1 == i || ($0.tokens.upperBound == i && tokens[i].text == ".") }
    }

    func nameStarting(at i: Int) -> Int? {
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
