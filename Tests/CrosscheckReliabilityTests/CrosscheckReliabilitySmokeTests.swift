import Testing
@testable import CrosscheckReliability

@Test func moduleLoads() {
    #expect(Bool(true))
}
