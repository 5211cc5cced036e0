import Testing
@testable import Crosscheck

@Test func moduleLoads() {
    #expect(Bool(true))
}
