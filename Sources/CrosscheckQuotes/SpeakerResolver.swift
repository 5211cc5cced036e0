import CrosscheckModel

/// A speaker after names are merged: the label the text uses, its kind and the person, if any.
struct ResolvedSpeaker: Sendable, Hashable {
    var label: String
    var kind: Quote.SpeakerKind
    /// Registry entry of the person.
    var entry: Int?

    static let unknown = ResolvedSpeaker(label: "", kind: .unknown, entry: nil)
}

/// Resolves the speakers of one document's quotations: names to people, pronouns to the last
/// person the text made its subject, documents to their authors, unattributed quotes to the
/// speaker they continue.
struct SpeakerResolver {
    struct Event {
        var paragraph: Int
        var offset: Int
        var entry: Int
        var label: String
        /// The first name of its sentence or a quotation's speaker: a likely antecedent.
        var salient: Bool
        /// The title or role the text gives at this mention, lowercased.
        var role: String = ""
    }

    let document: Int
    let scans: [ParagraphScan]
    let registry: PeopleRegistry
    private(set) var events: [Event] = []
    /// "he" or "she", where a courtesy title says which.
    private var gender: [Int: String] = [:]
    private var authors: [Event] = []

    init(document: Int, scans: [ParagraphScan], registry: PeopleRegistry) {
        self.document = document
        self.scans = scans
        self.registry = registry
        for (p, scan) in scans.enumerated() {
            for (n, m) in scan.names.enumerated() {
                guard let e = registry.person(of: MentionRef(document: document, paragraph: p, mention: n)) else { continue }
                let event = Event(
                    paragraph: p, offset: m.range.lowerBound, entry: e, label: m.text,
                    salient: m.leadsSentence || SpeakerResolver.isSayer(scan.tokens, m),
                    role: (m.role ?? "").lowercased())
                events.append(event)
                if SpeakerResolver.isAuthor(scan.tokens, m) { authors.append(event) }
            }
        }
        // Courtesy titles tell "he" from "she".
        for (p, scan) in scans.enumerated() {
            for (n, m) in scan.names.enumerated() {
                guard let e = registry.person(of: MentionRef(document: document, paragraph: p, mention: n)),
                      let first = m.role?.lowercased().split(separator: " ").last.map({ String($0).replacingPunctuation(".", with: "") })
                else { continue }
                if ["mr", "sir", "lord", "king", "prince"].contains(first) { gender[e] = "he" }
                if ["mrs", "ms", "miss", "dame", "lady", "queen", "princess"].contains(first) { gender[e] = "she" }
            }
        }
        // "The President said ...": a sentence led by a title is about the person who holds it.
        var led: [Event] = []
        for (p, scan) in scans.enumerated() {
            let t = scan.tokens
            for i in t.indices.dropLast() where t[i].key == "the" && scan.startsSentence(i) {
                let noun = t[i + 1].key
                guard t[i + 1].isWord, Lexicon.titles.contains(noun) || Lexicon.roleNouns.contains(noun),
                      var event = bearer(of: "the " + noun, paragraph: p, offset: t[i].range.lowerBound)
                else { continue }
                event.paragraph = p
                event.offset = t[i].range.lowerBound
                event.salient = true
                led.append(event)
                // Names later in that sentence are not its subject.
                let end = t[i...].firstIndex(where: \.endsSentence).map { t[$0].range.upperBound } ?? Int.max
                for k in events.indices where events[k].paragraph == p && events[k].offset > event.offset && events[k].offset < end {
                    events[k].salient = false
                }
            }
        }
        events += led
    }

    /// "he" or "she" for a person: a courtesy title in this document first, then what the corpus says.
    /// The corpus is asked person by person, never copied: it knows every person of every document.
    private func genderPronoun(of entry: Int) -> String? {
        gender[entry] ?? registry.sex[entry].map { $0 == "f" ? "she" : "he" }
    }

