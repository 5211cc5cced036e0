import CrosscheckModel
import CrosscheckText

/// What the quotes analysis finds across the corpus.
public struct QuoteAnalysis: Sendable, Hashable {
    public var quotes: [Quote]
    public var people: [Person]
    public var clusters: [QuoteCluster]
    /// Source id → how closely its quotes match other outlets' wording (0...1).
    public var fidelity: [String: Double]

    public init(quotes: [Quote] = [], people: [Person] = [], clusters: [QuoteCluster] = [], fidelity: [String: Double] = [:]) {
        self.quotes = quotes
        self.people = people
        self.clusters = clusters
        self.fidelity = fidelity
    }
}

/// Finds quotations and their speakers, merges people, and groups statements across sources.
public struct QuoteAnalyzer: Sendable {
    public init() {}

    public func analyze(_ documents: [Document]) -> QuoteAnalysis {
        let scans = documents.concurrentMap { document -> [ParagraphScan] in
            var scans = document.paragraphs.map(ParagraphScan.init)
            // "A:" answers only in an interview that also prints its questions.
            if !scans.contains(where: \.isQuestion) {
                for p in scans.indices { scans[p].quotes.removeAll(where: \.answer) }
            }
            // "ROE:" lines only in a transcript of two lines or more.
            if scans.count(where: { $0.quotes.contains(where: \.transcript) }) < 2 {
                for p in scans.indices { scans[p].quotes.removeAll(where: \.transcript) }
            }
            return scans
        }
        let records = Self.nameRecords(documents, scans)
        let companies = Self.companyNames(scans, records)
        var built = PeopleRegistry(records: companies.isEmpty ? records : records.filter { !Self.isCompany($0.mention, $0.key, companies) })
        built.companies = companies
        let registry = built
        let allSpeakers = Array(documents.indices).concurrentMap { d in
            Self.speakers(document: d, scans: scans[d], registry: registry)
        }
        var found: [(quote: Quote, entry: Int?)] = []
        var extraSources: [Int: Set<String>] = [:]
        for (d, document) in documents.enumerated() {
            let speakers = allSpeakers[d]
            var n = 0
            for (p, scan) in scans[d].enumerated() {
                for (k, c) in scan.quotes.enumerated() {
                    let s = speakers[p][k]
                    // A label that names nobody of the article ("UPDATE:", "WASHINGTON:") is no speaker.
                    if c.transcript && s.entry == nil { continue }
                    n += 1
                    let unclosed = c.span.close == nil && !c.answer && !c.transcript && !Self.continues(scans[d], p, k)
                    let quote = Quote(
                        id: "\(document.id)-q\(n)", sourceID: document.id, paragraph: scan.paragraph.index,
                        start: c.span.start, end: c.span.end, text: c.text, speakerLabel: s.label, speakerKind: s.kind,
                        partial: c.partial, unclosed: unclosed, context: c.context, placement: scan.paragraph.kind)
                    found.append((quote, s.entry))
                    if let e = s.entry { extraSources[e, default: []].insert(document.id) }
                }
            }
        }
        Background.release(consume scans)
        let (people, ids) = registry.people(extraSources: extraSources)
        var quotes = found.map { item in
            var q = item.quote
            q.personID = item.entry.flatMap { ids[$0] }
            return q
        }
        let clustered = QuoteClusterer().cluster(quotes)
        for (i, id) in clustered.clusterOf { quotes[i].cluster = id }
        return QuoteAnalysis(quotes: quotes, people: people, clusters: clustered.clusters, fidelity: clustered.fidelity)
    }

    /// A quotation left open at the end of its paragraph, when the next paragraph opens with a quote
    /// mark, runs on (news style for a quotation over several paragraphs): it is not cut off.
    static func continues(_ scans: [ParagraphScan], _ p: Int, _ k: Int) -> Bool {
        guard k == scans[p].quotes.count - 1, scans[p].quotes[k].span.end >= scans[p].length - 1,
              p + 1 < scans.count, let next = scans[p + 1].quotes.first
        else { return false }
        return next.opensParagraph && next.span.single == scans[p].quotes[k].span.single
    }

