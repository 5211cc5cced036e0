import CrosscheckModel
import Foundation
import Testing

@testable import Crosscheck

/// Builds the sample corpus end to end, as a user would, and checks the site.
@Suite(.serialized) struct SampleSiteTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func build(_ corpus: URL = repository.appendingPathComponent("Corpus")) throws -> URL {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cc-site-\(UUID().uuidString)")
        _ = try Pipeline(corpus: corpus, output: out).build()
        return out
    }

    static func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            result[relative] = try Data(contentsOf: url)
        }
        return result
    }

    @Test func reportFollowsThePublishedSchema() throws {
        let site = try Self.build()
        defer { try? FileManager.default.removeItem(at: site) }
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("data/report.json")))
        let schemaURL = Self.repository.appendingPathComponent("Docs/report.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        #expect(JSONSchema.violations(of: report, against: schema) == [])
        let object = try #require(report as? [String: Any])
        #expect((object["sources"] as? [Any])?.count == 5)
    }

    @Test func everyLinkOfTheSiteResolves() throws {
        let site = try Self.build()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(SiteChecker().check(site) == [])
    }

    @Test func committedSiteIsWhatTheCodeProduces() throws {
        let site = try Self.build()
        defer { try? FileManager.default.removeItem(at: site) }
        let fresh = try Self.files(in: site)
        let committed = try Self.files(in: Self.repository.appendingPathComponent("Site"))
        #expect(Set(fresh.keys) == Set(committed.keys), "run Scripts/build-site and commit Site/")
        let differing = fresh.keys.sorted().filter { committed[$0] != nil && committed[$0] != fresh[$0] }
        #expect(differing == [], "run Scripts/build-site and commit Site/")
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let first = try Self.build(), second = try Self.build()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        #expect(try Self.files(in: first) == Self.files(in: second))
    }

    /// Files created in the opposite order (so the file system may list them differently) give the same site.
    @Test func fileCreationOrderDoesNotChangeTheSite() throws {
        let sample = Self.repository.appendingPathComponent("Corpus")
        let reversed = FileManager.default.temporaryDirectory.appendingPathComponent("cc-reversed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: reversed, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: sample.path).sorted().reversed() {
            try FileManager.default.copyItem(at: sample.appendingPathComponent(name), to: reversed.appendingPathComponent(name))
        }
        let first = try Self.build(), second = try Self.build(reversed)
        defer {
            for url in [reversed, first, second] { try? FileManager.default.removeItem(at: url) }
        }
        #expect(try Self.files(in: first) == Self.files(in: second))
    }
}
