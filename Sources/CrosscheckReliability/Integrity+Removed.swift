import CrosscheckModel

/// Signals from what cleaning took out of the page.
extension Integrity {
    /// Share of the page that was navigation, share buttons or comment policy.
    static func boilerplate(_ source: SourceText) -> Finding? {
        let removed = source.document.removed.filter { $0.reason == .boilerplate }
        guard !removed.isEmpty else { return nil }
        let removedChars = removed.reduce(0) { $0 + $1.text.count }
        let keptChars = source.document.paragraphs.reduce(0) { $0 + $1.text.count }
        let share = Double(removedChars) / Double(max(1, removedChars + keptChars))
        // A line or two of footer is normal for a scraped page; count from a tenth of the page.
        let points = cappedPoints(max(1, (share * 10).rounded()), each: Weights.boilerplateEach, cap: Weights.boilerplateCap)
        let percent = Int((share * 100).rounded())
        return Finding(
            id: "boilerplate", label: "Page boilerplate scraped with the article (\(percent)% of the page)",
            points: points,
            evidence: removed.prefix(8).map { Reliability.Evidence(paragraph: nil, text: $0.text, note: "removed as boilerplate") },
            phrase: "page boilerplate mixed into the copy")
    }

    /// Words of text that cleaning dropped as a repeat of something already printed.
    static func removedDuplicates(_ source: SourceText) -> [Removal] {
        source.document.removed.filter { $0.reason == .duplicate }
    }
}