    /// Every name in the corpus, with whether its context marks it as a person.
    static func nameRecords(_ documents: [Document], _ scans: [[ParagraphScan]]) -> [NameRecord] {
        // Each document's records depend on that document alone: built on both cores, joined in order.
        Array(documents.indices).concurrentMap { d in nameRecords(documents[d], d, scans[d]) }.flatMap { $0 }
    }

    /// Words that open a company's name somewhere in the corpus ("Brightwell Energy", "Halden Group")
    /// and are never a person's family name there: "Brightwell said" is the company speaking.
    static func companyNames(_ scans: [[ParagraphScan]], _ records: [NameRecord]) -> Set<String> {
        var heads = Set<String>()
        for scan in scans.joined() {
            let t = scan.tokens
            for i in t.indices.dropLast() where t[i].isWord && t[i].isCapitalized && t[i + 1].isCapitalized
                && Lexicon.companyWords.contains(t[i + 1].key) && !Lexicon.organisationWords.contains(t[i].key)
            {
                if let key = NameKey(parts: [t[i].text]).surname { heads.insert(key) }
            }
        }
        guard !heads.isEmpty else { return heads }
        for r in records where r.key.core.count >= 2 || r.mention.role != nil {
            if let surname = r.key.surname { heads.remove(surname) }
        }
        return heads
    }

    static func isCompany(_ m: NameMention, _ key: NameKey, _ companies: Set<String>) -> Bool {
        key.core.count == 1 && m.role == nil && key.surname.map(companies.contains) == true
    }

    private static func nameRecords(_ document: Document, _ d: Int, _ scans: [ParagraphScan]) -> [NameRecord] {
        var records: [NameRecord] = []
        var speakerMentions = Set<MentionRef>()
        var singles = Set<String>()
        // The person an interview introduces answers its questions: a speaker, so a person.
        if let q = scans.firstIndex(where: \.isQuestion), scans.contains(where: { $0.quotes.contains(where: \.answer) }),
           let p = (0..<q).first(where: { !scans[$0].names.isEmpty })
        {
            speakerMentions.insert(MentionRef(document: d, paragraph: p, mention: 0))
        }
        let keys = Self.givenNamesAfterTitles(scans, scans.map { $0.names.map { NameKey(parts: $0.parts) } })
        // "Mahomes said" after "Patrick Mahomes": a surname ending in -s is no plural group ("Democrats said").
        let fullSurnames = Set(keys.joined().filter { $0.core.count >= 2 }.compactMap(\.surname))
        for (p, scan) in scans.enumerated() {
            for c in scan.quotes {
                for ref in [c.speaker, c.fallback].compactMap({ $0 }) {
                    if case .name(let n) = ref { speakerMentions.insert(MentionRef(document: d, paragraph: p, mention: n)) }
                    if case .document(_, let a?) = ref { speakerMentions.insert(MentionRef(document: d, paragraph: p, mention: a)) }
                }
            }
            for key in keys[p] where key.core.count == 1 {
                if let s = key.surname { singles.insert(s) }
            }
        }
        for (p, scan) in scans.enumerated() {
            for (n, m) in scan.names.enumerated() {
                let key = keys[p][n]
                guard !key.core.isEmpty else { continue }
                let ref = MentionRef(document: d, paragraph: p, mention: n)
                // A full name whose surname recurs alone is a person; not at a sentence's start,
                // where an ordinary capitalised word can run into a name ("Alongside Roe").
                let recurs = key.core.count >= 2 && key.surname.map { singles.contains($0) } == true
                    && !scan.startsSentence(m.tokens.lowerBound)
                let group = scan.isPluralGroup(n) && !fullSurnames.contains(key.surname ?? "")
                let spoke = speakerMentions.contains(ref) && !group
                let cued = m.cued || spoke || recurs
                records.append(NameRecord(
                    ref: ref, mention: m, sourceID: document.id, cued: cued, creates: scan.createsPeople, key: key))
            }
        }
        return records
    }

