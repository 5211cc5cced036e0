import Testing

@testable import CrosscheckRender

@Suite struct CSVTablesTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a, b", "\"a, b\""),
        ("say \"no\"", "\"say \"\"no\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("=SUM(A1)", "'=SUM(A1)"),
        ("-1, or so", "\"'-1, or so\""),
        ("caf\u{E9} \u{201C}ok\u{201D}", "caf\u{E9} \u{201C}ok\u{201D}"),
        ("", ""),
    ])
    func fieldsAreQuotedAndDefused(value: String, expected: String) {
        #expect(CSVTables.field(value) == expected)
    }
}
