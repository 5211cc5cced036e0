/// The strength of a natural event as news copy grades it: "a Category 3 hurricane", "a magnitude 6.4
/// earthquake", "winds of 120 mph". Agencies revise these, and outlets that print different grades for
/// the one storm or quake disagree.
enum MeasureExtractor {
    /// Event nouns, by the event they name.
    private static let events: [String: String] = [
        "hurricane": "storm", "storm": "storm", "typhoon": "storm", "cyclone": "storm", "tornado": "tornado",
        "earthquake": "earthquake", "quake": "earthquake", "tremor": "earthquake",
    ]
    /// Units of wind speed, by the name they print under.
    private static let speeds: [String: String] = ["mph": "mph", "kph": "km/h", "km/h": "km/h", "kmh": "km/h"]
    /// Words that grade an event: "Category", "magnitude", "EF" (tornadoes).
    private static let scales: [String: String] = ["category": "category", "magnitude": "magnitude", "ef": "category"]

    static var words: some Sequence<String> { Array(scales.keys) + Array(speeds.keys) + ["winds", "wind"] }

    static func extract(_ context: SentenceContext) -> [Fact] {
        let tokens = context.tokens
        // "the 2018 storm was a Category 5": another event, told for comparison (any year, when the article has none).
        guard tokens.contains(where: { $0.is(.measure) }), !context.namesYear(besides: context.year) else { return [] }
        var facts: [Fact] = []
        for i in tokens.indices where tokens[i].kind == .number {
            guard let value = Double(tokens[i].text), i == 0 || tokens[i - 1].text != "(" else { continue }
            if let (event, scale) = grade(tokens, at: i) {
                let label = event.prefix(1).uppercased() + event.dropFirst() + " " + scale
                facts.append(
                    context.fact(
                        Topic(attribute: .measure, subject: event, detail: scale), value: .number(value, approximate: false),
                        valueText: tokens[i].text, at: i, subjectLabel: label, wording: scale))
            } else if let unit = windSpeed(tokens, at: i) {
                let (approximate, hedge) = QuantityExtractor.hedge(tokens, before: i)
                facts.append(
                    context.fact(
                        Topic(attribute: .measure, subject: "winds", detail: unit), value: .number(value, approximate: approximate),
                        valueText: ([hedge, tokens[i].text + " " + unit].compactMap { $0 }).joined(separator: " "), at: i,
                        subjectLabel: "Wind speed (\(unit))", wording: unit))
            }
        }
        return facts
    }

    /// "a Category 3 hurricane", "as a Category 4 storm", "a magnitude 6.4 earthquake": the scale word right
    /// before the figure and an event noun just after it. Not "upgraded to Category 4": a change over time.
    private static func grade(_ tokens: [ClaimToken], at i: Int) -> (event: String, scale: String)? {
        guard i >= 1, let scale = scales[tokens[i - 1].lower] else { return nil }
        if i >= 2, ["to", "from"].contains(tokens[i - 2].lower) { return nil }
        for k in (i + 1)..<min(tokens.count, i + 3) {
            if let event = events[tokens[k].lower] { return (event, scale) }
        }
        return nil
    }

    /// "winds of 120 mph", "120 mph winds", "sustained winds of about 130 mph": the speed of the winds,
    /// not of their gusts.
    private static func windSpeed(_ tokens: [ClaimToken], at i: Int) -> String? {
        guard i + 1 < tokens.count, let unit = speeds[tokens[i + 1].lower] else { return nil }
        let before = tokens[max(0, i - 4)..<i].map(\.lower), after = tokens[(i + 2)..<min(tokens.count, i + 3)].map(\.lower)
        guard before.contains(where: { $0 == "winds" || $0 == "wind" }) || after.first == "winds" || after.first == "wind",
              !before.contains(where: { $0.hasPrefix("gust") }), !after.contains(where: { $0.hasPrefix("gust") })
        else { return nil }
        return unit
    }
}
