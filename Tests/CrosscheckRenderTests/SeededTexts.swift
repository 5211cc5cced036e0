/// Texts made of given pieces by a fixed linear congruential generator: the same thousands of
/// mixed texts on every run, for checking a shortcut against the slow path it replaces.
struct SeededTexts {
    private(set) var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }

    /// `minimum` pieces, and as many more as one draw's bits above `lengthShift` say.
    mutating func text(_ pieces: [String], lengthShift: UInt64, minimum: Int) -> String {
        var text = ""
        for _ in 0..<Int(next() >> lengthShift) + minimum { text += pieces[Int(next() >> 33) % pieces.count] }
        return text
    }
}
