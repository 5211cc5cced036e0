/// The strength of a natural event as news copy grades it: "a Category 3 hurricane", "a magnitude 6.4
/// earthquake", "winds of 120 mph"; and the speed a vehicle moved at ("was traveling at 72 mph"). Agencies
/// and investigators revise these, and outlets that print different figures for the one event disagree.
enum MeasureExtractor {
    /// Event nouns, by the event they name.
    private static let events: [String: String] = [
        "hurricane": "storm", "storm": "storm", "typhoon": "storm", "cyclone": "storm", "tornado": "tornado",
        "earthquake": "earthquake", "quake": "earthquake", "tremor": "earthquake",
    ]
    /// Units of speed: a word after the figure, or words ("miles per hour"), by the name they print under.
    private static let speeds: [[String]: String] = [
        ["mph"]: "mph", ["kph"]: "km/h", ["kmh"]: "km/h", ["km", "/", "h"]: "km/h", ["miles", "per", "hour"]: "mph",
        ["miles", "an", "hour"]: "mph", ["km", "per", "hour"]: "km/h", ["kilometres", "per", "hour"]: "km/h",
        ["kilometers", "per", "hour"]: "km/h", ["kilometres", "an", "hour"]: "km/h", ["kilometers", "an", "hour"]: "km/h",
    ]
    /// Words that grade an event: "Category", "magnitude", "EF" (tornadoes).
    private static let scales: [String: String] = ["category": "category", "magnitude": "magnitude", "ef": "category"]
    /// Words a few before a speed that say something moved at it: "was traveling at 72 mph".
    private static let motion: Set<String> = [
        "traveling", "travelling", "traveled", "travelled", "going", "moving", "doing", "driving", "running", "racing",
        "speeding", "hurtling", "flying", "clocked", "speed", "speeds",
    ]

    static var words: some Sequence<String> { Array(scales.keys) + speeds.keys.map { $0[0] } + ["winds", "wind"] }

    static func extract(_ context: SentenceContext) -> [Fact] {
        let tokens = context.tokens
        // "the 2018 storm was a Category 5": another event, told for comparison (any year, when the article has none).
        guard tokens.contains(where: { $0.is(.measure) || attachedGrade($0) != nil }), !context.namesYear(besides: context.year) else { return [] }
        var facts: [Fact] = []
        for i in tokens.indices {
            let attached = attachedGrade(tokens[i])
            guard tokens[i].kind == .number || attached != nil,
                  let value = attached?.value ?? Double(tokens[i].text), i == 0 || tokens[i - 1].text != "(" else { continue }
            if let (event, scale) = grade(tokens, at: i, attached: attached?.scale) {
                let label = event.prefix(1).uppercased() + event.dropFirst() + " " + scale
                facts.append(
                    context.fact(
                        Topic(attribute: .measure, subject: event, detail: scale), value: .number(value, approximate: false),
                        valueText: String(tokens[i].text.prefix { $0 != "-" }), at: i, subjectLabel: label, wording: scale))
            } else if let (unit, subject) = speed(tokens, at: i) {
                let (approximate, hedge) = QuantityExtractor.hedge(tokens, before: i)
                let label = subject == "winds" ? "Wind speed" : "Speed"
                facts.append(
                    context.fact(
                        Topic(attribute: .measure, subject: subject, detail: unit), value: .number(value, approximate: approximate),
                        valueText: ([hedge, tokens[i].text + " " + unit].compactMap { $0 }).joined(separator: " "), at: i,
                        subjectLabel: "\(label) (\(unit))", wording: unit))
            }
        }
        return facts
    }

    /// "a Category 3 hurricane", "as a Category 4 storm", "a magnitude 6.4 earthquake": the scale word right
    /// before the figure and an event noun just after it. Not "upgraded to Category 4": a change over time.
    /// Wire copy writes the scale on either side, joined or not: "magnitude 7.8", "magnitude-7.8", "7.8 magnitude",
    /// "7.8-magnitude".
    private static func grade(_ tokens: [ClaimToken], at i: Int, attached: String?) -> (event: String, scale: String)? {
        var before = i - 1
        if before >= 1, tokens[before].text == "-" { before -= 1 }
        var first = i + 1
        let scale: String
        if let attached {
            scale = attached
        } else if before >= 0, let found = scales[tokens[before].lower] {
            scale = found
        } else if first < tokens.count, let found = scales[tokens[first].lower], found == "magnitude" {
            scale = found
            first += 1
        } else {
            return nil
        }
        if before >= 1, ["to", "from"].contains(tokens[before - 1].lower) { return nil }
        for k in first..<min(tokens.count, first + 2) {
            if let event = events[tokens[k].lower] { return (event, scale) }
        }
        return nil
    }

    /// "7.8-magnitude" written as one word: its figure and scale.
    private static func attachedGrade(_ token: ClaimToken) -> (value: Double, scale: String)? {
        // Asked of every word of every sentence: a first digit and a hyphen, tested on the bytes, rule out nearly all.
        guard token.kind == .word, token.lower.utf8.first.map({ (0x30...0x39).contains($0) }) == true, token.lower.utf8.containsByte(0x2D),
              let dash = token.lower.firstIndex(of: "-"), let value = Double(token.lower[..<dash]),
              let scale = scales[String(token.lower[token.lower.index(after: dash)...])]
        else { return nil }
        return (value, scale)
    }

    /// "winds of 120 mph", "120 mph winds", "sustained winds of about 130 mph": the speed of the winds,
    /// not of their gusts. "was traveling at 72 mph", "going 70 miles per hour": the speed of what moved,
    /// not a limit ("a curve with a 45 mph limit", "the speed limit is 45 mph").
    private static func speed(_ tokens: [ClaimToken], at i: Int) -> (unit: String, subject: String)? {
        guard let (unit, length) = speedUnit(tokens, after: i) else { return nil }
        let before = tokens[max(0, i - 4)..<i].map(\.lower)
        let after = tokens[(i + 1 + length)..<min(tokens.count, i + 3 + length)].map(\.lower)
        if before.contains(where: { $0.hasPrefix("gust") }) || after.contains(where: { $0.hasPrefix("gust") }) { return nil }
        if before.contains(where: { $0 == "winds" || $0 == "wind" }) || after.first == "winds" || after.first == "wind" {
            return (unit, "winds")
        }
        if before.contains(where: { motion.contains($0) }), !before.contains("limit"), !after.contains("limit"),
           !after.contains("zone")
        {
            return (unit, "speed")
        }
        return nil
    }

    /// The unit of speed right after the figure at `i`, and how many tokens it takes.
    private static func speedUnit(_ tokens: [ClaimToken], after i: Int) -> (String, Int)? {
        for length in [3, 1] where i + length < tokens.count {
            if let unit = speeds[tokens[(i + 1)...(i + length)].map(\.lower)] { return (unit, length) }
        }
        return nil
    }
}
