import Testing
@testable import CrosscheckLoad

@Test func moduleLoads() {
    #expect(Bool(true))
}
