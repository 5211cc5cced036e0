import Foundation
import CrosscheckModel
import CrosscheckText

/// A quotation found in a paragraph, before speakers are resolved to people.
struct QuoteCandidate: Sendable {
    var span: QuoteSpan
    /// Token index of the quotation in the paragraph's tokens.
    var token: Int
    var text: String
    var partial: Bool
    var speaker: SpeakerRef?
    /// The sentence's subject, used when a woven-in fragment has no speech verb of its own.
    var fallback: SpeakerRef?
    /// `"We lost everything." That was how Jane Roe put it.`: a speaker named by the next sentence.
    var following: SpeakerRef?
    /// The whole paragraph is this one quotation's words, opened at its start.
    var opensParagraph: Bool
    var context: String
    /// An interview's answer after an `A:` label, with no quotation marks.
    var answer = false
    /// A transcript's line after its speaker's label (`ROE:`), with no quotation marks.
    var transcript = false
}

/// One paragraph read for quotations, names and attributions.
struct ParagraphScan: Sendable {
    var paragraph: Paragraph
    /// Characters in the paragraph. The characters themselves are not kept: for a large corpus
    /// they took more memory than anything else the analysis holds.
    var length: Int
    var tokens: [Token]
    var names: [NameMention]
    var quotes: [QuoteCandidate]
    /// "Protesters said": one capitalised plural word opening a sentence is a group, not a surname.
    func isPluralGroup(_ n: Int) -> Bool {
        let m = names[n]
        guard m.parts.count == 1, m.role == nil, let word = m.parts.first, startsSentence(m.tokens.lowerBound) else { return false }
        return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !tokens[m.tokens.lowerBound].isPossessive
    }

    /// The speaker a paragraph ending in a colon introduces for the quotation that follows:
    /// `Roe told the meeting:` then a paragraph that is all quotation.
    var leadIn: SpeakerRef? {
        guard tokens.last?.text == ":" else { return nil }
        return Attribution(tokens: tokens, names: names).speaker(ofQuoteAt: tokens.count)
    }

    /// Opens with a `Q:` label: an interview's question.
    var isQuestion = false

    /// Mentions found here may create people (the article's own text, not captions or credits).
    var createsPeople: Bool

    init(_ paragraph: Paragraph) {
        self.paragraph = paragraph
        let chars = paragraph.text.characterArray
        length = chars.count
        var spans = QuoteScanner.scan(chars)
        isQuestion = ParagraphScan.isQuestion(chars)
        let answer = spans.isEmpty ? ParagraphScan.answerSpan(chars) : nil
        if let answer { spans = [answer] }
        let transcript = spans.isEmpty && !isQuestion ? ParagraphScan.transcriptLine(chars) : nil
        if let transcript { spans = [transcript.span] }
        let slicer = CharacterSlicer(paragraph.text, chars)
        tokens = Tokenizer.tokens(chars, quotes: spans, slicer: slicer)
        names = NameFinder.mentions(tokens)
        createsPeople = (paragraph.kind == .body || paragraph.kind == .headline) && !ParagraphScan.looksLikeCredit(chars, text: paragraph.text)
            && !ParagraphScan.isContributorLine(paragraph.text, length: chars.count)
            && !ParagraphScan.isTitleCase(tokens)
        let attribution = Attribution(tokens: tokens, names: names)
        var quotes: [QuoteCandidate] = []
        for (p, tok) in tokens.enumerated() {
            guard let n = tok.quoteIndex else { continue }
            let span = spans[n]
            let text = slicer.text(span.start..<span.end)
            let sentence = attribution.sentenceRange(containing: p)
            let hasVerb = attribution.sentenceHasSpeechVerb(p)
            let wordCount = Folding.words(text).count
            let alone = tokens.count == 1
            // `"..." she said. "Not once."`: a short sentence of its own beside other quotations is speech.
            let ownSentence = sentence.allSatisfy { [tokens] in $0 == p || tokens[$0].kind == .punct }
            let spoken = ownSentence && spans.count > 1 && text.last.map { ".?!".contains($0) } == true
            // `Roe called the plan "cultural vandalism"`: a person's characterisation, in lowercase.
            let characterised = text.first?.isLowercase == true
                && sentence.lowerBound < p && (sentence.lowerBound..<p).contains { [tokens] in ["called", "calling", "calls"].contains(tokens[$0].key) }
            if wordCount <= 2 && !hasVerb && !alone && !spoken && !characterised && answer == nil && transcript == nil { continue }
            let partial = ParagraphScan.isPartial(text, at: p, tokens, sentenceStart: sentence.lowerBound, attribution)
            if partial && ParagraphScan.isTitle(text) { continue }
            // `she told "Fox & Friends"`: a programme or paper told is the listener, not words spoken.
            if p > 0, ["told", "tells", "tell", "telling"].contains(tokens[p - 1].key), ParagraphScan.isTitle(text) { continue }
            // "the so-called 'war on terror'", "a plan dubbed 'Project Fear'": a label, not speech.
            if partial, wordCount <= 5, p > 0, ParagraphScan.labelMarkers.contains(tokens[p - 1].key)
                || p > 1 && tokens[p - 2].key == "known" && tokens[p - 1].key == "as"
            {
                continue
            }
            let speaker = transcript.map { .label($0.label) } ?? attribution.speaker(ofQuoteAt: p, woven: partial && p > sentence.lowerBound)
            let fallback = speaker == nil && partial ? attribution.subject(ofSentenceAt: p) : nil
            let following = speaker == nil && ownSentence ? attribution.speakerOfNextSentence(after: p) : nil
            let context = ParagraphScan.context(slicer, tokens, sentence)
            quotes.append(QuoteCandidate(
                span: span, token: p, text: text, partial: partial, speaker: speaker, fallback: fallback, following: following,
                opensParagraph: p == 0, context: context, answer: answer != nil, transcript: transcript != nil))
        }
        self.quotes = quotes
        // A paragraph taken for a caption because a credit follows it, but holding a quotation with
        // its speech verb and speaker, is the article's own text: captions describe, they do not quote.
        if paragraph.kind == .caption, !createsPeople, !ParagraphScan.looksLikeCredit(chars, text: paragraph.text),
           tokens.filter(\.isWord).count >= 8, quotes.contains(where: { $0.speaker != nil && !$0.partial })
        {
            self.paragraph.kind = .body
            createsPeople = !ParagraphScan.isTitleCase(tokens)
        }
    }

