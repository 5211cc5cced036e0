import CrosscheckModel

/// A small made-up story (a town's water supply) with the awkward cases a real build meets:
/// markup in plain text, a Markdown article with a `javascript:` link, a caption, removed text,
/// an inferred date, a reworded quote and a contested figure.
enum SampleReport {
    static func make() -> Report {
        let gazette = Document(
            article: Article(
                id: "harbor-gazette", file: "harbor-gazette.txt", format: .text,
                metadata: Metadata(
                    title: .init("Boil-water notice lifted in Millbrook", inferred: false),
                    outlet: .init("Harbor Gazette", inferred: false), date: .init("2031-04-02", inferred: false),
                    url: .init("https://gazette.example/water", inferred: false),
                    author: .init("Ada Quill", inferred: false)),
                body: ""),
            paragraphs: [
                Paragraph(index: 0, text: "Boil-water notice lifted in Millbrook", kind: .headline),
                Paragraph(
                    index: 1,
                    text: "Mayor Dana Whitfield said on Tuesday: “The water is safe to drink again.”", kind: .body),
                Paragraph(
                    index: 2, text: "1. About 1,200 homes were affected, officials said <script>alert(1)</script> *twice*.",
                    kind: .body),
                Paragraph(
                    index: 3, text: "\"We tested every main twice,\" utilities director Luis Ortega told reporters.",
                    kind: .body),
                Paragraph(index: 4, text: "# Residents queue for bottled water & filters.", kind: .caption),
            ],
            removed: [Removal(reason: .boilerplate, text: "Share this story on social media")])
        let courier = Document(
            article: Article(
                id: "valley-courier", file: "valley-courier.md", format: .markdown,
                metadata: Metadata(
                    title: .init("Millbrook water: what we know", inferred: true),
                    outlet: .init("Valley Courier", inferred: false), date: .init("2031-04-03", inferred: true)),
                body: ""),
            paragraphs: [
                Paragraph(
                    index: 0,
                    text: "The mayor, Dana Whitfield, said \"the water is safe to drink\" after **weeks** of testing.",
                    kind: .body),
                Paragraph(
                    index: 1, text: "Some 1,500 homes were under the notice. [Read more](javascript:alert(2)).",
                    kind: .body),
                Paragraph(index: 2, text: "Whitfield added: \"We owe residents an apology.\"", kind: .body),
                Paragraph(index: 3, text: "Also read: council budget vote delayed", kind: .teaser),
            ],
            removed: [Removal(reason: .duplicate, text: "The mayor said the water is safe.")])
        let sources = [
            Report.Source(
                document: gazette,
                reliability: Reliability(
                    score: 82, grade: "A", summary: "Named sources throughout; quotes match other outlets.",
                    signals: [
                        .init(
                            id: "named-sources", label: "Statements are attributed to named people", points: 8,
                            evidence: [.init(paragraph: 3, text: "utilities director Luis Ortega told reporters")]),
                        .init(
                            id: "boilerplate", label: "Page furniture was scraped with the text", points: -2,
                            evidence: [.init(paragraph: nil, text: "Share this story on social media", note: "removed")]),
                    ]),
                quoteFidelity: 0.9, trust: 0.8),
            Report.Source(
                document: courier,
                reliability: Reliability(
                    score: 55.5, grade: "C", summary: "Gives a figure no other source confirms.",
                    signals: [
                        .init(
                            id: "contested-figure", label: "Gives a figure other sources contradict", points: -6.5,
                            evidence: [.init(paragraph: 1, text: "Some 1,500 homes were under the notice.")])
                    ]),
                quoteFidelity: 0.6, trust: 0.4),
        ]
        let people = [
            Person(
                id: "dana-whitfield", name: "Dana Whitfield", aliases: ["Dana Whitfield", "Whitfield"],
                roles: [
                    .init(title: "Mayor of Millbrook", sourceIDs: ["harbor-gazette"]),
                    .init(title: "mayor", sourceIDs: ["valley-courier"]),
                ],
                sourceIDs: ["harbor-gazette", "valley-courier"]),
            Person(
                id: "luis-ortega", name: "Luis Ortega", aliases: ["Luis Ortega"],
                roles: [.init(title: "utilities director", sourceIDs: ["harbor-gazette"])],
                sourceIDs: ["harbor-gazette"]),
        ]
        let quotes = [
            Quote(
                id: "harbor-gazette-q1", sourceID: "harbor-gazette", paragraph: 1, start: 41, end: 71,
                text: "The water is safe to drink again.", speakerLabel: "Mayor Dana Whitfield", speakerKind: .person,
                personID: "dana-whitfield", context: "Mayor Dana Whitfield said on Tuesday: “The water is safe to drink again.”",
                cluster: "c1"),
            Quote(
                id: "valley-courier-q1", sourceID: "valley-courier", paragraph: 0, start: 38, end: 58,
                text: "the water is safe to drink", speakerLabel: "Dana Whitfield", speakerKind: .person,
                personID: "dana-whitfield", partial: true,
                context: "The mayor, Dana Whitfield, said \"the water is safe to drink\" after weeks of testing.",
                cluster: "c1"),
            Quote(
                id: "valley-courier-q2", sourceID: "valley-courier", paragraph: 2, start: 18, end: 46,
                text: "We owe residents an apology.", speakerLabel: "Whitfield", speakerKind: .person,
                personID: "dana-whitfield", context: "Whitfield added: \"We owe residents an apology.\""),
            Quote(
                id: "harbor-gazette-q2", sourceID: "harbor-gazette", paragraph: 3, start: 1, end: 27,
                text: "We tested every main twice,", speakerLabel: "Luis Ortega", speakerKind: .person,
                personID: "luis-ortega",
                context: "\"We tested every main twice,\" utilities director Luis Ortega told reporters."),
            // Words that are not in the paragraph: the page must still have the anchor.
            Quote(
                id: "harbor-gazette-q3", sourceID: "harbor-gazette", paragraph: 2, start: 0, end: 5,
                text: "not in the text", speakerLabel: "officials", speakerKind: .anonymous,
                context: "About 1,200 homes were affected, officials said."),
        ]
        let clusters = [
            QuoteCluster(
                id: "c1", personID: "dana-whitfield", quoteIDs: ["harbor-gazette-q1", "valley-courier-q1"],
                canonical: "The water is safe to drink again.")
        ]
        let claims = [
            Claim(
                id: "homes-affected", statement: "How many homes the notice covered", status: .contested,
                kind: "quantity",
                assertions: [
                    .init(sourceID: "harbor-gazette", paragraph: 2, text: "About 1,200 homes were affected.", value: "1,200"),
                    .init(sourceID: "valley-courier", paragraph: 1, text: "Some 1,500 homes were under the notice.", value: "1,500"),
                ],
                values: [
                    .init(value: "1,200", sourceIDs: ["harbor-gazette"], confidence: 0.72, approximate: true),
                    .init(value: "1,500", sourceIDs: ["valley-courier"], confidence: 0.28, approximate: true),
                ]),
            Claim(
                id: "water-safe", statement: "The mayor said the water is safe to drink", status: .corroborated,
                kind: "event",
                assertions: [
                    .init(sourceID: "harbor-gazette", paragraph: 1, text: "The water is safe to drink again.", value: nil, fromQuote: true),
                    .init(sourceID: "valley-courier", paragraph: 0, text: "The mayor said the water is safe.", value: nil, fromQuote: true),
                ],
                values: [], personIDs: ["dana-whitfield"]),
            Claim(
                id: "notice-lifted", statement: "When the notice was lifted", status: .singleSource, kind: "date",
                assertions: [.init(sourceID: "harbor-gazette", paragraph: 1, text: "on Tuesday", value: "2031-04-01")],
                values: [.init(value: "2031-04-01", sourceIDs: ["harbor-gazette"], confidence: 1)]),
        ]
        return Report(
            story: .init(title: "Millbrook water notice", inferred: true), sources: sources, people: people,
            quotes: quotes, clusters: clusters, claims: claims)
    }
}