    /// "signed by Jane Roe", "a letter from Gen. Jane Roe", "Jane Roe sent a letter".
    static func isAuthor(_ tokens: [Token], _ m: NameMention) -> Bool {
        // "Roe's office said in a statement": what a person's office or lawyers issue speaks for them.
        let end = m.tokens.upperBound
        if tokens[end - 1].isPossessive, end < tokens.count, Self.mouthpieces.contains(tokens[end].key) { return true }
        var i = m.tokens.lowerBound - 1
        var steps = 0
        while i >= 0, steps < 9, tokens[i].kind == .word || tokens[i].text == "." {
            let key = tokens[i].key
            if key == "by", i > 0, ["signed", "sent", "written", "authored", "penned", "issued", "drafted"].contains(tokens[i - 1].key) {
                return true
            }
            if key == "from", i > 0, Lexicon.documentNouns.contains(tokens[i - 1].key) { return true }
            if !tokens[i].isCapitalized && tokens[i].kind == .word && !["the", "a", "an"].contains(key) { break }
            i -= 1
            steps += 1
        }
        var j = m.tokens.upperBound
        steps = 0
        var verb = false
        while j < tokens.count, steps < 8, !tokens[j].endsSentence {
            let key = tokens[j].key
            if ["sent", "wrote", "signed", "issued", "drafted", "penned"].contains(key) { verb = true }
            if verb, Lexicon.documentNouns.contains(key) { return true }
            // "Jane Roe said in a statement": she speaks through the document.
            if key == "in", j > m.tokens.upperBound, ["said", "says", "added", "wrote"].contains(tokens[j - 1].key), j + 2 < tokens.count,
               ["a", "an"].contains(tokens[j + 1].key), Lexicon.documentNouns.contains(tokens[j + 2].key)
            {
                return true
            }
            j += 1
            steps += 1
        }
        return false
    }

    /// `…, her husband, James Park, said.` / `said Jane Roe`: the person a sentence reports, though
    /// not its first name, is who a later "he said" most likely means.
    static func isSayer(_ tokens: [Token], _ m: NameMention) -> Bool {
        var j = m.tokens.upperBound
        if j < tokens.count, tokens[j].text == "," { j += 1 }
        if j < tokens.count, sayingVerbs.contains(tokens[j].key) { return true }
        // "said James Park." but not "said Lomax had spent the money": there the name begins what was said.
        let i = m.tokens.lowerBound - 1
        return i >= 0 && sayingVerbs.contains(tokens[i].key) && (j >= tokens.count || tokens[j].kind == .punct)
    }

    private static let sayingVerbs: Set<String> = ["said", "says", "told", "tells", "added", "adds"]

    static let mouthpieces: Set<String> = [
        "office", "campaign", "team", "lawyer", "lawyers", "attorney", "attorneys", "spokesman", "spokeswoman",
        "spokesperson", "representative", "representatives", "press",
    ]

    mutating func resolve(_ ref: SpeakerRef, paragraph p: Int, offset: Int) -> ResolvedSpeaker? {
        let scan = scans[p]
        switch ref {
        case .name(let n):
            let m = scan.names[n]
            let e = registry.person(of: MentionRef(document: document, paragraph: p, mention: n))
            if e == nil, scan.isPluralGroup(n) { return ResolvedSpeaker(label: m.text, kind: .anonymous, entry: nil) }
            if e == nil, QuoteAnalyzer.isCompany(m, NameKey(parts: m.parts), registry.companies) {
                return ResolvedSpeaker(label: m.text, kind: .organization, entry: nil)
            }
            return ResolvedSpeaker(label: m.text, kind: .person, entry: e)
        case .pronoun(let word):
            guard Lexicon.personPronouns.contains(word), let event = antecedent(paragraph: p, offset: offset, pronoun: word) else {
                return nil
            }
            return ResolvedSpeaker(label: event.label, kind: .person, entry: event.entry)
        case .document(let label, let author):
            var entry: Int?
            if let author { entry = registry.person(of: MentionRef(document: document, paragraph: p, mention: author)) }
            if entry == nil { entry = nearestAuthor(paragraph: p, offset: offset)?.entry }
            return ResolvedSpeaker(label: SpeakerResolver.lowercasedArticle(label), kind: .document, entry: entry)
        case .label(let label):
            guard let event = named(label, paragraph: p, offset: offset) else { return nil }
            return ResolvedSpeaker(label: event.label, kind: .person, entry: event.entry)
        case .organization(let label):
            return ResolvedSpeaker(label: SpeakerResolver.lowercasedArticle(label), kind: .organization, entry: nil)
        case .anonymous(let label):
            if let event = bearer(of: label, paragraph: p, offset: offset) {
                return ResolvedSpeaker(label: SpeakerResolver.lowercasedArticle(label), kind: .person, entry: event.entry)
            }
            return ResolvedSpeaker(label: SpeakerResolver.lowercasedArticle(label), kind: .anonymous, entry: nil)
        }
    }

