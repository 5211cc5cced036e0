/// A compiled template for the plain Mustache the site's templates use: variables, sections,
/// inverted sections, comments and partials. It follows the Mustache package's parser step by
/// step (standalone lines, indentation, whitespace before tags), so a page comes out byte for
/// byte as that engine writes it, but renders without its reflection and per-character escaping.
/// Anything else (delimiter changes, transforms, inheritance, pragmas, dotted or implicit names)
/// makes the set fall back to the engine.
struct FastTemplate: Sendable {
    enum Token: Sendable {
        case text([UInt8])
        case variable(String, escaped: Bool)
        case section(String, FastTemplate)
        case inverted(String, FastTemplate)
        case partial(String, indentation: String?)
    }

    let tokens: [Token]

    /// Thrown for anything this compiler leaves to the engine.
    struct Unsupported: Error {}

    init(_ text: String) throws {
        var parser = Parser(Array(text))
        self = try Self.parse(&parser, section: nil, newLine: true)
    }

    private init(tokens: [Token]) {
        self.tokens = tokens
    }

    private struct Parser {
        let chars: [Character]
        var position = 0

        init(_ chars: [Character]) { self.chars = chars }

        var reachedEnd: Bool { position >= chars.count }
        var current: Character { reachedEnd ? "\0" : chars[position] }

        mutating func read(while accept: (Character) -> Bool) -> String {
            let start = position
            while position < chars.count, accept(chars[position]) { position += 1 }
            return String(chars[start..<position])
        }

        /// Reads `string` when it comes next.
        mutating func read(_ string: String) -> Bool {
            let wanted = Array(string)
            guard position + wanted.count <= chars.count, Array(chars[position..<(position + wanted.count)]) == wanted
            else { return false }
            position += wanted.count
            return true
        }
    }

    private static func parse(_ parser: inout Parser, section: String?, newLine startsOnNewLine: Bool) throws
        -> FastTemplate
    {
        var tokens: [Token] = []
        var newLine = startsOnNewLine
        var whiteSpaceBefore = ""
        func text(_ string: String) { tokens.append(.text(Array(string.utf8))) }
        while !parser.reachedEnd {
            if newLine {
                whiteSpaceBefore = parser.read(while: { $0 == " " || $0 == "\t" })
            }
            let before = try readUntilTagOrNewline(&parser)
            if parser.current.isNewline {
                text(whiteSpaceBefore + before + String(parser.current))
                newLine = true
                parser.position += 1
                continue
            }
            if !before.isEmpty {
                text(whiteSpaceBefore + before)
                whiteSpaceBefore = ""
                newLine = false
            }
            if parser.reachedEnd { break }
            var setNewLine = false
            switch parser.current {
            case "#", "^":
                let inverted = parser.current == "^"
                parser.position += 1
                let name = try parseName(&parser)
                if isStandalone(&parser, newLine: newLine) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    text(whiteSpaceBefore)
                    whiteSpaceBefore = ""
                }
                let body = try parse(&parser, section: name, newLine: setNewLine ? newLine : false)
                tokens.append(inverted ? .inverted(name, body) : .section(name, body))
            case "/":
                parser.position += 1
                let name = try parseName(&parser)
                guard name == section else { throw Unsupported() }
                if !isStandalone(&parser, newLine: newLine), !whiteSpaceBefore.isEmpty {
                    text(whiteSpaceBefore)
                }
                return FastTemplate(tokens: tokens)
            case "!":
                parser.position += 1
                while !parser.reachedEnd, !parser.read("}}") { parser.position += 1 }
                setNewLine = isStandalone(&parser, newLine: newLine)
            case "{", "&":
                let triple = parser.current == "{"
                if !whiteSpaceBefore.isEmpty {
                    text(whiteSpaceBefore)
                    whiteSpaceBefore = ""
                }
                parser.position += 1
                let name = try parseName(&parser)
                if triple {
                    guard parser.read("}") else { throw Unsupported() }
                }
                tokens.append(.variable(name, escaped: false))
            case ">":
                parser.position += 1
                _ = parser.read(while: \.isWhitespace)
                guard parser.current != "*" else { throw Unsupported() }
                let name = parser.read(while: { partialNameCharacters.contains($0) })
                _ = parser.read(while: \.isWhitespace)
                guard parser.read("}}") else { throw Unsupported() }
                if !whiteSpaceBefore.isEmpty { text(whiteSpaceBefore) }
                if isStandalone(&parser, newLine: newLine) {
                    setNewLine = true
                    tokens.append(.partial(name, indentation: whiteSpaceBefore))
                } else {
                    tokens.append(.partial(name, indentation: nil))
                }
                whiteSpaceBefore = ""
            case "=", "%", "<", "$":
                throw Unsupported()
            default:
                if !whiteSpaceBefore.isEmpty {
                    text(whiteSpaceBefore)
                    whiteSpaceBefore = ""
                }
                tokens.append(.variable(try parseName(&parser), escaped: true))
            }
            newLine = setNewLine
        }
        guard section == nil else { throw Unsupported() }
        return FastTemplate(tokens: tokens)
    }

    /// Text up to a newline or just past an opening `{{`.
    private static func readUntilTagOrNewline(_ parser: inout Parser) throws -> String {
        var text = ""
        while !parser.reachedEnd {
            text += parser.read(while: { $0 != "\n" && $0 != "\r\n" && $0 != "{" })
            if parser.current.isNewline {
                break
            } else if parser.current == "{" {
                if parser.read("{{") { break }
                text += "{"
                parser.position += 1
            }
        }
        return text
    }

    /// A plain name: no transforms, no dots (the engine resolves those by reflection).
    private static func parseName(_ parser: inout Parser) throws -> String {
        _ = parser.read(while: \.isWhitespace)
        let name = parser.read(while: { nameCharacters.contains($0) })
        _ = parser.read(while: \.isWhitespace)
        guard parser.read("}}"), !name.isEmpty, !name.contains("."), !name.contains("(") else { throw Unsupported() }
        return name
    }

    private static func isStandalone(_ parser: inout Parser, newLine: Bool) -> Bool {
        guard newLine else { return false }
        if parser.reachedEnd { return true }
        var ahead = parser
        _ = ahead.read(while: { $0 == " " || $0 == "\t" })
        guard ahead.current.isNewline, !ahead.reachedEnd else { return false }
        parser.position = ahead.position + 1
        return true
    }

    private static let nameCharacters = Set<Character>(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = Set<Character>(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
}
