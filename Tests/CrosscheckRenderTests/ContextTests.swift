import Testing
@testable import CrosscheckRender

/// A context answers like the dictionary it replaced: set, replace, remove, merge, and nested data
/// handed to the engine as dictionaries.
struct ContextTests {
    @Test func keysAreSetReplacedAndRemoved() {
        var context: Context = ["title": "A", "count": 2]
        context["title"] = "B"
        context["extra"] = true
        context["count"] = nil
        #expect(context["title"] as? String == "B")
        #expect(context["extra"] as? Bool == true)
        #expect(context["count"] == nil)
        #expect(context["missing"] == nil)
        context.merge(["title": "C", "more": 1])
        #expect(context["title"] as? String == "C")
        #expect(context["more"] as? Int == 1)
    }

    @Test func manyKeysAreEachFound() {
        var context: Context = [:]
        for n in 0..<500 { context["k\(n)"] = n }
        for n in 0..<500 { #expect(context["k\(n)"] as? Int == n) }
    }

    @Test func theEngineGetsDictionariesAndText() {
        let context: Context = [
            "html": RenderedHTML(bytes: Array("<b>x</b>".utf8)),
            "items": [["label": "a"] as Context], "person": ["name": "N"] as Context,
        ]
        let engine = context.engineValue
        #expect(engine["html"] as? String == "<b>x</b>")
        #expect((engine["items"] as? [[String: Any]])?.first?["label"] as? String == "a")
        #expect((engine["person"] as? [String: Any])?["name"] as? String == "N")
    }
}
