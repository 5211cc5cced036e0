extension FastTemplate {
    /// What rendering needs besides the data: the other templates, for partials.
    struct Renderer {
        let templates: [String: FastTemplate]

        /// Renders `name` with `context`; throws `Unsupported` for a value the engine would treat
        /// in a way this renderer does not copy (the caller then asks the engine).
        func render(_ name: String, _ context: [String: Any]) throws -> String {
            String(decoding: try bytes(name, context), as: UTF8.self)
        }

        /// The page as UTF-8, for a file: no trip through `String`.
        func bytes(_ name: String, _ context: [String: Any]) throws -> [UInt8] {
            guard let template = templates[name] else { throw Unsupported() }
            var out: [UInt8] = []
            out.reserveCapacity(16_384)
            var stack: [[String: Any]?] = [context]
            try render(template, stack: &stack, indentation: nil, into: &out)
            return out
        }

        /// Like the engine, indentation of a standalone partial is added before a token's output
        /// when the output of this template so far ends a line.
        private func render(
            _ template: FastTemplate, stack: inout [[String: Any]?], indentation: String?, into out: inout [UInt8]
        ) throws {
            let start = out.count
            for token in template.tokens {
                let before = out.count
                try render(token, stack: &stack, indentation: indentation, into: &out)
                // The engine compares the last character with "\n": a "\r\n" ending is a different character.
                if let indentation, !indentation.isEmpty, out.count > before, before > start, out[before - 1] == 0x0A,
                    before - 2 < start || out[before - 2] != 0x0D
                {
                    out.insert(contentsOf: Array(indentation.utf8), at: before)
                }
            }
        }

        private func render(
            _ token: Token, stack: inout [[String: Any]?], indentation: String?, into out: inout [UInt8]
        ) throws {
            switch token {
            case .text(let bytes):
                out.append(contentsOf: bytes)
            case .variable(let name, let escaped):
                guard let value = lookup(name, in: stack) else { return }
                if !escaped, let html = value as? RenderedHTML {
                    out.append(contentsOf: html.bytes)
                    return
                }
                let text = try Self.describe(value)
                if escaped { HTML.appendEscaped(text, to: &out) } else { out.append(contentsOf: text.utf8) }
            case .section(let name, let body):
                switch try Self.classify(lookup(name, in: stack)) {
                case .missing, .bool(false): return
                case .bool(true): try render(body, stack: &stack, indentation: indentation, into: &out)
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        defer { stack.removeLast() }
                        try render(body, stack: &stack, indentation: indentation, into: &out)
                    }
                case .object(let object):
                    stack.append(object)
                    defer { stack.removeLast() }
                    try render(body, stack: &stack, indentation: indentation, into: &out)
                }
            case .inverted(let name, let body):
                switch try Self.classify(lookup(name, in: stack)) {
                case .missing, .bool(false): try render(body, stack: &stack, indentation: indentation, into: &out)
                case .list(let items) where items.isEmpty:
                    // The engine pushes the empty list, which has no names: the same as pushing nothing.
                    stack.append(nil)
                    defer { stack.removeLast() }
                    try render(body, stack: &stack, indentation: indentation, into: &out)
                default: return
                }
            case .partial(let name, let indented):
                guard let template = templates[name] else { return }
                let nested = indented.map { (indentation ?? "") + $0 } ?? indentation
                try render(template, stack: &stack, indentation: nested, into: &out)
            }
        }

        private func lookup(_ name: String, in stack: [[String: Any]?]) -> Any? {
            for entry in stack.reversed() {
                if let entry, let value = entry[name] { return value }
            }
            return nil
        }

        private enum Kind {
            case missing
            case bool(Bool)
            /// Items as the stack holds them: a dictionary's names, or nil for a value without names.
            case list([[String: Any]?])
            /// A value pushed for a section: a dictionary, or nil for a scalar (no names to find).
            case object([String: Any]?)
        }

        /// The engine's order: sequences, then booleans, then any other value.
        private static func classify(_ value: Any?) throws -> Kind {
            guard let value else { return .missing }
            // The kinds pages use, told by their exact type: failed casts, tried in order, cost most.
            let type = type(of: value)
            if type == [[String: Any]].self { return .list(value as! [[String: Any]]) }
            if type == Bool.self { return .bool(value as! Bool) }
            if type == [String: Any].self { return .object(value as! [String: Any]) }
            if type == String.self || type == Int.self || type == Double.self { return .object(nil) }
            if let list = value as? [[String: Any]] { return .list(list) }
            if let flag = value as? Bool { return .bool(flag) }
            if let object = value as? [String: Any] { return .object(object) }
            if value is String || value is Int || value is Double { return .object(nil) }
            throw Unsupported()
        }

        /// `String(describing:)`, as the engine writes a value, for the kinds of value pages use.
        private static func describe(_ value: Any) throws -> String {
            let type = type(of: value)
            if type == String.self { return value as! String }
            if type == Int.self { return String(value as! Int) }
            if let text = value as? String { return text }
            if let number = value as? Int { return String(number) }
            if let flag = value as? Bool { return flag ? "true" : "false" }
            if let number = value as? Double { return String(describing: number) }
            if let html = value as? RenderedHTML { return html.text }
            throw Unsupported()
        }
    }
}
