import CrosscheckModel
import Foundation
import Testing
@testable import CrosscheckRender

struct SiteTests {
    let files: [SiteFile]

    init() throws {
        files = try SiteRenderer().render(SampleReport.make())
        // Set CROSSCHECK_PREVIEW to a folder to look at the sample site in a browser.
        if let preview = ProcessInfo.processInfo.environment["CROSSCHECK_PREVIEW"] {
            for file in files {
                let url = URL(fileURLWithPath: preview).appendingPathComponent(file.path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents).write(to: url)
            }
        }
    }

    private func page(_ path: String) -> String {
        files.first { $0.path == path }.map { String(decoding: $0.contents, as: UTF8.self) } ?? ""
    }

    /// The analysis stages' own accounts of their rules and weights close the methodology page, through cmark.
    @Test func methodologyGivesTheStagesDetails() throws {
        let options = SiteRenderer.Options(methodology: ["### How the score works\n\nEach article starts at **75** points."])
        let files = try SiteRenderer(options: options).render(SampleReport.make())
        let page = files.first { $0.path == "methodology.html" }.map { String(decoding: $0.contents, as: UTF8.self) } ?? ""
        #expect(page.contains("<h3>How the score works</h3>"))
        #expect(page.contains("Each article starts at <strong>75</strong> points."))
        #expect(!self.page("methodology.html").contains("h-details"))
    }

    @Test func everyPageIsThere() {
        let paths = Set(files.map(\.path))
        for path in [
            "index.html", "people/index.html", "people/dana-whitfield.html", "people/luis-ortega.html",
            "claims/index.html", "sources/index.html", "sources/harbor-gazette.html", "sources/valley-courier.html",
            "methodology.html", "search.html", "assets/style.css", "assets/site.js", "assets/search-index.js",
        ] {
            #expect(paths.contains(path), "\(path) missing")
        }
    }

    @Test func everyLinkResolves() {
        #expect(LinkCheck.problems(in: files).map(\.description) == [])
    }

    @Test func everyPageIsReachableFromHome() {
        var seen: Set<String> = ["index.html"]
        var queue = ["index.html"]
        while let current = queue.popLast() {
            for reference in HTMLScan(page(current)).references {
                let target = String(reference.split(separator: "#", omittingEmptySubsequences: false)[0])
                guard !target.isEmpty, target.hasSuffix(".html"),
                    let path = LinkCheck.resolve(target, from: current), seen.insert(path).inserted
                else { continue }
                queue.append(path)
            }
        }
        let pages = Set(files.map(\.path).filter { $0.hasSuffix(".html") })
        #expect(pages.subtracting(seen).sorted() == [])
    }

    @Test func renderingIsDeterministic() throws {
        let again = try SiteRenderer().render(SampleReport.make())
        #expect(again == files)
    }

    @Test func pagesAreSelfContained() {
        for file in files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.contents, as: UTF8.self)
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"), "\(file.path)")
            #expect(html.contains("content=\"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:\""))
            #expect(!html.contains("<style"), "\(file.path) has inline style")
            #expect(!html.contains(" style="), "\(file.path) has a style attribute")
            #expect(!html.contains("<script>"), "\(file.path) has an inline script")
            #expect(html.components(separatedBy: "<h1").count == 2, "\(file.path) needs exactly one h1")
        }
    }

    @Test func sourcePageMarksQuotesAndKeepsTextInert() {
        let html = page("sources/harbor-gazette.html")
        #expect(html.contains("<mark class=\"quote\" id=\"harbor-gazette-q1\">The water is safe to drink again.</mark>"))
        #expect(html.contains("<span id=\"harbor-gazette-q3\"></span>"))
        #expect(html.contains("id=\"p-2\""))
        #expect(html.contains("<p><span id=\"harbor-gazette-q3\"></span>1. About 1,200 homes"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; *twice*"))
        #expect(!html.contains("<script>alert"))
        // What cleaning set aside is listed, captions included.
        #expect(html.contains("Share this story on social media"))
        #expect(html.contains("<details class=\"removed\">"))
        let courier = page("sources/valley-courier.html")
        #expect(courier.contains("<strong>weeks</strong>"))
        #expect(courier.contains("href=\"../people/dana-whitfield.html#s-c1\""))
        #expect(!courier.lowercased().contains("javascript:"))
        #expect(courier.contains("<span class=\"tag\">inferred</span>"))
    }

    @Test func personPageShowsEachStatementOnceWithDiffs() {
        let html = page("people/dana-whitfield.html")
        #expect(html.components(separatedBy: "<blockquote class=\"canonical\">").count == 3)
        // The fragment quotes part of the statement: what it leaves out is not a change of wording.
        #expect(!html.contains("<del>again.</del>"))
        #expect(html.contains("<span class=\"tag\">fragment</span>"))
        #expect(html.contains("href=\"../sources/valley-courier.html#valley-courier-q1\""))
        #expect(html.contains("href=\"../claims/index.html#claim-water-safe\""))
        #expect(html.contains("Mayor of Millbrook"))
    }

    @Test func claimsAreOrderedContestedFirst() throws {
        let html = page("claims/index.html")
        let contested = try #require(html.range(of: "id=\"claim-homes-affected\""))
        let corroborated = try #require(html.range(of: "id=\"claim-water-safe\""))
        let single = try #require(html.range(of: "id=\"claim-notice-lifted\""))
        #expect(contested.lowerBound < corroborated.lowerBound && corroborated.lowerBound < single.lowerBound)
        #expect(html.contains("href=\"../sources/valley-courier.html#p-1\""))
        #expect(html.contains("href=\"../people/dana-whitfield.html\""))
    }

    @Test func searchIndexCoversEveryKind() {
        let script = page("assets/search-index.js")
        #expect(script.hasPrefix("// Generated by Crosscheck"))
        for kind in ["person", "quote", "claim", "source"] {
            #expect(script.contains("\"k\":\"\(kind)\""))
        }
        #expect(page("search.html").contains("<script src=\"assets/search-index.js\" defer></script>"))
    }

    @Test func homeShowsTimelineAndGrades() {
        let html = page("index.html")
        #expect(html.contains("2031-04-01"))
        #expect(html.contains("2031-04-02"))
        #expect(html.contains("class=\"grade grade-a\""))
        #expect(html.contains("href=\"claims/index.html#claim-homes-affected\""))
    }

    @Test func linkCheckFindsBrokenLinks() {
        let broken = [
            SiteFile(
                path: "a/page.html",
                text: """
                    <a href="../b.html#missing">x</a><a href="/abs.html">y</a><img src="https://cdn.example/x.png" alt="">
                    <a href="//cdn.example/">z</a><a href="nothere.html">w</a><a href="../b.html#here">ok</a>
                    <a href="#self">self</a><span id="self"></span><a href="../../up.html">up</a>
                    """),
            SiteFile(path: "b.html", text: "<p id=\"here\">b</p>"),
        ]
        let problems = LinkCheck.problems(in: broken)
        #expect(problems.map(\.reference) == [
            "../b.html#missing", "/abs.html", "https://cdn.example/x.png", "//cdn.example/", "nothere.html",
            "../../up.html",
        ])
    }
}

