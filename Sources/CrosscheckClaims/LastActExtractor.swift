/// When something was last done to a thing: "the bridge was last inspected in 2016", "the
/// bridge's last full inspection took place in 2018". Verb and noun share a stem ("inspect"), so
/// both wordings are one claim, and sources that give different dates disagree.
enum LastActExtractor {
    static func extract(_ context: SentenceContext) -> [Fact] {
        let tokens = context.tokens
        var facts: [Fact] = []
        for i in tokens.indices where tokens[i].lower == "last" && i > 0 {
            guard let (thing, act, stem, wording) = verbal(context, i) ?? nominal(context, i),
                  !context.isHypothetical(act, span: 4),
                  !(max(0, i - 3)..<act).contains(where: { context.isNegation(tokens[$0]) }),
                  let date = date(tokens, after: act)
            else { continue }
            facts.append(
                context.fact(
                    Topic(attribute: .event, subject: thing, detail: "last " + stem), value: .category(date.value),
                    valueText: date.text, at: act, subjectLabel: "the " + thing, wording: wording))
        }
        return facts
    }

    /// "the dam was last (fully) inspected": the thing before the verb "to be".
    private static func verbal(_ context: SentenceContext, _ i: Int) -> (String, Int, String, String)? {
        let tokens = context.tokens
        var b = i - 1
        guard context.isBeForm(tokens[b]) else { return nil }
        while b > 0, context.isBeForm(tokens[b - 1]) || ["had", "has", "have"].contains(tokens[b - 1].lower) { b -= 1 }
        guard b > 0, context.isContentWord(tokens[b - 1]), !tokens[b - 1].possessive else { return nil }
        var k = i + 1
        while k < tokens.count, tokens[k].isAdverb { k += 1 }
        guard k < tokens.count, tokens[k].lower.hasSuffix("ed"), tokens[k].lower.count > 4 else { return nil }
        let thing = QuantityExtractor.singularize(tokens[b - 1].lower)
        return (thing, k, String(tokens[k].lower.dropLast(2)), "was last " + tokens[k].lower)
    }

    /// "the dam's last (full) inspection": the owner before "last", and a noun in -ion just after.
    private static func nominal(_ context: SentenceContext, _ i: Int) -> (String, Int, String, String)? {
        let tokens = context.tokens
        let owner = tokens[i - 1]
        guard owner.possessive, owner.isWord, !owner.isCapitalized || i - 1 > 0 else { return nil }
        guard let k = ((i + 1)..<min(tokens.count, i + 4)).first(where: { tokens[$0].lower.hasSuffix("ion") && tokens[$0].lower.count > 5 }),
              ((i + 1)..<k).allSatisfy({ context.isContentWord(tokens[$0]) })
        else { return nil }
        let thing = QuantityExtractor.singularize(owner.lower)
        let stem = String(tokens[k].lower.dropLast(3))
        // "inspection" → "was last inspected", so the row reads the same whichever wording leads.
        return (thing, k, stem, "was last " + stem + (stem.hasSuffix("e") ? "d" : "ed"))
    }

    /// A year ("in 2017", "in March 2019") or a day and month soon after the act.
    private static func date(_ tokens: [ClaimToken], after act: Int) -> (value: String, text: String)? {
        for k in (act + 1)..<min(tokens.count, act + 8) {
            if tokens[k].lower == ";" { return nil }
            guard tokens[k].kind == .number, tokens[k].text.count == 4, let year = Int(tokens[k].text), (1800...2100).contains(year)
            else { continue }
            if k > 0, let month = ClaimLexicon.months[tokens[k - 1].lower], tokens[k - 1].isCapitalized {
                return ("\(month) \(year)", "\(tokens[k - 1].text) \(year)")
            }
            return ("\(year)", tokens[k].text)
        }
        return nil
    }
}
