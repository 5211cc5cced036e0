/// Where something began, told by an ordinal: "the fire started on the fourth floor", "broke out
/// on the 3rd floor". Sources that name different floors (or decks, levels) of one start disagree.
enum OrdinalExtractor {
    static let ordinals: [String: String] = [
        "first": "first", "second": "second", "third": "third", "fourth": "fourth", "fifth": "fifth", "sixth": "sixth",
        "seventh": "seventh", "eighth": "eighth", "ninth": "ninth", "tenth": "tenth", "eleventh": "eleventh",
        "twelfth": "twelfth", "ground": "ground", "top": "top",
    ]
    private static let spelled = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"]
    /// Verbs of starting; "broke" only with "out".
    private static let startVerbs: Set<String> = ["started", "starts", "began", "begun", "erupted", "originated", "ignited", "broke"]

    static func extract(_ context: SentenceContext) -> [Fact] {
        let tokens = context.tokens
        var facts: [Fact] = []
        for i in tokens.indices where i >= 2 && tokens[i - 1].lower == "the" && ["on", "in", "at", "from"].contains(tokens[i - 2].lower) {
            guard let (ordinal, length) = ordinal(tokens, at: i), i + length < tokens.count,
                  context.isContentWord(tokens[i + length])
            else { continue }
            let nounIndex = i + length
            // "broke out on", "started early on": only particles and adverbs stand between.
            guard let v = (max(0, i - 6)..<(i - 2)).last(where: { isStart(tokens, $0) }),
                  ((v + 1)..<(i - 2)).allSatisfy({ ["out", "early", "late", "just", "first"].contains(tokens[$0].lower) || tokens[$0].isAdverb }),
                  !context.isHypothetical(v, span: 3),
                  !(max(0, v - 2)..<v).contains(where: { context.isNegation(tokens[$0]) })
            else { continue }
            let noun = QuantityExtractor.singularize(tokens[nounIndex].lower)
            let thing = (max(0, v - 4)..<v).last { context.isContentWord(tokens[$0]) }.map { "the " + tokens[$0].lower } ?? "it"
            facts.append(
                context.fact(
                    Topic(attribute: .place, subject: noun, detail: "start"), value: .category(ordinal),
                    valueText: tokens[i...nounIndex].map(\.text).joined(separator: " "), at: i, subjectLabel: noun,
                    wording: thing))
        }
        return facts
    }

    /// "third" or "3rd" (two tokens: the figure and its suffix).
    static func ordinal(_ tokens: [ClaimToken], at i: Int) -> (String, Int)? {
        if let word = ordinals[tokens[i].lower] { return (word, 1) }
        guard tokens[i].kind == .number, let n = Int(tokens[i].text), i + 1 < tokens.count,
              tokens[i + 1].start == tokens[i].end, ["st", "nd", "rd", "th"].contains(tokens[i + 1].lower)
        else { return nil }
        return (n < spelled.count && n > 0 ? spelled[n] : "\(n)th", 2)
    }

    private static func isStart(_ tokens: [ClaimToken], _ k: Int) -> Bool {
        guard startVerbs.contains(tokens[k].lower) else { return false }
        return tokens[k].lower != "broke" || (k + 1 < tokens.count && tokens[k + 1].lower == "out")
    }
}
