/// What a context may hold. Each kind says what it is through a witness table, so the renderer
/// never asks the runtime to cast a value: casting `Any` to `String` on every variable cost a
/// hundredth of a build.
protocol TemplateValue {
    var templateKind: TemplateKind { get }
}

enum TemplateKind {
    case text(String)
    case number(Int)
    case real(Double)
    case flag(Bool)
    case html(RenderedHTML)
    case object(Context)
    case list([Context])
}

extension String: TemplateValue {
    var templateKind: TemplateKind { .text(self) }
}

extension Int: TemplateValue {
    var templateKind: TemplateKind { .number(self) }
}

extension Double: TemplateValue {
    var templateKind: TemplateKind { .real(self) }
}

extension Bool: TemplateValue {
    var templateKind: TemplateKind { .flag(self) }
}

extension RenderedHTML: TemplateValue {
    var templateKind: TemplateKind { .html(self) }
}

extension Context: TemplateValue {
    var templateKind: TemplateKind { .object(self) }
}

extension Array: TemplateValue where Element == Context {
    var templateKind: TemplateKind { .list(self) }
}
