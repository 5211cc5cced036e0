import CrosscheckModel

/// Flat tables for spreadsheets (RFC 4180: quoted fields, CRLF line ends).
enum CSVTables {
    static func quotes(_ report: Report) -> [UInt8] {
        let names = Dictionary(report.people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return table(
            ["id", "source", "speaker", "speaker_label", "speaker_kind", "partial", "placement", "cluster", "text"],
            report.quotes.map { q in
                [q.id, q.sourceID, q.personID.flatMap { names[$0] } ?? "", q.speakerLabel, q.speakerKind.rawValue,
                 q.partial ? "yes" : "no", q.placement.rawValue, q.cluster ?? "", q.text]
            })
    }

    static func claims(_ report: Report) -> [UInt8] {
        table(
            ["claim", "status", "statement", "source", "value", "from_quote", "text"],
            report.claims.flatMap { claim in
                claim.assertions.map { a in
                    [claim.id, claim.status.rawValue, claim.statement, a.sourceID, a.value ?? "", a.fromQuote ? "yes" : "no", a.text]
                }
            })
    }

    static func sources(_ report: Report) -> [UInt8] {
        table(
            ["id", "file", "title", "outlet", "date", "score", "grade", "summary"],
            report.sources.map { s in
                let m = s.metadata
                return [s.id, s.document.article.file, m.title?.value ?? "", m.outlet?.value ?? "", m.date?.value ?? "",
                        String(Int(s.reliability.score.rounded())), s.reliability.grade, s.reliability.summary]
            })
    }

    /// Written as bytes into one buffer, the file's contents: these tables hold every quote and claim,
    /// and a string per field and per row, joined twice, cost more than the scan.
    private static func table(_ header: [String], _ rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = []
        for row in [header] + rows {
            for (k, value) in row.enumerated() {
                if k > 0 { out.append(0x2C) }
                append(value, to: &out)
            }
            out += [0x0D, 0x0A]
        }
        return out
    }

    /// One field as the tables write it.
    static func field(_ value: String) -> String {
        var out: [UInt8] = []
        append(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Quotes a field that needs it; a leading `=`, `+`, `-` or `@` is prefixed with `'` so that
    /// spreadsheets do not run it as a formula.
    private static func append(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            let formula = bytes.first.map { $0 == 0x3D || $0 == 0x2B || $0 == 0x2D || $0 == 0x40 } ?? false
            let needsQuotes = bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            if needsQuotes { out.append(0x22) }
            if formula { out.append(0x27) }
            if needsQuotes {
                // Runs between quotation marks are copied whole; each mark is doubled.
                var start = 0
                for i in bytes.indices where bytes[i] == 0x22 {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...i]))
                    out.append(0x22)
                    start = i + 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
                out.append(0x22)
            } else {
                out.append(contentsOf: bytes)
            }
        }
    }
}