    func startsSentence(_ token: Int) -> Bool {
        token == 0 || tokens[token - 1].endsSentence || tokens[token - 1].quoteIndex != nil
    }

    /// Wire sign-offs name the journalists, not people of the story: "Jane Roe contributed to this
    /// report", "(Reporting by Jane Roe; Editing by John Doe)".
    static func isContributorLine(_ text: String, length: Int) -> Bool {
        guard length < 300 else { return false }
        // Lowercasing the ASCII bytes alone rules most lines out without Foundation. Only two characters
        // lowercase into ASCII letters (the Kelvin sign and a dotted capital I); where one occurs, Foundation decides.
        if !text.utf8.containsBytes(of: "\u{212A}") && !text.utf8.containsBytes(of: "\u{0130}") {
            // Over the contiguous bytes: mapping the UTF-8 view itself costs a call per byte.
            var text = text
            let lower = text.withUTF8 { source in
                String(unsafeUninitializedCapacity: source.count) { out in
                    for i in source.indices { out[i] = source[i] &- 0x41 < 26 ? source[i] | 0x20 : source[i] }
                    return source.count
                }
            }
            if !contributorMarks.contains(where: { lower.utf8.containsBytes(of: $0) }) { return false }
        }
        let lower = text.lowercased()
        return contributorMarks.contains {
            // The byte search rules most lines out cheaply; Foundation's answer stands where it may match.
            lower.utf8.containsBytes(of: $0) && lower.contains($0)
        }
    }

    private static let contributorMarks = [
        "contributed to this report", "contributed to this story", "contributed reporting", "reporting by ",
        "editing by ", "writing by ", "compiled by ", "additional reporting",
    ]

    static let labelMarkers: Set<String> = [
        "so-called", "dubbed", "nicknamed", "termed", "titled", "entitled", "branded", "labelled", "labeled",
        "codenamed", "code-named",
    ]

    /// A fragment woven into the reporter's sentence, rather than a sentence the speaker said.
    static func isPartial(_ text: String, at p: Int, _ tokens: [Token], sentenceStart: Int, _ a: Attribution) -> Bool {
        if let first = text.first(where: { $0.isLetter }), first.isLowercase { return true }
        if p == sentenceStart { return false }
        let prev = tokens[p - 1]
        if prev.text == ":" { return false }
        // `Roe said "We will win."`: a whole sentence right after its speech verb.
        if a.isSpeechVerb(p - 1) { return false }
        if prev.text == "," {
            return !(sentenceStart..<p).contains { a.isSpeechVerb($0) }
        }
        return true
    }

