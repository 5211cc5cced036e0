import CrosscheckModel

/// A byline, a date and an outlet: an article that says who wrote it and when can be held to it.
enum MetadataSignal {
    static func finding(_ metadata: Metadata) -> Finding? {
        let fields: [(String, Metadata.Field?)] = [("byline", metadata.author), ("date", metadata.date), ("outlet", metadata.outlet)]
        var points = 0.0
        var given: [String] = []
        var missing: [String] = []
        for (name, field) in fields {
            guard let field, !field.value.isEmpty else {
                missing.append(name)
                continue
            }
            points += field.inferred ? Weights.metadataInferred : Weights.metadataGiven
            given.append(field.inferred ? "\(name) (inferred from the text)" : name)
        }
        guard points > 0 else { return nil }
        // The fields are not passages of the text, so the label names them and no evidence is given:
        // evidence without a paragraph reads as text set aside in cleaning.
        var label = listed(given) + " given"
        label = label.prefix(1).uppercased() + label.dropFirst()
        if !missing.isEmpty { label += ", no " + listed(missing, joiner: "or") }
        return Finding(id: "metadata", label: label, points: points, evidence: [], phrase: "says who published it and when")
    }

    /// "byline", "byline and date", "byline, date and outlet".
    static func listed(_ items: [String], joiner: String = "and") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(joiner) " + items.last!
    }
}
