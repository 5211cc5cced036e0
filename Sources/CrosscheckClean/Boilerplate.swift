import CrosscheckModel
import CrosscheckText

/// Site furniture: sharing and comment widgets, navigation labels, footers, residue in another script.
enum Boilerplate {
    /// No letters or digits worth reading (bullets, rules, lone symbols): fewer than two in all. Words are
    /// never empty, so only a line of one word can be that short, and only its characters need counting.
    static func isEmpty(_ line: Line) -> Bool {
        line.words.isEmpty || line.words.count == 1 && !line.words[0].hasCount(atLeast: 2)
    }

    static func mark(_ lines: inout [Line]) {
        let latin = mostlyLatin(lines)
        var footerStarted = false
        for i in lines.indices where lines[i].isKept {
            let line = lines[i]
            if footerStarted || isWidget(line) || isCommentPolicy(line) || (latin && !hasLatinLetters(line.text)) {
                lines[i].verdict = .remove(.boilerplate)
            }
            // Past a comments or sharing footer in the last part of the page, nothing is the article's.
            if !footerStarted, startsFooter(line), i * 10 >= lines.count * 6 {
                footerStarted = true
            }
        }
        markSkippedBlocks(&lines)
    }

    /// A promotion that the page lets screen readers skip: `skip past newsletter promotion`, the
    /// promotion, then `after newsletter promotion`. Everything between the two marks goes.
    private static func markSkippedBlocks(_ lines: inout [Line]) {
        for i in lines.indices where lines[i].words.starts(with: ["skip", "past"]) && lines[i].words.count > 2 {
            let closing = ["after"] + lines[i].words.dropFirst(2)
            guard let end = lines[(i + 1)...].prefix(12).firstIndex(where: { $0.words == closing }) else { continue }
            for j in i...end where lines[j].isKept {
                lines[j].verdict = .remove(.boilerplate)
            }
        }
    }

    /// Short lines that are the labels of page widgets.
    private static let widgets: Set<String> = [
        "share", "share this", "share this article", "share this story", "tweet", "email", "print", "comments",
        "comment", "post a comment", "leave a reply", "leave a comment", "no comments", "tell your friends",
        "back to top", "advertisement", "advertising", "ad", "breaking news", "related", "related stories", "related articles",
        "read more", "more", "topical videos", "watch", "subscribe", "sign up", "follow us", "source url",
        "source link", "click here", "skip to content", "menu", "log in", "login", "register", "most read",
        "recommended", "trending", "top stories", "latest news", "you may also like", "view comments",
        "show comments", "load comments", "newsletter", "cookie policy", "privacy policy", "terms of use",
        "save", "ad feedback", "skip advertisement", "supported by", "share full article", "reuse this content",
        "tap here", "order reprints", "today's paper", "this video can not be played", "this video cannot be played",
        "free daily newsletter", "free weekly newsletter", "join the conversation", "join the discussion",
        "join our commenting forum", "published", "updated", "related topics", "related article", "related content",
        "more on this story", "explore more on these topics", "topics", "more stories", "watch live",
        "skip to main content", "skip to navigation", "skip navigation", "close extra sharing options", "copy link",
        "facebook", "linkedin", "twitter", "whatsapp", "reddit", "pinterest", "flipboard", "purchase licensing rights",
        "advertisement scroll to continue", "scroll to continue", "report a typo", "send us a news tip", "submit a news tip",
        "report a correction or typo", "send us a tip",
    ]

    private static let footerStarts: Set<String> = [
        "comments", "comment", "post a comment", "leave a reply", "leave a comment", "no comments",
        "view comments", "show comments", "load comments", "related", "related stories", "related articles",
        "topical videos", "you may also like", "most read", "recommended", "share", "share this",
        "tell your friends", "share this article", "share this story", "related topics", "more on this story",
        "explore more on these topics", "join the conversation", "join the discussion", "join our commenting forum",
    ]

    private static let footerStartWords = footerStarts.map { $0.split(separator: " ").count }.max() ?? 0

    private static func isWidget(_ line: Line) -> Bool {
        let words = line.words
        guard words.count <= 8 else { return opensWithCall(words) || isFollowLink(line) || phraseHit(line) }
        let phrase = words.joined(separator: " ")
        if widgets.contains(phrase) || widgets.contains(String(phrase.drop { $0.isNumber }).trimmingSpaces()) {
            return true
        }
        // "Share on Facebook", "Share news in social networks", "usr: 1".
        if words.first == "share" || words.first == "follow" || line.text.hasPrefix("usr:") { return true }
        return opensWithCall(words) || phraseHit(line)
    }

