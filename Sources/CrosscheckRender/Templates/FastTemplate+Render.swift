import CrosscheckText

extension FastTemplate {
    /// What rendering needs besides the data: the other templates, for partials.
    struct Renderer {
        /// Every template flattened into one list of plain instructions, with text and names kept
        /// beside it: rendering reads them through buffers and copies nothing shared. Copying tokens,
        /// with their arrays and nested templates, cost a reference count on objects both cores
        /// read, at every token of every page.
        private enum Op {
            case text(Int32, Int32)
            case variable(name: Int32, escaped: Bool)
            /// The body is the ops after this one, up to `end`.
            case section(name: Int32, end: Int32)
            case inverted(name: Int32, end: Int32)
            /// `template` −1: no such template (the engine writes nothing); `indentation` −1: not standalone.
            case partial(template: Int32, indentation: Int32)
        }

        private var ops: [Op] = []
        private var text: [UInt8] = []
        /// Names the templates look up, numbered as first met.
        private var names = WordNumbers()
        /// `Context.print` of each name, by number.
        private var prints: [UInt64] = []
        private var indentations: [String] = []
        /// Template number → its ops; `numbers`: template name → number.
        private var ranges: [Range<Int>] = []
        private var numbers: [String: Int] = [:]

        init(templates: [String: FastTemplate]) {
            let sorted = templates.keys.sorted()
            for (k, name) in sorted.enumerated() { numbers[name] = k }
            for name in sorted {
                let start = ops.count
                flatten(templates[name]!)
                ranges.append(start..<ops.count)
            }
        }

        private mutating func flatten(_ template: FastTemplate) {
            for token in template.tokens {
                switch token {
                case .text(let bytes):
                    ops.append(.text(Int32(text.count), Int32(text.count + bytes.count)))
                    text += bytes
                case .variable(let name, let escaped):
                    ops.append(.variable(name: number(ofName: name), escaped: escaped))
                case .section(let name, let body):
                    let placed = flatten(body: body)
                    ops[placed.at] = .section(name: number(ofName: name), end: placed.end)
                case .inverted(let name, let body):
                    let placed = flatten(body: body)
                    ops[placed.at] = .inverted(name: number(ofName: name), end: placed.end)
                case .partial(let name, let indentation):
                    var indented: Int32 = -1
                    if let indentation {
                        indentations.append(indentation)
                        indented = Int32(indentations.count - 1)
                    }
                    ops.append(.partial(template: Int32(numbers[name] ?? -1), indentation: indented))
                }
            }
        }

        /// A section's body after a place kept for the section itself: that place, and where the body ends.
        private mutating func flatten(body: FastTemplate) -> (at: Int, end: Int32) {
            let at = ops.count
            ops.append(.text(0, 0))
            flatten(body)
            return (at, Int32(ops.count))
        }

        private mutating func number(ofName name: String) -> Int32 {
            let number = names.number(name)
            if number == prints.count { prints.append(Context.print(name)) }
            return Int32(number)
        }

        /// Renders `name` with `context`; throws `Unsupported` for a value the engine would treat
        /// in a way this renderer does not copy (the caller then asks the engine).
        func render(_ name: String, _ context: Context) throws -> String {
            String(decoding: try bytes(name, context), as: UTF8.self)
        }

        /// The page as UTF-8, for a file: no trip through `String`.
        func bytes(_ name: String, _ context: Context) throws -> [UInt8] {
            guard let template = numbers[name] else { throw Unsupported() }
            var out: [UInt8] = []
            out.reserveCapacity(16_384)
            var stack: [Context?] = [context]
            try ops.withUnsafeBufferPointer { ops in
                try text.withUnsafeBufferPointer { text in
                    let code = Code(ops: ops, text: text)
                    try render(ranges[template], code, stack: &stack, indentation: nil, into: &out)
                }
            }
            return out
        }

        private struct Code {
            let ops: UnsafeBufferPointer<Op>
            let text: UnsafeBufferPointer<UInt8>
        }

