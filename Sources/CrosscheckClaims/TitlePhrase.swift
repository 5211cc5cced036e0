/// What a title says about a person: service, rank and office.
struct TitlePhrase {
    var branch: String?
    var rank: String?
    var post: (head: String, body: [String], text: String)?

    /// Words that make another office of the one they precede.
    static let officePrefixes = ["shadow", "deputy", "assistant"]

    /// Reads a title ("US Navy's Brigadier General", "chairman of the Joint Chiefs of Staff").
    /// A service counts only before a rank ("Marine Corps Gen."), not inside the name of a body
    /// ("Secretary of the Navy", "Army Chiefs of Staff").
    static func parse(_ tokens: [ClaimToken], _ range: Range<Int>) -> TitlePhrase {
        var phrase = TitlePhrase()
        var pendingBranch: String?
        var sawOf = false
        var head: String?
        var headEnd = range.lowerBound
        var prefix: Int?
        var rankTokens = Set<Int>()
        var i = range.lowerBound
        while i < range.upperBound {
            let lower = tokens[i].lower
            if lower == "of" { sawOf = true }
            if let (post, length) = TitleWords.longestMatch(tokens, at: i, in: ClaimLexicon.posts), i + length <= range.upperBound {
                head = post
                headEnd = i + length
                // "shadow chancellor", "deputy prime minister": another office than the one named.
                if i > 0, officePrefixes.contains(tokens[i - 1].lower) {
                    head = tokens[i - 1].lower + " " + post
                    prefix = i - 1
                }
                // "chief UK economist", "head coach", "chief medical officer": "chief" or "head" before common
                // nouns heads them.
                if post == "head", let noun = (headEnd..<min(range.upperBound, headEnd + 3)).first(where: { !tokens[$0].isCapitalized }),
                   tokens[noun].isWord, !tokens[noun].is(.function), TitleWords.longestMatch(tokens, at: noun, in: ClaimLexicon.posts) == nil
                {
                    var last = noun
                    while last + 1 < range.upperBound, tokens[last + 1].isWord, !tokens[last + 1].isCapitalized, !tokens[last + 1].is(.function),
                          last - noun < 2 {
                        last += 1
                    }
                    head = ([tokens[i].lower] + (noun...last).map { tokens[$0].lower }).joined(separator: " ")
                    headEnd = last + 1
                }
                i = headEnd
                continue
            }
            // "general secretary", "general manager": a rank word before an office or a common noun
            // describes that office.
            let describes = { (length: Int) in
                let n = i + length
                return length == 1 && n < range.upperBound && tokens[n].isWord
                    && (TitleWords.longestMatch(tokens, at: n, in: ClaimLexicon.posts) != nil
                        || (!tokens[n].isCapitalized && !tokens[n].is(.function)))
            }
            if let (rank, length) = TitleWords.longestMatch(tokens, at: i, in: ClaimLexicon.ranks), i + length <= range.upperBound,
               !describes(length)
            {
                phrase.rank = rank
                if let branch = pendingBranch { phrase.branch = branch }
                rankTokens.formUnion(i..<(i + length))
                i += length
                continue
            }
            if !sawOf, let (branch, length) = TitleWords.branch(tokens, at: i), i + length <= range.upperBound {
                pendingBranch = branch
                i += length
                continue
            }
            i += 1
        }
        guard let head else { return phrase }
        // The body the office belongs to: capitalised words of the title, and after the head those
        // of the "of" phrase until the first ordinary word.
        var body: [String] = []
        var end = range.lowerBound
        var k = range.lowerBound
        while k < range.upperBound {
            let t = tokens[k]
            if k >= headEnd, t.isWord, !t.isCapitalized,
               !["of", "the", "and"].contains(t.lower), !ClaimLexicon.titleModifiers.contains(t.lower)
            {
                break
            }
            if t.kind == .punct, k >= headEnd { break }
            if t.isWord, t.isCapitalized, !rankTokens.contains(k), !isNationality(tokens, k),
               TitleWords.longestMatch(tokens, at: k, in: ClaimLexicon.posts) == nil
            {
                body.append(ClaimLexicon.spellings[t.lower] ?? t.lower)
            }
            end = k + 1
            k += 1
        }
        end = max(end, headEnd)
        let start = (range.lowerBound..<end).first { !isNationality(tokens, $0) && !rankTokens.contains($0) } ?? range.lowerBound
        let words = (min(start, prefix ?? start)..<end).filter { !rankTokens.contains($0) && tokens[$0].kind != .punct }.map { tokens[$0].text }
        phrase.post = (head, Array(Set(body)).sorted(), words.joined(separator: " "))
        return phrase
    }

    /// A nationality at `k` of a title: "Iranian Foreign Minister", but not the "Morgan" of "Morgan Stanley
    /// analyst", whose ending only looks like one ("-an") and which runs into another name word.
    private static func isNationality(_ tokens: [ClaimToken], _ k: Int) -> Bool {
        guard TitleWords.isNationality(tokens[k]) else { return false }
        guard ClaimLexicon.nationalities[tokens[k].lower] == nil, k + 1 < tokens.count, tokens[k + 1].isCapitalized else { return true }
        return tokens[k + 1].is([.title, .titleModifier, .institution])
            || TitleWords.longestMatch(tokens, at: k + 1, in: ClaimLexicon.posts) != nil
            || TitleWords.longestMatch(tokens, at: k + 1, in: ClaimLexicon.ranks) != nil || TitleWords.branch(tokens, at: k + 1) != nil
    }
}
