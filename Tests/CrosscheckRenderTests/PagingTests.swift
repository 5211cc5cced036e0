import CrosscheckModel
import Testing
@testable import CrosscheckRender

struct PagingTests {
    @Test func pagesAreNamedAndCutInOrder() {
        let paging = Paging(count: 1_001, size: 500)
        #expect(paging.pageCount == 3)
        #expect((0..<3).map(Paging.file) == ["index.html", "page-2.html", "page-3.html"])
        #expect(paging.items(onPage: 1) == 500..<1_000)
        #expect(paging.items(onPage: 2) == 1_000..<1_001)
        #expect(paging.page(ofItem: 999) == 1)
    }

    @Test func aListThatFitsHasNoPager() {
        #expect(Paging(count: 0, size: 500).pageCount == 1)
        #expect(Paging(count: 500, size: 500).context(page: 0, noun: "Claims")["hasPager"] as? Bool == false)
    }

    @Test func thePagerNamesTheRowsShownAndItsNeighbours() {
        let context = Paging(count: 14_086, size: 500).context(page: 1, noun: "Claims")
        #expect(context["pageRange"] as? String == "Claims 501–1,000 of 14,086")
        #expect(context["previousPage"] as? String == "index.html")
        #expect(context["nextPage"] as? String == "page-3.html")
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1_000, "1,000"), (14_086, "14,086"), (1_234_567, "1,234,567"), (-1_500, "-1,500")])
    func thousandsAreGrouped(_ value: Int, _ expected: String) {
        #expect(Format.thousands(value) == expected)
    }

    @Test(arguments: [
        (2.5, "+2.5"), (-3.74, "\u{2212}3.7"), (0.04, "0"), (-0.04, "0"), (12, "+12"), (-7, "\u{2212}7"), (0.05, "+0.1"),
        (-0.05, "\u{2212}0.1"), (123.96, "+124"), (Double.nan, "nan"),
    ])
    func pointsAreWrittenInTenths(_ value: Double, _ expected: String) {
        #expect(Format.points(value) == expected)
    }

    /// Cut at a word within the limit, counted in characters: a combining accent or a CR LF at the cut stays whole.
    @Test(arguments: [
        ("short text", 10, "short text"), ("alpha beta gamma", 10, "alpha …"), ("abcdefghijkl", 5, "abcde …"),
        ("café au lait", 6, "café …"), ("abcde\u{301}fgh ij", 5, "abcdé …"), ("abcd\r\nefgh", 5, "abcd …"),
        ("  ab cd  ", 5, "ab cd"),
    ])
    func excerptsAreCutAtAWord(_ text: String, _ limit: Int, _ expected: String) {
        #expect(Format.excerpt(text, limit: limit) == expected)
    }

    /// The shortcuts for ASCII and for text of one scalar per character cut where counting characters cuts.
    @Test func excerptsMatchACutByCharacters() {
        let pieces = ["a", "Bc", " ", "  ", "’", "“", "é", "e\u{301}", "\r\n", "\n", "—", "\u{A0}", "‼", "\u{FE0F}", "ß", "\u{2028}", "日本"]
        var texts = SeededTexts()
        for _ in 0..<3_000 {
            let text = texts.text(pieces, lengthShift: 59, minimum: 3)
            let limit = Int(texts.state >> 60) + 1
            #expect(Format.excerpt(text, limit: limit) == Self.excerptByCharacters(text, limit: limit), "\(text.debugDescription) at \(limit)")
        }
    }

    private static func excerptByCharacters(_ text: String, limit: Int) -> String {
        let trimmed = text.trimmed
        guard trimmed.count > limit else { return trimmed }
        let cut = trimmed.prefix(limit)
        let end = cut.lastIndex(where: \.isWhitespace) ?? cut.endIndex
        return String(cut[..<end]).trimmed + " …"
    }
}

/// A corpus too big for one page per table: the tables are cut into pages, a claim too widely
/// stated for its row gets a page of its own, and every link still finds its target.
struct LongTableTests {
    let files: [String: String]
    static let claimCount = SiteIndex.rowsPerPage * 2 + 1

