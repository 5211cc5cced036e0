import Testing
@testable import CrosscheckClaims

@Test func moduleLoads() {
    #expect(Bool(true))
}
