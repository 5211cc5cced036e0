import Testing
@testable import CrosscheckClaims

@Test func truthFinderConvergesAndFavoursTheMajority() {
    // Object 0: a, b, c say value 0; d says value 1. Object 1: everyone agrees.
    let facts = [
        TruthFinder.Fact(object: 0, sources: ["a", "b", "c"]),
        TruthFinder.Fact(object: 0, sources: ["d"]),
        TruthFinder.Fact(object: 1, sources: ["a", "b", "c", "d"]),
    ]
    let result = TruthFinder().run(facts: facts, implication: { f, g in f < 2 && g < 2 ? -0.5 : 0 }, copyGroup: [:])
    #expect(result.iterations < 50)
    #expect(result.confidence[0] > result.confidence[1])
    #expect(result.trust["d"]! < result.trust["a"]!)
    #expect(result.trust.values.allSatisfy { (0...1).contains($0) })
    #expect(result.confidence.allSatisfy { (0...1).contains($0) })
}

@Test func truthFinderIsDeterministic() {
    let facts = [TruthFinder.Fact(object: 0, sources: ["x", "y"]), TruthFinder.Fact(object: 0, sources: ["z"])]
    let a = TruthFinder().run(facts: facts, implication: { _, _ in -0.5 }, copyGroup: [:])
    let b = TruthFinder().run(facts: facts, implication: { _, _ in -0.5 }, copyGroup: [:])
    #expect(a.confidence == b.confidence)
    #expect(a.trust == b.trust)
}

@Test func copiesLendNoExtraSupport() {
    let facts = [TruthFinder.Fact(object: 0, sources: ["a", "a-copy"]), TruthFinder.Fact(object: 0, sources: ["b"])]
    let independent = TruthFinder().run(facts: facts, implication: { _, _ in -0.5 }, copyGroup: [:])
    let copied = TruthFinder().run(facts: facts, implication: { _, _ in -0.5 }, copyGroup: ["a-copy": "a", "a": "a"])
    #expect(copied.confidence[0] < independent.confidence[0])
}

@Test(arguments: [
    (5000.0, 5200.0, true), (5000.0, 5000.0, true), (5000.0, 9000.0, false), (76.0, 2.0, false),
])
func closeFiguresSupportEachOther(_ a: Double, _ b: Double, _ supports: Bool) {
    let imp = ValueCluster.implication(.number(a, approximate: true), .number(b, approximate: true))
    #expect((imp > 0) == supports)
}

@Test func opposedValuesCountAgainstEachOther() {
    #expect(ValueCluster.implication(.polarity(true), .polarity(false)) < 0)
    #expect(ValueCluster.implication(.category("Navy"), .category("Army")) < 0)
    // Offices of different kinds can both be held.
    #expect(ValueCluster.implication(.post(head: "chair", body: ["board"]), .post(head: "minister", body: [])) == 0)
}
