import CrosscheckModel
import Foundation
import Testing

@testable import Crosscheck

/// A corpus from a stranger: whatever it holds, the build goes on, names each bad file once,
/// publishes nothing that runs and writes nowhere but its output folder.
@Suite(.serialized) struct HostileCorpusTests {
    static let story = "The mayor said the bridge would reopen on Friday. \u{201C}We will be ready,\u{201D} said Mayor Ann Lee."

    static func makeCorpus() throws -> (root: URL, corpus: URL, out: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cc-hostile-\(UUID().uuidString)")
        let corpus = root.appendingPathComponent("corpus")
        let fm = FileManager.default
        try fm.createDirectory(at: corpus, withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: corpus.appendingPathComponent(name))
        }
        func text(_ name: String, _ string: String) throws { try write(name, Array(string.utf8)) }

        try text("good.txt", story)
        try text("script.txt", "<script>alert(1)</script>\n<p onclick=\"alert(2)\">Hi</p>\n\u{201C}Run this,\u{201D} said <img src=x onerror=alert(3)>.\n" + story)
        try text("links.md", "[click](javascript:alert(4)) and [data](data:text/html;base64,PHNjcmlwdD4=)\n\n<div onmouseover=\"alert(5)\">raw block</div>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n" + story)
        try text("controls.txt", "Bell\u{7} and escape\u{1B}[31m and null-ish\u{1} text.\n" + story)
        try write("invalid-utf8.txt", Array("Caf".utf8) + [0xC3, 0x28, 0xFF] + Array(" said the owner.".utf8))
        try write("utf16.txt", [0xFF, 0xFE] + Array(story.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try write("cp1252.txt", [0x93, 0x57, 0x65, 0x20, 0x61, 0x67, 0x72, 0x65, 0x65, 0x2C, 0x94, 0x20] + Array("said the clerk.".utf8))
        try text("empty.txt", "")
        try write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0x01, 0x02] + Array(repeating: 0, count: 64))
        try write("huge.txt", Array(repeating: 0x61, count: 50 * 1024 * 1024))
        try text("many-quotes.txt", String(repeating: "\"", count: 10_000) + "\n" + story)
        try text("nested.txt", String(repeating: "\u{201C}\u{2018}", count: 500) + "deep" + String(repeating: "\u{2019}\u{201D}", count: 500) + " said Bob Roe.")
        try text("passwd-speaker.txt", "\u{201C}We are in,\u{201D} said ../../etc/passwd.\n\u{201C}Again,\u{201D} said <img src=x onerror=alert(6)> Smith.")
        try text("my article.txt", story)
        try text("caf\u{E9} \u{2013} \u{FC}.txt", story)
        try text("-rf.txt", story)
        try text("bomb.md", "---\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ntitle: Bomb\n---\n" + story)
        try fm.createSymbolicLink(at: corpus.appendingPathComponent("loop"), withDestinationURL: corpus)
        try fm.createSymbolicLink(at: corpus.appendingPathComponent("passwd.txt"), withDestinationURL: URL(fileURLWithPath: "/etc/passwd"))
        return (root, corpus, root.appendingPathComponent("site"))
    }

    static func htmlFiles(in folder: URL) -> [(String, String)] {
        var pages: [(String, String)] = []
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "html", let html = try? String(contentsOf: url, encoding: .utf8) { pages.append((url.lastPathComponent, html)) }
        }
        return pages
    }

    @Test func hostileCorpusBuildsSafely() throws {
        let (root, corpus, out) = try Self.makeCorpus()
        defer { try? FileManager.default.removeItem(at: root) }
        let summary = try Pipeline(corpus: corpus, output: out).build()

        let warned = summary.problems.map(\.path)
        #expect(Set(warned) == ["empty.txt", "binary.txt", "huge.txt", "loop", "passwd.txt", "bomb.md"])
        #expect(warned.count == Set(warned).count, "one warning per file")
        #expect(summary.report.sources.count == 14)

        // Nothing written beside the output folder but the output folder itself.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["corpus", "site"])
        let passwd = try String(contentsOfFile: "/etc/passwd", encoding: .utf8)
        let firstLine = String(passwd.split(separator: "\n").first ?? "")

        let pages = Self.htmlFiles(in: out)
        #expect(!pages.isEmpty)
        let scriptTag = try Regex(#"<script(?![^>]*\ssrc="[^"]*assets/[a-z-]+\.js")"#)
        let handler = try Regex(#"<[^>]*\son[a-z]+\s*="#).ignoresCase()
        let badURL = try Regex(#"(href|src)\s*=\s*"\s*(javascript|data|vbscript):"#).ignoresCase()
        for (name, html) in pages {
            #expect(html.firstMatch(of: scriptTag) == nil, "script in \(name)")
            #expect(html.firstMatch(of: handler) == nil, "event handler in \(name)")
            #expect(html.firstMatch(of: badURL) == nil, "unsafe link in \(name)")
            #expect(!html.contains("<iframe"), "iframe in \(name)")
            #expect(firstLine.isEmpty || !html.contains(firstLine), "/etc/passwd published in \(name)")
        }
        #expect(SiteChecker().check(out).isEmpty)
    }

    @Test func rebuildingGivesTheSameWarningsAndReplacesTheSite() throws {
        let (root, corpus, out) = try Self.makeCorpus()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try Pipeline(corpus: corpus, output: out).build()
        let second = try Pipeline(corpus: corpus, output: out).build()
        #expect(first.problems == second.problems)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    }
}