        /// Like the engine, indentation of a standalone partial is added before a token's output
        /// when the output of this template so far ends a line; a section is one token.
        private func render(
            _ range: Range<Int>, _ code: Code, stack: inout [Context?], indentation: String?, into out: inout [UInt8]
        ) throws {
            let start = out.count
            var i = range.lowerBound
            while i < range.upperBound {
                let before = out.count
                i = try render(at: i, code, stack: &stack, indentation: indentation, into: &out)
                // The engine compares the last character with "\n": a "\r\n" ending is a different character.
                if let indentation, !indentation.isEmpty, out.count > before, before > start, out[before - 1] == 0x0A,
                    before - 2 < start || out[before - 2] != 0x0D
                {
                    out.insert(contentsOf: Array(indentation.utf8), at: before)
                }
            }
        }

        /// Renders the token at `i`; returns where the next one starts.
        private func render(
            at i: Int, _ code: Code, stack: inout [Context?], indentation: String?, into out: inout [UInt8]
        ) throws -> Int {
            switch code.ops[i] {
            case .text(let from, let to):
                out.append(contentsOf: UnsafeBufferPointer(rebasing: code.text[Int(from)..<Int(to)]))
            case .variable(let name, let escaped):
                guard let value = lookup(name, in: stack) else { break }
                let kind = value.templateKind
                if !escaped, case .html(let html) = kind {
                    out.append(contentsOf: html.bytes)
                    break
                }
                let text = try Self.describe(kind)
                if escaped { HTML.appendEscaped(text, to: &out) } else { out.append(contentsOf: text.utf8) }
            case .section(let name, let end):
                let body = (i + 1)..<Int(end)
                switch try Self.classify(lookup(name, in: stack)) {
                case .missing, .bool(false): break
                case .bool(true): try render(body, code, stack: &stack, indentation: indentation, into: &out)
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        defer { stack.removeLast() }
                        try render(body, code, stack: &stack, indentation: indentation, into: &out)
                    }
                case .object(let object):
                    stack.append(object)
                    defer { stack.removeLast() }
                    try render(body, code, stack: &stack, indentation: indentation, into: &out)
                }
                return Int(end)
            case .inverted(let name, let end):
                let body = (i + 1)..<Int(end)
                switch try Self.classify(lookup(name, in: stack)) {
                case .missing, .bool(false): try render(body, code, stack: &stack, indentation: indentation, into: &out)
                case .list(let items) where items.isEmpty:
                    // The engine pushes the empty list, which has no names: the same as pushing nothing.
                    stack.append(nil)
                    defer { stack.removeLast() }
                    try render(body, code, stack: &stack, indentation: indentation, into: &out)
                default: break
                }
                return Int(end)
            case .partial(let template, let indented):
                guard template >= 0 else { break }
                let nested = indented >= 0 ? (indentation ?? "") + indentations[Int(indented)] : indentation
                try render(ranges[Int(template)], code, stack: &stack, indentation: nested, into: &out)
            }
            return i + 1
        }

        private func lookup(_ name: Int32, in stack: [Context?]) -> (any TemplateValue)? {
            let (key, print) = (names.words[Int(name)], prints[Int(name)])
            for entry in stack.reversed() {
                if let entry, let value = entry.value(forKey: key, print: print) { return value }
            }
            return nil
        }

        private enum Kind {
            case missing
            case bool(Bool)
            /// Items as the stack holds them.
            case list([Context])
            /// A value pushed for a section: a context, or nil for a scalar (no names to find).
            case object(Context?)
        }

        /// The engine's order: sequences, then booleans, then any other value.
        private static func classify(_ value: (any TemplateValue)?) throws -> Kind {
            guard let value else { return .missing }
            switch value.templateKind {
            case .list(let list): return .list(list)
            case .flag(let flag): return .bool(flag)
            case .object(let object): return .object(object)
            case .text, .number, .real: return .object(nil)
            case .html: throw Unsupported()
            }
        }

        /// `String(describing:)`, as the engine writes a value, for the kinds of value pages use.
        private static func describe(_ kind: TemplateKind) throws -> String {
            switch kind {
            case .text(let text): return text
            case .number(let number): return String(number)
            case .flag(let flag): return flag ? "true" : "false"
            case .real(let number): return String(describing: number)
            case .html(let html): return html.text
            case .object, .list: throw Unsupported()
            }
        }
    }
}