    // Built once: these sets were rebuilt on every call, for every paragraph and quotation.
    private static let titleSmallWords: Set<String> = ["a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "at", "by", "or", "from"]
    private static let titleCaseSmallWords: Set<String> = titleSmallWords.union(["as"])

    /// "Fire and Fury", "The Daily Show": a short title in capitals, not something anyone said.
    static func isTitle(_ text: String) -> Bool {
        guard text.last.map({ !".?!".contains($0) }) ?? true else { return false }
        // Words are taken until a ninth rules the text out: a long quotation is not read to its end.
        var words: [String] = []
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            let word = rest[..<end].filter { $0.isLetter || $0.isNumber }
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
            guard !word.isEmpty else { continue }
            words.append(word)
            if words.count > 8 { return false }
        }
        guard !words.isEmpty else { return false }
        let small = titleSmallWords
        return words.allSatisfy { small.contains($0.lowercased()) || ($0.first?.isUppercase ?? false) }
            && words.contains { !small.contains($0.lowercased()) } && words.count >= 1
    }

    /// "Minister Says Talks Will Resume": in a title-case line every verb looks like a name.
    static func isTitleCase(_ tokens: [Token]) -> Bool {
        // `Said Rep. Jane Roe: "..."`: an inverted attribution, not a title.
        if tokens.first?.key == "said", tokens.contains(where: { $0.quoteIndex != nil }) { return false }
        // Words other than small ones must all be capitalised, four at least: a body paragraph is ruled
        // out at its first lowercase word.
        var considered = 0
        for i in tokens.indices where tokens[i].isWord && startsWithLetter(tokens[i].text) {
            guard !titleCaseSmallWords.contains(tokens[i].key) else { continue }
            guard tokens[i].isCapitalized else { return false }
            considered += 1
        }
        return considered >= 4
    }

    /// A character is a letter by its first scalar, so an ASCII first byte decides alone.
    private static func startsWithLetter(_ text: String) -> Bool {
        guard let byte = text.utf8.firstByte else { return false }
        if byte < 0x80 { return (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        return text.first?.isLetter == true
    }

    private static let creditMarks: Set<Character> = ["/", "|", ":", "©", "("]

    private static func isCreditMark(_ c: Character) -> Bool {
        // Hashing every Character is slow; ASCII ones compare as bytes.
        if let a = c.asciiByte { return a == 0x2F || a == 0x7C || a == 0x3A || a == 0x28 }
        return creditMarks.contains(c)
    }

    /// Whether the bytes of a credit mark occur at all; without them no character can be one.
    private static func mayHoldCreditMark(_ text: String) -> Bool {
        text.utf8.anyByte { $0 == 0x2F || $0 == 0x7C || $0 == 0x3A || $0 == 0x28 || $0 == 0xA9 }
    }

    /// Photo credits and bylines: "Photo: Jane Roe / AFP", "Jane Roe | Getty Images", a lone name.
    static func looksLikeCredit(_ chars: [Character], text: String) -> Bool {
        // Credits are short lines or end captions; a long paragraph without a slash, bar or colon is text.
        guard chars.count < 600 else { return false }
        if chars.count >= 60, chars.count >= 300 || !mayHoldCreditMark(text) || !chars.contains(where: isCreditMark) { return false }
        let markers = ["Photo:", "Photo by", "Photograph:", "Photographs:", "Getty", "(AP", "AP Photo", "/AFP", "/ AFP",
                       "Reuters/", "/ Reuters", " | ", "Credit:", "Image:", "Courtesy", "©", "Pool/", "/Pool", "Photos:"]
        if markers.contains(where: { text.utf8.containsBytes(of: $0) && text.contains($0) }) { return true }
        guard chars.count < 60 else { return false }
        let words = text.split(whereSeparator: { $0.isWhitespace })
        return words.count <= 4 && !text.contains(where: { ".?!\"\u{201C}\u{201D}".contains($0) })
    }

    /// The sentence around a quotation, with a sentence that runs on after it kept whole.
    static func context(_ slicer: CharacterSlicer, _ tokens: [Token], _ sentence: Range<Int>) -> String {
        guard !sentence.isEmpty else { return "" }
        let lo = tokens[sentence.lowerBound].range.lowerBound
        let hi = tokens[sentence.upperBound - 1].range.upperBound
        return slicer.text(lo..<hi).trimmingSpaces()
    }
}

extension Attribution {
    /// The subject of the sentence around token `p`, for fragments with no speech verb.
    func subject(ofSentenceAt p: Int) -> SpeakerRef? {
        let sentence = sentenceRange(containing: p)
        guard let ref = subjectRef(sentence, before: p) else { return nil }
        if case .pronoun = ref { return ref }
        if case .name = ref { return ref }
        if case .anonymous = ref { return ref }
        return nil
    }
}
