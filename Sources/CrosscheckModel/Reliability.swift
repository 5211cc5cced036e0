/// How far a source can be trusted, and the evidence for each point.
public struct Reliability: Sendable, Hashable, Codable {
    /// 0...100, higher is more reliable.
    public var score: Double
    /// "A" to "F".
    public var grade: String
    /// One plain sentence a reader can take in at a glance.
    public var summary: String
    public var signals: [Signal]

    public init(score: Double, grade: String, summary: String, signals: [Signal]) {
        self.score = score
        self.grade = grade
        self.summary = summary
        self.signals = signals
    }

    public struct Signal: Sendable, Hashable, Codable {
        /// Stable machine id: "duplicated-body", "altered-quotes", ...
        public var id: String
        /// What a reader sees: "Quotes differ from other outlets' wording".
        public var label: String
        /// Points added to (positive) or taken from (negative) the score.
        public var points: Double
        public var evidence: [Evidence]

        public init(id: String, label: String, points: Double, evidence: [Evidence]) {
            self.id = id
            self.label = label
            self.points = points
            self.evidence = evidence
        }
    }

    /// A piece of text that earned a point; `paragraph` is nil for text that cleaning removed.
    public struct Evidence: Sendable, Hashable, Codable {
        public var paragraph: Int?
        public var text: String
        public var note: String?

        public init(paragraph: Int?, text: String, note: String? = nil) {
            self.paragraph = paragraph
            self.text = text
            self.note = note
        }
    }
}
