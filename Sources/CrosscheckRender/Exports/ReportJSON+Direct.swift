import CrosscheckModel

/// The long lists' elements written field by field (`JSONFields`), with the bytes their `Encodable`
/// conformances give: tests hold the two to the same output, the conformances being the reference.
protocol DirectJSON {
    func write(to sink: JSONSink, depth: Int) throws
}

extension ReportJSON.Source: DirectJSON {
    func write(to sink: JSONSink, depth: Int) throws {
        try JSONFields.object(sink, depth: depth) { f in
            f.string("author", ifPresent: author)
            f.string("date", ifPresent: date)
            f.string("file", file)
            f.string("id", id)
            f.strings("inferred", inferred)
            f.string("outlet", ifPresent: outlet)
            f.int("paragraphs", paragraphs)
            try f.double("quoteFidelity", ifPresent: quoteFidelity)
            f.key("reliability")
            try reliability.write(to: sink, depth: depth + 1)
            f.list("removed", removed) { sink, removal, depth in
                JSONFields.object(sink, depth: depth) { r in
                    r.string("reason", removal.reason.rawValue)
                    r.string("text", removal.text)
                }
            }
            f.string("title", title)
            try f.double("trust", ifPresent: trust)
            f.string("url", ifPresent: url)
        }
    }
}

extension ReportJSON.Reliability: DirectJSON {
    func write(to sink: JSONSink, depth: Int) throws {
        try JSONFields.object(sink, depth: depth) { f in
            f.string("grade", grade)
            try f.double("score", score)
            try f.list("signals", signals) { try $1.write(to: $0, depth: $2) }
            f.string("summary", summary)
        }
    }
}

extension ReportJSON.Signal: DirectJSON {
    func write(to sink: JSONSink, depth: Int) throws {
        try JSONFields.object(sink, depth: depth) { f in
            f.strings("evidence", evidence)
            f.string("id", id)
            f.string("label", label)
            f.list("paragraphs", paragraphs) { sink, paragraph, _ in
                if let paragraph { sink.append(paragraph) } else { sink.out += "null".utf8 }
            }
            try f.double("points", points)
        }
    }
}

extension ReportJSON.Person: DirectJSON {
    func write(to sink: JSONSink, depth: Int) throws {
        JSONFields.object(sink, depth: depth) { f in
            f.strings("aliases", aliases)
            f.string("id", id)
            f.string("name", name)
            f.strings("roles", roles)
            f.list("rolesBySource", rolesBySource) { sink, role, depth in
                JSONFields.object(sink, depth: depth) { r in
                    r.strings("sourceIDs", role.sourceIDs)
                    r.string("title", role.title)
                }
            }
            f.strings("sources", sources)
        }
    }
}

extension ReportJSON.Quote: DirectJSON {
    func write(to sink: JSONSink, depth: Int) throws {
        JSONFields.object(sink, depth: depth) { f in
            f.string("cluster", ifPresent: cluster)
            f.string("context", context)
            f.string("id", id)
            f.int("paragraph", paragraph)
            f.bool("partial", partial)
            f.string("placement", placement)
            f.string("source", source)
            f.string("speaker", orNull: speaker)
            f.string("speakerKind", speakerKind)
            f.string("speakerLabel", speakerLabel)
            f.string("text", text)
            f.bool("unclosed", unclosed)
        }
    }
}

extension ReportJSON.Claim: DirectJSON {
    func write(to sink: JSONSink, depth: Int) throws {
        try JSONFields.object(sink, depth: depth) { f in
            f.list("assertions", assertions) { sink, a, depth in
                JSONFields.object(sink, depth: depth) { o in
                    o.bool("fromQuote", a.fromQuote)
                    o.int("paragraph", a.paragraph)
                    o.string("source", a.source)
                    o.string("text", a.text)
                    o.string("value", ifPresent: a.value)
                }
            }
            f.string("id", id)
            f.string("kind", kind)
            f.strings("people", people)
            f.string("statement", statement)
            f.string("status", status)
            try f.list("values", values) { sink, v, depth in
                try JSONFields.object(sink, depth: depth) { o in
                    o.bool("approximate", v.approximate)
                    try o.double("confidence", v.confidence)
                    o.strings("sources", v.sources)
                    o.string("value", v.value)
                }
            }
        }
    }
}
