import Mustache
import Testing
@testable import CrosscheckRender

/// The compiled templates must write exactly what the Mustache engine writes.
struct FastTemplateTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let template: String
        var partial = ""
        var testDescription: String { name }
    }

    static var data: Context {
        [
        "title": "Ministers & \"advisers\" <meet>", "count": 3, "ratio": 0.25, "yes": true, "no": false,
        "empty": [Context](), "word": "plain", "accent": "caf\u{E9} <b> '\u{301}x",
        "items": [
            ["label": "first", "last": false] as Context,
            ["label": "second", "last": true, "note": "inner"] as Context,
        ],
        "person": ["name": "A. Writer", "title": "shadowed"] as Context,
        ]
    }

    static let cases: [Case] = [
        Case(name: "escaped and raw values", template: "<h1>{{title}}</h1>\n{{{title}}} {{&title}} {{count}} {{ratio}} {{yes}}\n"),
        Case(name: "missing names write nothing", template: "a{{missing}}b{{#missing}}x{{/missing}}{{^missing}}y{{/missing}}\n"),
        Case(name: "standalone section lines vanish", template: "<ul>\n  {{#items}}\n  <li>{{label}}</li>\n  {{/items}}\n</ul>\n"),
        Case(name: "inline sections keep spaces", template: "  {{#yes}}on{{/yes}} {{^no}}off{{/no}}  \n"),
        Case(name: "lists with separators", template: "{{#items}}{{label}}{{^last}}, {{/last}}{{/items}}.\n"),
        Case(name: "empty list and inverted list", template: "{{#empty}}x{{/empty}}\n{{^empty}}none{{/empty}}\n{{^items}}no{{/items}}\n"),
        Case(name: "outer names are found from inside", template: "{{#items}}{{title}}|{{note}}|{{/items}}\n"),
        Case(name: "objects push their names", template: "{{#person}}{{name}} {{title}}{{/person}} {{title}}\n"),
        Case(name: "scalar sections", template: "{{#word}}[{{word}}]{{/word}}{{#count}}#{{count}}{{/count}}\n"),
        Case(name: "comments", template: "a {{! note }} b\n  {{! standalone }}\nc\n"),
        Case(name: "combining marks stay whole", template: "{{accent}}\n"),
        Case(name: "lone brace and no final newline", template: "{ {x} {{word}}\n  {{#yes}}\nlast  {{/yes}}"),
        Case(name: "windows line ends", template: "<p>\r\n  {{#items}}\r\n  {{label}}\r\n  {{/items}}\r\n</p>\r\n"),
        Case(name: "indented standalone partial", template: "<div>\n  {{> part}}\n</div>\n", partial: "<p>{{word}}</p>\n<p>{{count}}</p>\n"),
        Case(name: "inline partial", template: "x {{>part}} y\n", partial: "[{{title}}]"),
        Case(name: "partial inside a list", template: "{{#items}}\n    {{> part}}\n{{/items}}\n", partial: "{{label}}\n{{#last}}end\n{{/last}}"),
    ]

    @Test(arguments: cases) func writesWhatTheEngineWrites(_ example: Case) throws {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: example.template), named: "page")
        library.register(try MustacheTemplate(string: example.partial), named: "part")
        let fast = FastTemplate.Renderer(templates: [
            "page": try FastTemplate(example.template), "part": try FastTemplate(example.partial),
        ])
        let expected = try #require(library.render(Self.data.engineValue, withTemplate: "page"))
        #expect(try fast.render("page", Self.data) == expected)
    }

    @Test(arguments: ["{{=<% %>=}}x", "{{a.b}}", "{{upper(word)}}", "{{<parent}}{{/parent}}", "{{> *dynamic}}", "{{.}}"])
    func leavesOtherSyntaxToTheEngine(_ template: String) {
        #expect(throws: FastTemplate.Unsupported.self) { try FastTemplate(template) }
    }

    @Test func builtInTemplatesCompile() throws {
        #expect(try TemplateSet(overrides: nil).fast != nil)
    }

    @Test func valuesItCannotWriteFallBackToTheEngine() throws {
        // A nested context where text is expected: only the engine knows how to write it.
        let set = try TemplateSet(overrides: nil)
        let context: Context = ["name": ["word": "from a context"] as Context]
        #expect(throws: FastTemplate.Unsupported.self) { try set.fast?.render("person", context) }
        #expect(try set.render(context, template: "person").contains("<h1>"))
    }
}
