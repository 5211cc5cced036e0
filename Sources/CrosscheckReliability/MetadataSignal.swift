import CrosscheckModel

/// A byline, a date and an outlet: an article that says who wrote it and when can be held to it.
enum MetadataSignal {
    static func finding(_ metadata: Metadata) -> Finding? {
        let fields: [(String, Metadata.Field?)] = [("byline", metadata.author), ("date", metadata.date), ("outlet", metadata.outlet)]
        var points = 0.0
        var evidence: [Reliability.Evidence] = []
        var missing: [String] = []
        for (name, field) in fields {
            guard let field, !field.value.isEmpty else {
                missing.append(name)
                continue
            }
            points += field.inferred ? Weights.metadataInferred : Weights.metadataGiven
            evidence.append(
                Reliability.Evidence(paragraph: nil, text: field.value, note: field.inferred ? "\(name), inferred from the text" : name))
        }
        guard points > 0 else { return nil }
        let label = missing.isEmpty ? "Byline, date and outlet given" : "No \(missing.joined(separator: " or ")) given"
        return Finding(id: "metadata", label: label, points: points, evidence: evidence, phrase: "says who published it and when")
    }
}
