import Testing
@testable import CrosscheckClean

@Test func moduleLoads() {
    #expect(Bool(true))
}
