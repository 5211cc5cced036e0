import CrosscheckModel
import Foundation
import Testing

@testable import Crosscheck

@Suite struct PipelineTests {
    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("cc-pipe-\(UUID().uuidString)")
    }

    func corpus(_ files: [String: String]) throws -> URL {
        let root = temporaryFolder()
        for (name, text) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func emptyCorpusBuildsNothingAndLeavesTheOldSite() throws {
        let empty = try corpus(["empty.txt": ""])
        let out = temporaryFolder()
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try "keep".write(to: out.appendingPathComponent(".crosscheck-site"), atomically: true, encoding: .utf8)
        defer {
            try? FileManager.default.removeItem(at: empty)
            try? FileManager.default.removeItem(at: out)
        }
        #expect(throws: BuildProblem.self) { try Pipeline(corpus: empty, output: out).build() }
        #expect(try String(contentsOf: out.appendingPathComponent(".crosscheck-site"), encoding: .utf8) == "keep")
    }

    @Test func refusesToReplaceAFolderThatIsNotASite() throws {
        let input = try corpus(["a.txt": "The mayor said the bridge would reopen on Friday."])
        let out = temporaryFolder()
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try "mine".write(to: out.appendingPathComponent("thesis.txt"), atomically: true, encoding: .utf8)
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: out)
        }
        #expect(throws: (any Error).self) { try Pipeline(corpus: input, output: out).build() }
        #expect(try String(contentsOf: out.appendingPathComponent("thesis.txt"), encoding: .utf8) == "mine")
    }

    @Test func refusesAnOutputThatHoldsTheCorpus() throws {
        let root = try corpus(["articles/a.txt": "The mayor said the bridge would reopen on Friday."])
        defer { try? FileManager.default.removeItem(at: root) }
        let pipeline = Pipeline(corpus: root.appendingPathComponent("articles"), output: root, writeOptions: .init(force: true))
        #expect(throws: (any Error).self) { try pipeline.build() }
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("articles/a.txt").path))
    }

    @Test func badFilesAreWarnedAboutAndTheRestIsBuilt() throws {
        let input = try corpus(["good.txt": "The mayor said the bridge would reopen on Friday.", "empty.md": " "])
        let out = temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: out)
        }
        let summary = try Pipeline(corpus: input, output: out).build()
        #expect(summary.report.sources.count == 1)
        #expect(summary.problems.map(\.path) == ["empty.md"])
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("data/report.json").path))
    }
}
