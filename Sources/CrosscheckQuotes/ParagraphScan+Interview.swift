/// Interviews printed as questions and answers: `Q: Why did you resign?` / `A: I had no choice.`
/// The answers are the interviewee's words though no quotation mark encloses them.
extension ParagraphScan {
    /// The character range of an answer's words, when the paragraph opens with an answer label.
    static func answerSpan(_ chars: [Character]) -> QuoteSpan? {
        guard let start = labelEnd(chars, letter: "A") else { return nil }
        var end = chars.count
        while end > start, chars[end - 1].isWhitespace { end -= 1 }
        guard end > start, chars[start..<end].contains(where: \.isLetter) else { return nil }
        return QuoteSpan(open: 0, start: start, end: end, close: nil, single: false)
    }

    /// A transcript line, `ROE: We will not pay.`: the label (one to three words in capitals) and the
    /// span of the words after it. A label in title case ("Roe:") counts only when it is one word.
    static func transcriptLine(_ chars: [Character]) -> (label: String, span: QuoteSpan)? {
        guard let colon = chars.prefix(40).firstIndex(of: ":"), colon >= 2 else { return nil }
        let label = String(chars[..<colon])
        let words = label.split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || "-.'’".contains($0) } })
        else { return nil }
        let capitals = label.allSatisfy { !$0.isLetter || $0.isUppercase }
        guard capitals || words.count == 1 else { return nil }
        var start = colon + 1
        while start < chars.count, chars[start].isWhitespace { start += 1 }
        var end = chars.count
        while end > start, chars[end - 1].isWhitespace { end -= 1 }
        guard end > start, chars[start].isUppercase || chars[start].isNumber, chars[start..<end].filter({ $0 == " " }).count >= 1 else { return nil }
        return (label, QuoteSpan(open: start, start: start, end: end, close: nil, single: false))
    }

    /// Whether the paragraph opens with a question label.
    static func isQuestion(_ chars: [Character]) -> Bool { labelEnd(chars, letter: "Q") != nil }

    /// `Q:`, `Q.`, `Q -`: the index of the first character after the label and its spaces.
    private static func labelEnd(_ chars: [Character], letter: Character) -> Int? {
        guard chars.count > 3, chars[0] == letter, [":", ".", "-", "\u{2013}", "\u{2014}"].contains(chars[1]) else { return nil }
        var i = 2
        while i < chars.count, chars[i].isWhitespace { i += 1 }
        return i > 2 || chars[1] == ":" ? i : nil
    }
}