    init() throws {
        var report = SampleReport.make()
        let template = report.claims[0]
        let sourceIDs = report.sources.map(\.id)
        report.claims = (0..<Self.claimCount).map { n in
            var claim = template
            claim.id = "figure-\(n)"
            claim.statement = "Figure \(n)"
            claim.personIDs = []
            return claim
        }
        // Stated 25 times: more than a row lists.
        report.claims[7].assertions = (0..<25).map { n in
            Claim.Assertion(sourceID: sourceIDs[n % 2], paragraph: 1, text: "Sentence \(n).", value: nil)
        }
        // Wire copy: one sentence in 30 places, another in one, word for word.
        report.claims[8].assertions = (0..<31).map { n in
            Claim.Assertion(sourceID: sourceIDs[n % 2], paragraph: n % 3, text: n < 30 ? "The same words." : "Other words.", value: nil)
        }
        report.people = (0..<(SiteIndex.rowsPerPage + 1)).map { n in
            Person(id: "person-\(n)", name: "Person \(n)", aliases: [], roles: [], sourceIDs: [sourceIDs[0]])
        }
        report.quotes = report.quotes.map { quote in
            var quote = quote
            quote.personID = nil
            return quote
        }
        let site = try SiteRenderer().render(report)
        #expect(LinkCheck.problems(in: site).map(\.description) == [])
        files = Dictionary(uniqueKeysWithValues: site.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }

    private func rows(_ path: String) -> Int {
        (files[path] ?? "").components(separatedBy: "<tr id=\"claim-").count - 1
    }

    @Test func claimsAreCutIntoPagesOfAFixedSize() {
        #expect(rows("claims/index.html") == SiteIndex.rowsPerPage)
        #expect(rows("claims/page-2.html") == SiteIndex.rowsPerPage)
        #expect(rows("claims/page-3.html") == 1)
        #expect(files["claims/page-4.html"] == nil)
        #expect(files["claims/page-2.html"]?.contains("<title>Claims, page 2 of 3") == true)
        #expect(files["people/page-2.html"] != nil)
        #expect(files["sources/page-2.html"] == nil)
    }

    @Test func linksToAClaimFindItsPage() throws {
        // The table lists claims by status, then by sources, then by id: "figure-999" sorts after "figure-1000".
        let last = try #require(files["claims/page-3.html"])
        let id = try #require(last.firstMatch(of: /<tr id="(claim-figure-\d+)"/)?.1)
        let search = try #require(files["assets/search-index.js"])
        #expect(search.contains("claims/page-3.html#\(id)"))
    }

    @Test func aWidelyStatedClaimGetsItsOwnPage() throws {
        let own = try #require(files["claims/claim-figure-7.html"])
        #expect(own.components(separatedBy: "Sentence ").count - 1 == 25)
        let table = try #require(files.first { $0.key.hasPrefix("claims/") && $0.value.contains("<tr id=\"claim-figure-7\"") }?.value)
        #expect(table.contains("href=\"claim-figure-7.html\">5 more: every sentence"))
        #expect(files.keys.filter { $0.hasPrefix("claims/claim-") }.sorted() == ["claims/claim-figure-7.html", "claims/claim-figure-8.html"])
    }

    @Test func aSentenceManyOutletsPrintedIsShownOnceWithEveryOutlet() throws {
        let own = try #require(files["claims/claim-figure-8.html"])
        #expect(own.components(separatedBy: "The same words.").count - 1 == 1)
        #expect(own.components(separatedBy: "Other words.").count - 1 == 1)
        // Thirty assertions of one wording fall in six places (two sources, three paragraphs), each linked
        // once, as a sentence that gives two values is; the other wording is in one place.
        #expect(own.contains("The sentences: 2 wordings, printed 7 times"))
        #expect(own.contains("2 sources: "))
        let sentences = try #require(own.range(of: "id=\"h-sentences\"")).upperBound
        #expect(own[sentences...].components(separatedBy: "href=\"../sources/").count - 1 == 7)
    }
}
