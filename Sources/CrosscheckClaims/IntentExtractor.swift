/// Whether there is a plan or decision to act, and its denial: "there are no plans to leave",
/// "has made no decision to withdraw", "denied any plans to exit".
enum IntentExtractor {
    static let nouns: Set<String> = ["plan", "plans", "decision", "decisions", "intention", "intent"]
    /// Verbs of going away share one name, so that "leave", "exit" and "withdraw" compare.
    private static let verbs: [String: String] = [
        "leave": "leave", "withdraw": "leave", "exit": "leave", "depart": "leave", "quit": "leave", "pull": "leave",
    ]
    private static let denials: Set<String> = ["denied", "deny", "denies", "denying", "rejected", "dismissed"]

    static func extract(_ context: SentenceContext) -> [Fact] {
        let tokens = context.tokens
        var facts: [Fact] = []
        for i in tokens.indices where tokens[i].is(.intentNoun) && i > 0 {
            // "no decision whatsoever to leave": one word may come between the noun and "to".
            var to = i + 1
            if to < tokens.count, tokens[to].lower != "to", tokens[to].isWord, !tokens[to].isCapitalized { to += 1 }
            guard to + 1 < tokens.count, tokens[to].lower == "to", tokens[to + 1].isWord, !context.isHypothetical(i) else { continue }
            let verb = tokens[to + 1].lower
            let before = tokens[i - 1].lower
            let positive: Bool
            if before == "no" {
                positive = false
            } else if before == "any", (max(0, i - 5)..<(i - 1)).contains(where: { denials.contains(tokens[$0].lower) || context.isNegation(tokens[$0]) }) {
                positive = false
            } else if ["has", "have", "had"].contains(before) || (before == "a" && i > 1 && ["made", "took", "reached"].contains(tokens[i - 2].lower)) {
                positive = true
            } else {
                continue
            }
            let action = verbs[verb] ?? verb
            let written = tokens[(i - 1)...(to + 1)].map(\.text).joined(separator: " ")
            facts.append(
                context.fact(
                    Topic(attribute: .intent, subject: action), value: .polarity(positive), valueText: written, at: i,
                    subjectLabel: action))
        }
        return facts
    }
}
