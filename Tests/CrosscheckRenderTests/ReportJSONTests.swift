import CrosscheckModel
import Foundation
import Testing

@testable import CrosscheckRender

/// report.json is assembled from elements encoded in parallel: it must be the bytes JSONEncoder
/// gives for the whole document.
struct ReportJSONTests {
    private func whole(_ report: Report) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(ReportJSON.Document(report))) + [0x0A]
    }

    @Test func sameBytesAsEncodingTheWholeDocument() throws {
        let report = SampleReport.make()
        #expect(try ReportJSON.encode(report) == whole(report))
    }

    @Test func sameBytesWithEmptyLists() throws {
        var report = SampleReport.make()
        report.quotes = []
        report.clusters = []
        report.claims = []
        report.people = []
        #expect(try ReportJSON.encode(report) == whole(report))
    }

    /// The lists are written field by field, not through `Encodable`: absent and empty fields too
    /// must come out as the encoder writes them.
    @Test func sameBytesWithAbsentAndEmptyFields() throws {
        var report = SampleReport.make()
        for s in report.sources.indices {
            report.sources[s].quoteFidelity = nil
            report.sources[s].trust = nil
            report.sources[s].reliability.signals = []
            report.sources[s].document.removed = []
            report.sources[s].document.article.metadata = Metadata()
        }
        report.people[0].roles = []
        report.people[0].aliases = []
        report.claims[0].values = []
        report.claims[0].personIDs = []
        report.claims[1].assertions = []
        report.sources[0].reliability.signals = [.init(id: "x", label: "No evidence", points: 0, evidence: [])]
        #expect(try ReportJSON.encode(report) == whole(report))
    }

    @Test func sameBytesForManyElements() throws {
        var report = SampleReport.make()
        // More elements than one batch of groups holds.
        let quote = try #require(report.quotes.first)
        report.quotes = (0..<5_000).map { i in
            var q = quote
            q.id = "q\(i)"
            q.text = "Statement \(i) with \"marks\" / and a slash"
            return q
        }
        #expect(try ReportJSON.encode(report) == whole(report))
    }
}
