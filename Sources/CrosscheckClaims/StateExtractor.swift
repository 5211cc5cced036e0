import CrosscheckText

/// Whether something is so, and the negations that deny it: "the letter was signed",
/// "a signed letter", "an unsigned draft", "had not been signed", "no signed letter",
/// "a non-binding resolution".
enum StateExtractor {
    /// Past participles that do not end in -ed.
    static let irregular: Set<String> = [
        "sent", "written", "known", "made", "held", "taken", "given", "shown", "seen", "done", "built", "paid",
        "sold", "told", "found", "kept", "left", "won", "lost", "sworn", "drawn", "broken", "chosen", "frozen",
    ]
    private static let determiners: Set<String> = ["a", "an", "the", "this", "that", "its", "their", "his", "her"]

    static func extract(_ context: SentenceContext, state: inout DocumentState) -> [Fact] {
        let tokens = context.tokens
        var facts: [Fact] = []
        for i in tokens.indices where tokens[i].isWord && !tokens[i].isCapitalized {
            guard let (lemma, positive, attributive) = reading(context, at: i),
                  !ClaimLexicon.descriptiveParticiples.contains(lemma)
            else { continue }
            let subject: String?
            if attributive, let head = context.nounHead(from: i + 1) {
                subject = resolve(head.word, lemma: lemma, state: state)
            } else if attributive {
                subject = nil
            } else {
                subject = subjectBefore(context, i, lemma: lemma, state: state)
            }
            guard let subject else { continue }
            state.lastStateSubject = subject
            state.stateSubjects[lemma] = subject
            let written = positive ? tokens[i].text : negatedText(tokens, i)
            facts.append(
                context.fact(
                    Topic(attribute: .state, subject: subject, detail: lemma), value: .polarity(positive),
                    valueText: written, at: i, subjectLabel: "the " + subject, wording: lemma))
        }
        return facts
    }

    /// The participle's lemma, its polarity, and whether it stands before its noun.
    private static func reading(_ context: SentenceContext, at i: Int) -> (String, Bool, Bool)? {
        let tokens = context.tokens
        let lower = tokens[i].lower
        let stem = negativeStem(lower)
        // Most words are neither: they are passed over before their neighbours are read.
        guard stem != nil || isParticiple(tokens, i) else { return nil }
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        let nextIsNoun = next.map { context.isContentWord($0) || ($0.isWord && $0.isCapitalized) } ?? false
        if let stem {
            if context.isHypothetical(i) { return nil }
            return (stem, false, nextIsNoun)
        }
        var p = i - 1
        // "was not signed", "was mistakenly released"; but "was no signed letter" is attributive.
        while p >= 0, tokens[p].isAdverb || (context.isNegation(tokens[p]) && tokens[p].lower != "no") { p -= 1 }
        let afterBe = p >= 0 && context.isBeForm(tokens[p])
        let negated = (max(0, i - 3)..<i).contains { context.isNegation(tokens[$0]) }
        if context.isHypothetical(i) { return nil }
        if afterBe {
            return (lower, !negated, false)
        }
        if p >= 0, determiners.contains(tokens[p].lower) || context.isNegation(tokens[p]), nextIsNoun, next?.lower != "by" {
            // "a signed letter"; "no signed letter", "not a signed one"
            let denied = context.isNegation(tokens[p]) || (p > 0 && context.isNegation(tokens[p - 1]))
            return (lower, !denied, true)
        }
        // "a letter signed by", "dated Sunday and signed by"; not "as requested by".
        if next?.lower == "by", !negated, p >= 0, context.isContentWord(tokens[p]) || ["and", ","].contains(tokens[p].lower) {
            return (lower, true, false)
        }
        return nil
    }

    /// "unsigned" → "signed", "non-binding" → "binding".
    static func negativeStem(_ lower: String) -> String? {
        // Only a word whose bytes open with "un" or "non" can: the rest are ruled out before any string is made.
        let bytes = lower.utf8
        guard let first = bytes.firstByte, first == 0x75 || first == 0x6E,
              bytes.starts(with: [0x75, 0x6E]) || bytes.starts(with: [0x6E, 0x6F, 0x6E])
        else { return nil }
        for prefix in ["non-", "non", "un"] where lower.hasPrefix(prefix) {
            let stem = String(lower.dropFirst(prefix.count))
            if stem.hasCount(atLeast: 4), stem.endsWith("ed") || stem.endsWith("ing") { return stem }
        }
        return nil
    }

    /// Read in place (the token at `i`): most words are asked, and copying each costs more than the test.
    private static func isParticiple(_ tokens: [ClaimToken], _ i: Int) -> Bool {
        let lower = tokens[i].lower
        return (lower.endsWith("ed") && lower.hasCount(atLeast: 5) && !lower.endsWith("eed")) || tokens[i].is(.irregularParticiple)
    }

    /// The thing a predicative participle is about: the nearest noun before it, across auxiliaries,
    /// adverbs, relative pronouns and proper names ("the letter, which was addressed to X and signed").
    private static func subjectBefore(_ context: SentenceContext, _ i: Int, lemma: String, state: DocumentState) -> String? {
        let tokens = context.tokens
        var j = i - 1
        var budget = 12  // proper names are stepped over without counting
        while j >= 0, budget > 0 {
            let t = tokens[j]
            if !t.isCapitalized { budget -= 1 }
            if t.isWord, ClaimLexicon.pronouns.contains(t.lower), !["his", "her", "its"].contains(t.lower) {
                if ["that", "this"].contains(t.lower), j + 1 < tokens.count, context.isContentWord(tokens[j + 1]) {
                    return tokens[j + 1].lower  // "that letter"
                }
                if t.lower == "that" { j -= 1; continue }  // relative "that"
                return resolve(t.lower, lemma: lemma, state: state)
            }
            if ClaimLexicon.personPronouns.contains(t.lower) || ["they", "we", "i", "you"].contains(t.lower) { return nil }
            if context.isContentWord(t), !t.lower.endsWith("ed"), !t.lower.endsWith("ing"), !t.possessive {
                // "leave no stone unturned", "no expense spared": a set phrase about nothing in particular.
                if j == i - 1, j >= 1, tokens[j - 1].lower == "no" { return nil }
                // "it was a draft which had not been signed": the draft is what "it" stands for.
                if j >= 3, ["a", "an"].contains(tokens[j - 1].lower), context.isBeForm(tokens[j - 2]),
                   ["it", "this", "that"].contains(tokens[j - 3].lower)
                {
                    return resolve(tokens[j - 3].lower, lemma: lemma, state: state)
                }
                return QuantityExtractor.singularize(t.lower)
            }
            j -= 1
        }
        return nil
    }

    /// Pronouns stand for the last thing said to be (or not be) so, or else the last thing any
    /// state claim was about.
    private static func resolve(_ word: String, lemma: String, state: DocumentState) -> String? {
        guard ClaimLexicon.pronouns.contains(word) else { return QuantityExtractor.singularize(word) }
        return state.stateSubjects[lemma] ?? state.lastStateSubject
    }

    private static func negatedText(_ tokens: [ClaimToken], _ i: Int) -> String {
        if negativeStem(tokens[i].lower) != nil { return tokens[i].text }
        let start = (max(0, i - 3)..<i).first {
            ClaimLexicon.negations.contains(tokens[$0].lower) || tokens[$0].lower.endsWith("n't")
        } ?? i
        return tokens[start...i].map(\.text).joined(separator: " ")
    }
}
