import Testing
@testable import CrosscheckQuotes

@Test func moduleLoads() {
    #expect(Bool(true))
}
