import Testing
@testable import CrosscheckRender

@Test func moduleLoads() {
    #expect(Bool(true))
}
