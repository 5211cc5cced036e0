import CrosscheckModel

/// Sentences cut off mid-way and run into the next: the marks of a page stitched from snippets.
extension Integrity {
    static func fragments(_ source: SourceText) -> Finding? {
        var evidence: [Reliability.Evidence] = []
        var weight = 0.0
        for sentence in source.sentences where sentence.kind == .body {
            if let note = collision(sentence.tokens) ?? gluedSentence(sentence.tokens) {
                evidence.append(Reliability.Evidence(sentence, note: note))
                weight += 1
            }
        }
        for paragraph in source.document.paragraphs where paragraph.kind == .body {
            guard let last = source.sentences.last(where: { $0.paragraph == paragraph.index }) else { continue }
            switch unfinished(last.tokens) {
            case .cut:
                evidence.append(Reliability.Evidence(last, note: "stops mid-sentence"))
                weight += 1
            case .unpunctuated:
                evidence.append(Reliability.Evidence(last, note: "paragraph ends without a full stop"))
                weight += 0.34
            case nil: break
            }
        }
        guard weight >= 1 else { return nil }
        let strong = Int(weight.rounded())
        return Finding(
            id: "fragments", label: "Truncated or run-together sentences (\(evidence.count))",
            points: cappedPoints(weight, each: Weights.fragmentEach, cap: Weights.fragmentCap), evidence: evidence,
            phrase: strong == 1 ? "a truncated sentence" : "\(amountWord(strong)) truncated or run-together sentences")
    }

    /// `throughout the The letter`: a word that needs a continuation, then a fresh sentence.
    static func collision(_ tokens: [Token]) -> String? {
        for i in tokens.indices.dropFirst() {
            let left = tokens[i - 1], right = tokens[i]
            guard left.isLowercase, right.isCapitalized, right.spaceBefore, Lexicon.dangling.contains(left.lower),
                  Lexicon.sentenceStarters.contains(right.text)
            else { continue }
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            // "from The Times" is a title; "the The letter" is two sentences run together.
            if Lexicon.pronounStarters.contains(right.text) || next?.isLowercase == true {
                return "a sentence breaks off at \u{201C}\(left.text) \(right.text)\u{201D}"
            }
        }
        return nil
    }

    /// `in Baghdad.The White House`: two sentences glued without a space.
    static func gluedSentence(_ tokens: [Token]) -> String? {
        var i = 1
        while i + 1 < tokens.count {
            let left = tokens[i - 1], mark = tokens[i]
            // A stop is a mark, never a word: most pairs are ruled out before the set is asked.
            if left.isWord, !mark.isWord, !mark.spaceBefore, stops.contains(mark.text), left.text.unicodeScalars.last.map(Tokenizer.isLower) == true {
                var j = i + 1
                while j < tokens.count, !tokens[j].isWord, !tokens[j].spaceBefore, quotes.contains(tokens[j].text) { j += 1 }
                if j < tokens.count, tokens[j].isCapitalized, !tokens[j].spaceBefore, tokens[j].text.count >= 2,
                   tokens[j].text.dropFirst().first?.isLowercase == true, !Lexicon.abbreviations.contains(left.lower)
                {
                    return "sentences run together at \u{201C}\(left.text)\(mark.text)\(tokens[j].text)\u{201D}"
                }
            }
            i += 1
        }
        return nil
    }

    private static let stops: Set<String> = [".", "!", "?"]
    private static let quotes: Set<String> = ["\"", "\u{201C}", "\u{201D}", "'"]
    private static let closers: Set<String> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]"]

    enum Ending { case cut, unpunctuated }

    /// A body paragraph that stops without a terminal mark; stopping on `the` or `of` is a cut.
    static func unfinished(_ tokens: [Token]) -> Ending? {
        guard let last = tokens.last else { return nil }
        if !last.isWord {
            if stops.contains(last.text) || last.text == "\u{2026}" || last.text == ":" { return nil }
            // A closing quote or bracket ends the sentence when a mark sits just inside it.
            if tokens.count >= 2, closers.contains(last.text) { return nil }
        }
        let words = tokens.filter(\.isWord)
        guard words.count >= 10, let lastWord = words.last else { return nil }
        if last.isWord, Lexicon.dangling.contains(lastWord.lower) { return .cut }
        return last.isWord ? .unpunctuated : nil
    }
}
