/// One checkable fact as one sentence of one source states it.
struct Fact: Sendable, Hashable {
    var topic: Topic
    var value: FactValue?
    /// The value as the source words it ("about 5,000", "unsigned").
    var valueText: String?
    var sourceID: String
    var paragraph: Int
    /// The sentence as written.
    var sentence: String
    var fromQuote: Bool
    /// Words of the claim's subject as this source wrote them ("the parliament", "Mark T. Esper").
    var subjectLabel: String
    /// Of the fact's verb or unit as written ("voted", "soldiers"), for the statement.
    var wording: String = ""
    var personKey: String?
}

/// What a fact is about: facts with equal topics are one claim.
struct Topic: Sendable, Hashable, Comparable {
    enum Attribute: String, Sendable, Hashable, Comparable {
        /// How many: the subject is "unit|nationality|place".
        case count
        case branch, rank, post
        /// Whether something is so ("signed"): the subject is the thing, `detail` the participle.
        case state
        /// When something happened: `detail` is the verb class.
        case event
        /// The date a document bears ("a letter dated Sunday").
        case date
        /// Whether there is a plan or decision to act: the subject is the action ("leave").
        case intent
        /// Where something started, by an ordinal ("the third floor"): the subject is the noun.
        case place
        /// The tally of a vote ("61-38"): the subject is the body that voted, `detail` the act.
        case tally
        /// A person's age ("Jane Roe, 29,"): the subject is the person's key.
        case age
        /// A term a court gave ("jailed for six years"), in months: the subject is the person's key or
        /// empty, `detail` the kind ("prison", "ban").
        case term
        /// The grade or wind speed of a storm or quake ("Category 3", "magnitude 6.4", "120 mph") or the
        /// speed something moved at: the subject is the event, "winds" or "speed", `detail` the scale or unit.
        case measure

        static func < (a: Attribute, b: Attribute) -> Bool { a.rawValue < b.rawValue }
    }

    var attribute: Attribute
    var subject: String
    var detail: String = ""

    var key: String { "\(attribute.rawValue)|\(subject)|\(detail)" }
    var kind: String {
        switch attribute {
        case .count: "quantity"
        case .branch, .rank, .post: "role"
        case .state, .event, .intent: "event"
        case .date: "date"
        case .place: "place"
        case .tally: "vote"
        case .age: "age"
        case .term: "sentence"
        case .measure: "measure"
        }
    }

    static func < (a: Topic, b: Topic) -> Bool { a.key < b.key }
}

/// The value a fact gives, in a form that compares across wordings.
enum FactValue: Sendable, Hashable {
    case number(Double, approximate: Bool)
    case polarity(Bool)
    /// A name from a closed list: a service branch, a rank, a day.
    case category(String)
    /// An office: its head ("chair") and the capitalised words of the body it belongs to.
    case post(head: String, body: [String])

    var approximate: Bool {
        if case .number(_, let approximate) = self { return approximate }
        return false
    }
}
