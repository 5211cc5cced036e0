/// The tally of a vote or ruling: "passed the bill by a vote of 61 to 38", "approved it, 62-38",
/// "the court ruled 6-3". Sources that give the same body's vote on the same act different tallies
/// disagree. A score ("won 3-2") has no vote word and is left alone.
enum TallyExtractor {
    /// Verbs of deciding by vote, by the act they decide: "approved" and "passed" are one act.
    private static let acts: [String: String] = [
        "passed": "passed", "passes": "passed", "approved": "passed", "approves": "passed", "cleared": "passed",
        "adopted": "passed", "rejected": "rejected", "rejects": "rejected", "defeated": "rejected", "confirmed": "confirmed",
        "confirms": "confirmed", "ruled": "ruled", "rules": "ruled", "voted": "voted", "votes": "voted",
        "elected": "elected", "acquitted": "acquitted", "convicted": "convicted", "overturned": "overturned",
    ]
    /// Words that make a sentence about a vote, so that "defeated … 3-2" is a vote and not a score.
    private static let voteWords: Set<String> = ["vote", "votes", "voted", "voting", "ballot", "ruled", "confirmed", "passed", "approved"]
    /// What is voted on, rather than who votes.
    private static let measures: Set<String> = [
        "bill", "measure", "motion", "resolution", "amendment", "legislation", "package", "proposal", "nomination",
        "budget", "deal", "treaty", "law", "plan", "ordinance",
    ]
    /// Every word either list holds, for the word-class test that rules out most sentences at once.
    static var words: some Sequence<String> { Array(acts.keys) + Array(voteWords) }

    static func extract(_ context: SentenceContext) -> [Fact] {
        let tokens = context.tokens
        guard tokens.contains(where: { $0.is(.decision) && voteWords.contains($0.lower) }) else { return [] }
        var facts: [Fact] = []
        for i in tokens.indices {
            // "passed a $95 billion border and farm aid bill by a vote of 67-32": the act can be far before "vote of".
            let reach = i >= 2 && tokens[i - 1].lower == "of" && tokens[i - 2].lower == "vote" ? 24 : 14
            guard let (a, b) = tally(tokens, at: i),
                  let v = actVerb(tokens, before: i, reach: reach) ?? actVerb(tokens, after: i + 3),
                  var subject = subject(context, before: v)
            else { continue }
            // "The bill passed 67-31" tells the vote on the bill, not which body cast it (`ClaimBuilder` finds it).
            let measure = measures.contains(subject.lower) ? subject.text : nil
            if measure != nil { subject.lower = "" }
            var act = acts[tokens[v].lower] ?? "voted"
            // "voted 61-38 to approve": the act is the verb after "to".
            if act == "voted", let k = ((v + 1)..<min(tokens.count - 1, v + 8)).first(where: { tokens[$0].lower == "to" }),
               let next = acts[tokens[k + 1].lower + "d"] ?? acts[tokens[k + 1].lower + "ed"]
            {
                act = next
            }
            let value = "\(max(a, b))-\(min(a, b))"
            facts.append(
                context.fact(
                    Topic(attribute: .tally, subject: subject.lower, detail: act), value: .category(value),
                    valueText: tokens[i...(i + 2)].map(\.text).joined(separator: tokens[i + 1].lower == "to" ? " " : ""),
                    at: i, subjectLabel: measure ?? subject.text, wording: act))
        }
        return facts
    }

    /// "61-38", "61–38" written as one, or "61 to 38" after "vote of" or a verb of voting.
    private static func tally(_ tokens: [ClaimToken], at i: Int) -> (Int, Int)? {
        guard i + 2 < tokens.count, tokens[i].kind == .number, tokens[i + 2].kind == .number,
              let a = Int(tokens[i].text), let b = Int(tokens[i + 2].text), a + b >= 3, a < 1000, b < 1000
        else { return nil }
        if i + 3 < tokens.count, QuantityExtractor.percentLength(tokens, at: i + 3) != nil { return nil }
        let joiner = tokens[i + 1]
        if ["-", "\u{2013}"].contains(joiner.text) {
            return joiner.start == tokens[i].end && tokens[i + 2].start == joiner.end ? (a, b) : nil
        }
        guard joiner.lower == "to", i >= 1 else { return nil }
        let before = tokens[i - 1].lower
        return before == "of" && i >= 2 && tokens[i - 2].lower == "vote" || acts[before] != nil ? (a, b) : nil
    }

    private static func actVerb(_ tokens: [ClaimToken], before i: Int, reach: Int) -> Int? {
        (max(0, i - reach)..<i).last { tokens[$0].is(.decision) && acts[tokens[$0].lower] != nil && !tokens[$0].quoted }
    }

    private static func actVerb(_ tokens: [ClaimToken], after i: Int) -> Int? {
        (i..<min(tokens.count, i + 8)).first { tokens[$0].is(.decision) && acts[tokens[$0].lower] != nil && !tokens[$0].quoted }
    }

    /// The body that voted: the nearest content word before the verb, over days and small words
    /// ("The Senate on Wednesday passed" → Senate; "lawmakers voted" → lawmakers).
    private static func subject(_ context: SentenceContext, before v: Int) -> (lower: String, text: String)? {
        let tokens = context.tokens
        var k = v - 1
        while k >= 0 {
            let t = tokens[k]
            // A person's vote has no tally.
            if context.person(at: k) != nil { return nil }
            if t.kind == .punct || t.kind == .number || t.is([.function, .calendar]) || t.isAdverb
                || ["night", "morning", "afternoon", "evening", "also", "narrowly", "then", "had", "has", "have"].contains(t.lower)
            {
                k -= 1
                continue
            }
            // "The House of Representatives approved": the body is named by the word before "of".
            if t.isCapitalized, k >= 2, tokens[k - 1].lower == "of", tokens[k - 2].isCapitalized, tokens[k - 2].isWord {
                k -= 2
                continue
            }
            return t.isWord ? (QuantityExtractor.singularize(tokens[k].lower), tokens[k].text) : nil
        }
        return nil
    }
}
