import CrosscheckModel
import Foundation
import Testing

@testable import CrosscheckLoad

@Suite struct LoaderTests {
    /// A fresh folder under the system's temporary folder, removed by the caller.
    static func folder(_ files: [String: [UInt8]]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cc-load-\(UUID().uuidString)")
        for (path, bytes) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root
    }

    @Test func readsTextAndMarkdownRecursivelyInPathOrder() throws {
        let root = try Self.folder([
            "b.txt": Array("Second article text.".utf8),
            "a/one.md": Array("# A heading\n\nFirst.".utf8),
            "notes.json": Array("{}".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = Loader().load(root)
        #expect(corpus.articles.map(\.file) == ["a/one.md", "b.txt"])
        #expect(corpus.articles.map(\.id) == ["a-one", "b"])
        #expect(corpus.articles.map(\.format) == [.markdown, .text])
        #expect(corpus.problems.isEmpty)
    }

    @Test func badFilesAreReportedByNameAndTheRestIsRead() throws {
        let root = try Self.folder([
            "empty.txt": [],
            "binary.txt": [0x00, 0x01, 0x02, 0xFF, 0x00],
            "good.txt": Array("Fine text.".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = Loader().load(root)
        #expect(corpus.articles.map(\.file) == ["good.txt"])
        #expect(Set(corpus.problems.map(\.path)) == ["empty.txt", "binary.txt"])
    }

    @Test func formatsThatAreNotReadAreNamed() throws {
        let root = try Self.folder([
            "good.txt": Array("Fine text.".utf8), "page.HTML": Array("<p>Hi</p>".utf8), "scan.pdf": [0x25, 0x50], "photo.jpg": [0xFF],
            "menu.html": Array("<nav><p>Home</p></nav><script>var p = '<p>x</p>';</script>".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = Loader().load(root)
        #expect(corpus.articles.map(\.file) == ["good.txt", "page.HTML"])
        #expect(corpus.articles.map(\.format) == [.text, .html])
        #expect(corpus.problems.map(\.path) == ["scan.pdf", "menu.html"])
        #expect(corpus.problems.map(\.message) == [
            "skipped: PDF files are not read; save the article's text as .txt, .md or .html", "skipped: the page has no article text",
        ])
    }

    @Test func aSiteBuiltInsideTheCorpusIsNotRead() throws {
        let root = try Self.folder([
            "story.html": Array("<p>The dam held.</p>".utf8),
            "Site/.crosscheck-site": [], "Site/index.html": Array("<p>Sources</p>".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = Loader().load(root)
        #expect(corpus.articles.map(\.file) == ["story.html"])
        #expect(corpus.problems.map(\.path) == ["Site"])
        #expect(corpus.problems.first?.message == "skipped: a site Crosscheck built, not articles")
    }

    @Test func encodingsAreDecoded() throws {
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("Caf\u{E9} news".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let root = try Self.folder([
            "cp1252.txt": [0x93, 0x48, 0x69, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64],  // “Hi” said
            "utf16.txt": utf16,
            "controls.txt": Array("Line one\r\nLine\u{7} two".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let bodies = Dictionary(uniqueKeysWithValues: Loader().load(root).articles.map { ($0.file, $0.body) })
        #expect(bodies["cp1252.txt"] == "\u{201C}Hi\u{201D} said")
        #expect(bodies["utf16.txt"] == "Caf\u{E9} news")
        #expect(bodies["controls.txt"] == "Line one\nLine two")
    }

    @Test func symbolicLinksAreNotFollowed() throws {
        let root = try Self.folder(["real.txt": Array("Real text.".utf8)])
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("passwd.txt"), withDestinationURL: URL(fileURLWithPath: "/etc/passwd"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("loop"), withDestinationURL: root)
        let corpus = Loader().load(root)
        #expect(corpus.articles.map(\.file) == ["real.txt"])
        #expect(Set(corpus.problems.map(\.path)) == ["passwd.txt", "loop"])
    }

    @Test func oversizedFilesAreSkipped() throws {
        let root = try Self.folder(["big.txt": Array(repeating: 0x41, count: 2048), "ok.txt": Array("Ok.".utf8)])
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = Loader(maxFileSize: 1024).load(root)
        #expect(corpus.articles.map(\.file) == ["ok.txt"])
        #expect(corpus.problems.first?.message.contains("larger than") == true)
    }

    @Test func settingsFileGivesTheStoryTitle() throws {
        let root = try Self.folder([
            "crosscheck.yml": Array("title: Floods in the valley\n".utf8), "a.txt": Array("Text.".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = Loader().load(root)
        #expect(corpus.title == "Floods in the valley")
        #expect(corpus.articles.count == 1)
    }

    @Test func missingFolderIsAProblem() {
        let corpus = Loader().load(URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"))
        #expect(corpus.articles.isEmpty)
        #expect(corpus.problems.count == 1)
    }
}
