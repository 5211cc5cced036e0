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
}