    /// `Follow AP's coverage of Britain at https://…`, `Follow Jane Doe on X @janedoe`.
    private static func isFollowLink(_ line: Line) -> Bool {
        line.words.first == "follow" && line.words.count <= 25 && (line.text.contains("http") || line.text.contains("@"))
    }

    /// A call to the reader that no article sentence opens with: `CLICK HERE TO GET THE APP`,
    /// `Sign up to our free Morning Headlines email`, `Listen to this article · 4:12 min`, `Continue reading the main story`.
    private static func opensWithCall(_ words: [String]) -> Bool {
        guard words.count <= 25, let first = words.first, callOpenings.contains(first) else { return false }
        return calls.contains { words.starts(with: $0) }
    }

    private static let callOpenings = Set(calls.map { $0[0] })

    private static let calls = [
        ["click", "here"], ["sign", "up"], ["subscribe", "to"], ["subscribe", "now"], ["get", "our", "free"],
        ["listen", "to", "this", "article"], ["skip", "past"], ["tap", "here"], ["download", "the", "app"], ["download", "our"],
        ["continue", "reading", "the", "main", "story"],
    ]

    private static func phraseHit(_ line: Line) -> Bool {
        // Folded words hold no spaces: a phrase is in the line when its words follow one another there,
        // found without joining the line into one string. One pass over the line; a word's first byte
        // tells which phrases could start there, most often none.
        let words = line.words
        for i in words.indices {
            guard let byte = words[i].utf8.firstByte, byte < 0x80 else { continue }
            for phrase in footerPhrasesByFirstByte[Int(byte)]
            where words.count - i >= phrase.count && words[i] == phrase[0] && words[(i + 1)...].starts(with: phrase.dropFirst()) {
                return true
            }
        }
        return false
    }

    /// ASCII byte → the phrases (as words) whose first word starts with it.
    private static let footerPhrasesByFirstByte: [[[String]]] = footerPhrases.reduce(into: Array(repeating: [], count: 128)) {
        index, phrase in
        index[Int(phrase.utf8.first!)].append(phrase.split(separator: " ").map(String.init))
    }

    private static let footerPhrases = [
        "your email address will not be published", "required fields are marked", "all rights reserved",
        "sign up for our newsletter", "subscribe to our newsletter", "this material may not be published",
        "enable javascript", "accept cookies", "we use cookies", "thomson reuters trust principles",
        "newsletters may contain info", "keep up with all the latest", "story tips can be sent",
        "a version of this article appears in print", "this story has been updated", "this article has been updated",
        "straight to your inbox", "something went wrong please try again", "thank you for subscribing",
        "we have more newsletters", "see our privacy notice", "sign up to our daily newsletter", "sign up to our newsletter",
        "have you got a story for us", "on our free streaming app", "download our free news app", "download our free app",
    ]

    private static func startsFooter(_ line: Line) -> Bool {
        // A footer start has at most four words, and dropping a leading figure removes at most one:
        // a longer line cannot be one, and is not joined into a phrase to find that out.
        guard line.words.count <= footerStartWords + 1 else { return false }
        let phrase = line.words.joined(separator: " ")
        if footerStarts.contains(phrase) { return true }
        // Without a leading figure to drop, the second form is the phrase trimmed.
        let dropped = phrase.first?.isNumber == true ? String(phrase.drop { $0.isNumber }) : phrase
        return footerStarts.contains(dropped.trimmingSpaces())
    }

    /// A site's rules for reader comments.
    private static func isCommentPolicy(_ line: Line) -> Bool {
        guard line.words.contains(where: { $0 == "comment" || $0 == "comments" }) else { return false }
        return line.words.contains(where: commentPolicyWords.contains)
    }

    private static let commentPolicyWords: Set<String> = [
        "moderate", "moderates", "moderated", "guidelines", "approved", "rejected", "policy", "submitted",
        "publication", "tolerate", "profanity",
    ]

    private static func hasLatinLetters(_ text: String) -> Bool {
        // An ASCII letter settles it without looking up scalar properties.
        text.utf8.anyByte { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
            || text.unicodeScalars.contains { $0.properties.isAlphabetic && $0.value < 0x250 }
    }

    /// Whether the article's running text is in Latin script. Only distinct prose blocks count, so that
    /// removing short lines or repeats cannot change the answer when the article is cleaned again.
    private static func mostlyLatin(_ lines: [Line]) -> Bool {
        // Each text once: sorted, so that repeats sit together. A set hashed every paragraph whole;
        // sorting mostly compares first bytes.
        let prose = lines.filter(Classification.isProse).map(\.text).sorted()
        var distinct = 0, latin = 0
        for (k, text) in prose.enumerated() where k == 0 || prose[k - 1] != text {
            distinct += 1
            if hasLatinLetters(text) { latin += 1 }
        }
        return latin * 2 > distinct
    }
}
