/// A person named in a sentence, resolved to the corpus-wide key.
struct PersonMention: Sendable {
    var mention: NameMention
    var key: String
}

/// What a document's earlier sentences make available to the next: whom "he" and "it" mean.
struct DocumentState: Sendable {
    var lastPerson: String?
    /// The last person written with a military rank, and the paragraph: for "the Marine general".
    var lastRanked: (key: String, paragraph: Int)?
    /// The last thing a state claim was about: for "it was unsigned".
    var lastStateSubject: String?
    /// The last thing each participle was said of: "it was unsigned" means what was last "signed".
    var stateSubjects: [String: String] = [:]
}

/// One sentence ready for the extractors.
struct SentenceContext {
    var sentence: PreparedSentence
    var sourceID: String
    var people: PersonIndex
    var persons: [PersonMention]
    /// The year the article bears, when known.
    var year: Int?

    var tokens: [ClaimToken] { sentence.tokens }

    init(sentence: PreparedSentence, sourceID: String, people: PersonIndex) {
        self.sentence = sentence
        self.sourceID = sourceID
        self.people = people
        persons = sentence.mentions.compactMap { m in people.key(for: m).map { PersonMention(mention: m, key: $0) } }
    }

    func fact(
        _ topic: Topic, value: FactValue?, valueText: String?, at index: Int, subjectLabel: String,
        wording: String = "", personKey: String? = nil
    ) -> Fact {
        Fact(
            topic: topic, value: value, valueText: valueText, sourceID: sourceID, paragraph: sentence.paragraph,
            sentence: sentence.text, fromQuote: tokens[index].quoted, subjectLabel: subjectLabel, wording: wording,
            personKey: personKey)
    }

    /// The person whose name covers token `index`.
    func person(at index: Int) -> PersonMention? {
        persons.first { $0.mention.name.contains(index) }
    }

    /// The person "he"/"she" at `index` most likely means: the last one named before it.
    func personBefore(_ index: Int, state: DocumentState) -> String? {
        persons.last { $0.mention.name.upperBound <= index && !tokens[$0.mention.name.lowerBound].quoted }?.key
            ?? state.lastPerson
    }

    /// The head noun of the lower-case noun phrase starting at `index` ("draft letter" → "letter"),
    /// stepping over capitalised adjectives ("Iraqi parliamentary resolution").
    func nounHead(from index: Int) -> (word: String, index: Int)? {
        var j = index
        while j < tokens.count, tokens[j].isWord, tokens[j].isCapitalized, person(at: j) == nil { j += 1 }
        var head: (String, Int)?
        while j < tokens.count, isContentWord(tokens[j]) {
            if !tokens[j].lower.hasSuffix("ing") && !tokens[j].lower.hasSuffix("ed") || head == nil {
                head = (tokens[j].lower, j)
            }
            if tokens[j].lower.hasSuffix("ing") || tokens[j].lower.hasSuffix("ed") { break }
            j += 1
        }
        return head
    }

    /// The sentence names a year other than the article's ("in 1998"): it tells of another time.
    var namesAnotherYear: Bool { year != nil && namesYear(besides: year) }

    /// Whether the sentence names a year other than `year` (any year, when nil).
    func namesYear(besides year: Int?) -> Bool {
        tokens.contains { t in
            t.kind == .number && t.text.utf8.count == 4 && Int(t.text).map { (1800...2100).contains($0) && $0 != year } == true
        }
    }

    func isContentWord(_ token: ClaimToken) -> Bool {
        token.isWord && !token.isCapitalized && !token.is(.function)
            && !token.isAdverb && (token.lower == "one" || !token.is(.numberWord))
    }

    /// True when a modal verb within `span` tokens before `index` makes the statement hypothetical.
    func isHypothetical(_ index: Int, span: Int = 4) -> Bool {
        (max(0, index - span)..<index).contains { ClaimLexicon.modals.contains(tokens[$0].lower) }
    }

    func isNegation(_ token: ClaimToken) -> Bool {
        ClaimLexicon.negations.contains(token.lower) || token.lower.hasSuffix("n't")
    }

    func isBeForm(_ token: ClaimToken) -> Bool {
        let lower = token.lower.hasSuffix("n't") ? String(token.lower.dropLast(3)) : token.lower
        return ["is", "are", "was", "were", "be", "been", "being", "wasn", "weren", "isn", "aren"].contains(lower)
    }

    /// Day and date expressions: ("Sunday", token index, written form).
    func dates() -> [(value: String, index: Int, text: String)] {
        var out: [(String, Int, String)] = []
        for (i, t) in tokens.enumerated() where t.is(.calendar) {
            if let day = ClaimLexicon.days[t.lower], !day.isEmpty, t.isCapitalized {
                out.append((day, i, t.text))
            } else if let month = ClaimLexicon.months[t.lower], t.isCapitalized {
                if i + 1 < tokens.count, tokens[i + 1].kind == .number, let d = Int(tokens[i + 1].text), (1...31).contains(d) {
                    out.append(("\(month) \(d)", i, "\(t.text) \(tokens[i + 1].text)"))
                } else if i > 0, tokens[i - 1].kind == .number, let d = Int(tokens[i - 1].text), (1...31).contains(d) {
                    out.append(("\(month) \(d)", i, "\(tokens[i - 1].text) \(t.text)"))
                }
            }
        }
        return out
    }
}