    /// "Crown Prince Mohammed bin Salman … Prince Mohammed said", "Sir Keir said": after a royal title or a
    /// knight's a name alone is a first name, that of the one full name of the article that starts with it.
    private static func givenNamesAfterTitles(_ scans: [ParagraphScan], _ keys: [[NameKey]]) -> [[NameKey]] {
        var keys = keys
        let full = keys.joined().filter { $0.core.count >= 2 }
        for p in keys.indices {
            for n in keys[p].indices where keys[p][n].core.count == 1 {
                guard let title = scans[p].names[n].role?.split(separator: " ").last?.lowercased(), Lexicon.givenNameTitles.contains(title)
                else { continue }
                let matches = Set(full.filter { $0.core[0] == keys[p][n].core[0] })
                if matches.count == 1, let key = matches.first { keys[p][n] = key }
            }
        }
        return keys
    }

    /// Speakers of one document's quotations, `[paragraph][quote]`, in reading order.
    static func speakers(document d: Int, scans: [ParagraphScan], registry: PeopleRegistry) -> [[ResolvedSpeaker]] {
        var resolver = SpeakerResolver(document: d, scans: scans, registry: registry)
        var out: [[ResolvedSpeaker]] = []
        var last: (paragraph: Int, speaker: ResolvedSpeaker)?
        var interviewee: ResolvedSpeaker?
        if let q = scans.firstIndex(where: \.isQuestion) { interviewee = Self.interviewee(scans, before: q, &resolver) }
        for (p, scan) in scans.enumerated() {
            var own: [ResolvedSpeaker?] = scan.quotes.map { c in
                c.answer ? interviewee : c.speaker.flatMap { resolver.resolve($0, paragraph: p, offset: c.span.open) }
            }
            for k in own.indices where own[k] == nil && !scan.quotes[k].transcript {
                if let prev = (0..<k).last(where: { own[$0] != nil }) {
                    own[k] = own[prev]
                } else if let next = ((k + 1)..<own.count).first(where: { own[$0] != nil }) {
                    own[k] = own[next]
                } else if let ref = scan.quotes[k].following, let s = resolver.resolve(ref, paragraph: p, offset: scan.quotes[k].span.open) {
                    own[k] = s
                } else if scan.quotes[k].opensParagraph, p > 0, let ref = scans[p - 1].leadIn,
                          let s = resolver.resolve(ref, paragraph: p - 1, offset: scans[p - 1].length)
                {
                    own[k] = s
                } else if scan.quotes[k].opensParagraph, let last, last.paragraph >= p - 3 {
                    own[k] = last.speaker
                } else if let s = Self.chainAhead(scans, from: p, k, &resolver) {
                    own[k] = s
                } else if let f = scan.quotes[k].fallback {
                    own[k] = resolver.resolve(f, paragraph: p, offset: scan.quotes[k].span.open)
                } else if !scan.quotes[k].opensParagraph {
                    own[k] = resolver.paragraphSubject(paragraph: p, offset: scan.quotes[k].span.open)
                }
            }
            let resolved = own.map { $0 ?? .unknown }
            for (k, s) in resolved.enumerated() {
                resolver.noteSpeaker(s, paragraph: p, offset: scan.quotes[k].span.open)
                if s.kind != .unknown { last = (p, s) }
            }
            out.append(resolved)
        }
        return out
    }

    /// The person an interview's introduction names first: who answers its questions.
    private static func interviewee(_ scans: [ParagraphScan], before q: Int, _ resolver: inout SpeakerResolver) -> ResolvedSpeaker? {
        for p in 0..<q {
            for n in scans[p].names.indices {
                if let s = resolver.resolve(.name(n), paragraph: p, offset: scans[p].names[n].range.lowerBound), s.entry != nil { return s }
            }
        }
        return nil
    }

    /// For a quotation that opens a run over several paragraphs with the speaker named later.
    private static func chainAhead(
        _ scans: [ParagraphScan], from p: Int, _ k: Int, _ resolver: inout SpeakerResolver
    ) -> ResolvedSpeaker? {
        var p = p, k = k
        while continues(scans, p, k) {
            p += 1
            k = 0
            if let ref = scans[p].quotes[0].speaker, let s = resolver.resolve(ref, paragraph: p, offset: 0) { return s }
        }
        return nil
    }
}
