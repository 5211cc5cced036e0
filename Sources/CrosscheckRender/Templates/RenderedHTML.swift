/// A template's output used as a value of another template (a page's body in the layout): kept as the
/// bytes it was rendered to, so that it is not decoded into a String and encoded back for every page.
struct RenderedHTML: Sendable {
    let bytes: [UInt8]

    /// What the template engine is given, which knows only strings.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
