import CrosscheckModel
import CrosscheckWrite
import Foundation
import Testing

/// The site is written batch by batch into a hidden folder; the old site stays until `commit`.
struct StagedSiteTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("staged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func build(_ output: URL, _ batches: [[SiteFile]]) throws -> Int {
        var site = try StagedSite(output: output, options: .init())
        for batch in batches { try site.add(batch) }
        return try site.commit()
    }

    @Test func batchesLandTogetherOnCommit() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        let written = try build(output, [
            [SiteFile(path: "index.html", text: "home")],
            [SiteFile(path: "people/a.html", text: "a"), SiteFile(path: "people/b.html", text: "b")],
        ])
        #expect(written == 3)
        #expect(try String(contentsOf: output.appendingPathComponent("people/b.html"), encoding: .utf8) == "b")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(SiteWriter.marker).path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Site"])
    }

    /// Paths that could leave the output folder, or that some file system refuses, stop the batch.
    @Test(arguments: [
        "", "/abs.html", "a//b.html", "./x.html", "a/../b.html", "..", "a\\b.html", "a:b.html", "x\u{1}.html",
        "q?.html", String(repeating: "n", count: 201) + ".html", String(repeating: "a/", count: 513) + "b",
    ])
    func unsafePathsAreRefused(_ path: String) throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        var site = try StagedSite(output: root.appendingPathComponent("Site"), options: .init())
        defer { site.discard() }
        #expect(throws: (any Error).self) { try site.add([SiteFile(path: path, text: "x")]) }
    }

    @Test(arguments: ["index.html", "people/jane-roe.html", "data/report.json", ".hidden/x.html", "a/...b/c.html", "café.html"])
    func safePathsAreWritten(_ path: String) throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        var site = try StagedSite(output: root.appendingPathComponent("Site"), options: .init())
        defer { site.discard() }
        try site.add([SiteFile(path: path, text: "x")])
    }

    @Test func aFailedBatchLeavesTheOldSiteAndNoStagingFolder() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        _ = try build(output, [[SiteFile(path: "index.html", text: "old")]])
        var site = try StagedSite(output: output, options: .init())
        try site.add([SiteFile(path: "index.html", text: "new")])
        #expect(throws: (any Error).self) { try site.add([SiteFile(path: "../escape.html", text: "x")]) }
        site.discard()
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Site"])
    }

    private func inode(_ url: URL) throws -> UInt64 {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? UInt64)
    }

    @Test func aRebuildReusesUnchangedFilesAndWritesChangedOnes() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        _ = try build(output, [[SiteFile(path: "same.html", text: "same"), SiteFile(path: "a/changed.html", text: "old")]])
        let before = try inode(output.appendingPathComponent("same.html"))
        _ = try build(output, [[SiteFile(path: "same.html", text: "same"), SiteFile(path: "a/changed.html", text: "new")]])
        #expect(try inode(output.appendingPathComponent("same.html")) == before)
        #expect(try String(contentsOf: output.appendingPathComponent("a/changed.html"), encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Site"])
    }

    @Test func aLinkInTheOldSiteIsNotFollowed() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        _ = try build(output, [[SiteFile(path: "index.html", text: "home")]])
        let outside = root.appendingPathComponent("secret.txt")
        try "same".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("page.html"), withDestinationURL: outside)
        _ = try build(output, [[SiteFile(path: "index.html", text: "home"), SiteFile(path: "page.html", text: "same")]])
        let page = output.appendingPathComponent("page.html")
        let type = try FileManager.default.attributesOfItem(atPath: page.path)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
        #expect(try inode(page) != inode(outside))
        #expect(try String(contentsOf: page, encoding: .utf8) == "same")
    }
}
