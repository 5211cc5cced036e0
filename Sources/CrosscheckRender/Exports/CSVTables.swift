import CrosscheckModel

/// Flat tables for spreadsheets (RFC 4180: quoted fields, CRLF line ends).
enum CSVTables {
    static func quotes(_ report: Report) -> String {
        let names = Dictionary(report.people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return table(
            ["id", "source", "speaker", "speaker_label", "speaker_kind", "partial", "placement", "cluster", "text"],
            report.quotes.map { q in
                [q.id, q.sourceID, q.personID.flatMap { names[$0] } ?? "", q.speakerLabel, q.speakerKind.rawValue,
                 q.partial ? "yes" : "no", q.placement.rawValue, q.cluster ?? "", q.text]
            })
    }

    static func claims(_ report: Report) -> String {
        table(
            ["claim", "status", "statement", "source", "value", "from_quote", "text"],
            report.claims.flatMap { claim in
                claim.assertions.map { a in
                    [claim.id, claim.status.rawValue, claim.statement, a.sourceID, a.value ?? "", a.fromQuote ? "yes" : "no", a.text]
                }
            })
    }

    static func sources(_ report: Report) -> String {
        table(
            ["id", "file", "title", "outlet", "date", "score", "grade", "summary"],
            report.sources.map { s in
                let m = s.metadata
                return [s.id, s.document.article.file, m.title?.value ?? "", m.outlet?.value ?? "", m.date?.value ?? "",
                        String(Int(s.reliability.score.rounded())), s.reliability.grade, s.reliability.summary]
            })
    }

    private static func table(_ header: [String], _ rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// Quotes every field that needs it; a leading `=`, `+`, `-` or `@` is prefixed with `'` so that
    /// spreadsheets do not run it as a formula. Scans bytes: these tables hold every quote and claim.
    static func field(_ value: String) -> String {
        let utf8 = value.utf8
        let formula = utf8.first.map { $0 == 0x3D || $0 == 0x2B || $0 == 0x2D || $0 == 0x40 } ?? false
        let needsQuotes = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        if !formula && !needsQuotes { return value }
        let text = formula ? "'" + value : value
        guard needsQuotes else { return text }
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }
}