    /// The person of this document whose family name a transcript label gives: last named before, else first after.
    private func named(_ label: String, paragraph p: Int, offset: Int) -> Event? {
        let key = NameKey(parts: [label])
        guard key.core.count == 1, let surname = key.surname else { return nil }
        let matching = events.filter { registry.surnameKey(of: $0.entry) == surname }
        let latest = { (a: Event, b: Event) in (a.paragraph, a.offset) < (b.paragraph, b.offset) }
        return matching.filter { ($0.paragraph, $0.offset) < (p, offset) }.max(by: latest) ?? matching.min(by: latest)
    }

    /// Records a quotation's speaker so that a later "he said" can point back to it.
    mutating func noteSpeaker(_ s: ResolvedSpeaker, paragraph p: Int, offset: Int) {
        guard let e = s.entry, s.kind == .person else { return }
        events.append(Event(paragraph: p, offset: offset, entry: e, label: s.label, salient: true))
    }

    /// `Roe was defiant. "We will win."`: the person the paragraph has just made its subject.
    func paragraphSubject(paragraph p: Int, offset: Int) -> ResolvedSpeaker? {
        guard let event = antecedent(paragraph: p, offset: offset), event.paragraph == p, event.salient else { return nil }
        return ResolvedSpeaker(label: event.label, kind: .person, entry: event.entry)
    }

    private func antecedent(paragraph p: Int, offset: Int, pronoun: String? = nil) -> Event? {
        let before = events.filter {
            ($0.paragraph, $0.offset) < (p, offset) && $0.paragraph >= p - 6
                && (pronoun == nil || pronoun == Lexicon.agePronoun || genderPronoun(of: $0.entry).map { $0 == pronoun } ?? true)
        }
        let latest = { (a: Event, b: Event) in (a.paragraph, a.offset) < (b.paragraph, b.offset) }
        return before.filter(\.salient).max(by: latest) ?? before.max(by: latest)
    }

    /// "the minister said": the person the text last gave that title, if it gave it to anyone.
    private func bearer(of label: String, paragraph p: Int, offset: Int) -> Event? {
        let words = label.lowercased().split(separator: " ").map(String.init)
        guard words.count == 2 || words.count == 3, words[0] == "the", let noun = words.last,
              Lexicon.roleNouns.contains(noun) || Lexicon.titles.contains(noun)
        else { return nil }
        let latest = { (a: Event, b: Event) in (a.paragraph, a.offset) < (b.paragraph, b.offset) }
        // "the Arsenal manager" is not the Chelsea manager: a name in the title must be in the holder's role too.
        let names = label.split(separator: " ").dropFirst().dropLast().filter { $0.first?.isUppercase == true }.map { $0.lowercased() }
        let named = { (event: Event) in
            names.allSatisfy { event.role.lowercased().split(separator: " ").contains(Substring($0)) || self.registry.roleHolders[$0]?.contains(event.entry) == true }
        }
        var holders = events.filter { $0.role.split(separator: " ").contains(Substring(noun)) && named($0) }
        // A title this article never gives: the one person named here whom another source gives it.
        if holders.isEmpty, let corpus = registry.roleHolders[noun] {
            holders = events.filter { corpus.contains($0.entry) && named($0) }
        }
        guard Set(holders.map(\.entry)).count == 1 else { return nil }
        // A lede often gives the title first and the name a paragraph or two later: "the Health Secretary
        // said the strike was …", then "Tom Ashby said patients would pay".
        return holders.filter { ($0.paragraph, $0.offset) < (p, offset) }.max(by: latest)
            ?? holders.filter { $0.paragraph > p && $0.paragraph <= p + 2 }.min(by: latest)
    }

    private func nearestAuthor(paragraph p: Int, offset: Int) -> Event? {
        let latest = { (a: Event, b: Event) in (a.paragraph, a.offset) < (b.paragraph, b.offset) }
        if let before = authors.filter({ ($0.paragraph, $0.offset) < (p, offset) }).max(by: latest) { return before }
        return authors.min(by: latest)
    }

    static func lowercasedArticle(_ label: String) -> String {
        for article in ["The ", "A ", "An "] where label.hasPrefix(article) {
            return article.lowercased() + label.dropFirst(article.count)
        }
        return label
    }
}