struct FeedTests {
    @Test(arguments: [nil, "ftp://example.org", "/relative"])
    func noFeedWithoutAPublicAddress(base: String?) throws {
        let files = try SiteRenderer(options: .init(baseURL: base)).render(SampleReport.make())
        #expect(!files.contains { $0.path == "sitemap.xml" || $0.path == "feed.xml" })
    }

    @Test func sitemapAndFeedUseTheBaseAndArticleDates() throws {
        let files = try SiteRenderer(options: .init(baseURL: "https://news.example/water")).render(SampleReport.make())
        let sitemap = try #require(files.first { $0.path == "sitemap.xml" }).contents
        let feed = String(decoding: try #require(files.first { $0.path == "feed.xml" }).contents, as: UTF8.self)
        #expect(String(decoding: sitemap, as: UTF8.self).contains("<loc>https://news.example/water/people/luis-ortega.html</loc>"))
        #expect(feed.contains("<updated>2031-04-03T00:00:00Z</updated>"))
        #expect(feed.contains("<id>https://news.example/water/sources/harbor-gazette.html</id>"))
        #expect(LinkCheck.problems(in: files) == [])
    }
}

struct AwkwardReportTests {
    /// Ids that are not slugs, empty metadata and links to missing things must still give a
    /// site whose every link resolves.
    @Test func oddIdsAndDanglingReferencesStillLink() throws {
        var report = SampleReport.make()
        report.sources[0].document.article.id = "../a b/\"c\""
        report.sources[1].document.article.metadata = Metadata()
        report.quotes = report.quotes.map { quote in
            var quote = quote
            if quote.sourceID == "harbor-gazette" { quote.sourceID = "../a b/\"c\"" }
            quote.id = quote.id + " <x>"
            return quote
        }
        report.quotes[0].paragraph = 99  // a paragraph the source does not have
        report.claims[0].assertions[0].sourceID = "no-such-source"
        report.claims[1].personIDs.append("no-such-person")
        report.sources[0].reliability.signals[0].evidence.append(.init(paragraph: 42, text: "gone"))
        let files = try SiteRenderer().render(report)
        #expect(LinkCheck.problems(in: files).map(\.description) == [])
        #expect(files.allSatisfy { !$0.path.contains("..") && !$0.path.hasPrefix("/") })
    }

    @Test func assetsCanBeOverridden() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("render-assets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("assets"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "body { color: black; }\n".write(
            to: folder.appendingPathComponent("assets/style.css"), atomically: true, encoding: .utf8)
        let files = try SiteRenderer(options: .init(templates: folder)).render(SampleReport.make())
        let css = files.first { $0.path == "assets/style.css" }.map { String(decoding: $0.contents, as: UTF8.self) }
        #expect(css == "body { color: black; }\n")
        #expect(files.contains { $0.path == "assets/site.js" })
    }
}
