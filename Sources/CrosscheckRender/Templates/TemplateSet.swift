import Foundation
import Mustache

/// The templates and assets of the site: the built-in set, or a folder that overrides it.
struct TemplateSet: Sendable {
    /// Relative path → text, for every template (`*.mustache`) and asset (`assets/…`).
    let files: [String: String]
    let library: MustacheLibrary
    /// The same templates compiled for fast rendering; nil when one uses what only the engine knows.
    let fast: FastTemplate.Renderer?

    /// Files a folder of templates may hold beyond `*.mustache`: copied into the site as they are.
    static let assetFolder = "assets/"

    /// Builds the set: the built-in files, with any file of `folder` replacing the one of the same path.
    init(overrides folder: URL?) throws {
        var files = EmbeddedTemplates.files
        if let folder {
            for (path, text) in try Self.read(folder) { files[path] = text }
        }
        var library = MustacheLibrary()
        for path in files.keys.sorted() where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            do {
                library.register(try MustacheTemplate(string: files[path]!), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw RenderError.template(
                    file: path, line: error.context.lineNumber, column: error.context.columnNumber,
                    message: Self.explain(error.error), source: error.context.line)
            }
        }
        self.files = files
        self.library = library
        fast = Self.compile(files)
        for path in files.keys.sorted() where path.hasSuffix(".mustache") {
            try checkPartials(of: path, text: files[path]!)
        }
    }

    /// All templates compiled, or nil when any uses syntax only the engine handles.
    private static func compile(_ files: [String: String]) -> FastTemplate.Renderer? {
        var compiled: [String: FastTemplate] = [:]
        for (path, text) in files where path.hasSuffix(".mustache") {
            guard let template = try? FastTemplate(text) else { return nil }
            compiled[String(path.dropLast(".mustache".count))] = template
        }
        return FastTemplate.Renderer(templates: compiled)
    }

    /// Renders a template by name; a missing template is an error, never an empty page.
    func render(_ context: Context, template name: String) throws -> String {
        guard files[name + ".mustache"] != nil else {
            throw RenderError.missingTemplate(file: name + ".mustache")
        }
        if let fast, let html = try? fast.render(name, context) { return html }
        guard let html = library.render(context.engineValue, withTemplate: name) else {
            throw RenderError.missingTemplate(file: name + ".mustache")
        }
        return html
    }

    /// Like `render`, as the bytes of a file, or of a value for another template (`RenderedHTML`).
    func bytes(_ context: Context, template name: String) throws -> [UInt8] {
        if files[name + ".mustache"] != nil, let fast, let bytes = try? fast.bytes(name, context) { return bytes }
        return Array(try render(context, template: name).utf8)
    }

    /// The engine renders a missing partial as nothing; a page with a hole in it is worse than
    /// an error, so each `{{> name}}` is checked up front, with the line that names it.
    private func checkPartials(of file: String, text: String) throws {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            while let open = rest.range(of: "{{>") {
                rest = rest[open.upperBound...]
                guard let close = rest.range(of: "}}") else { break }
                let partial = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                rest = rest[close.upperBound...]
                guard files[partial + ".mustache"] != nil else {
                    throw RenderError.template(
                        file: file, line: number + 1, column: 1,
                        message: "no template \(partial).mustache for the partial", source: String(line))
                }
            }
        }
    }

    /// The engine's error in words a template author understands.
    private static func explain(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "this {{/…}} does not close the section opened last"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is never closed with {{/…}}"
        case .invalidSetDelimiter: return "badly formed {{=… =}} delimiter tag"
        default: return "\(error)"
        }
    }

    private static func read(_ folder: URL) throws -> [(String, String)] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RenderError.missingTemplate(file: folder.path)
        }
        let root = folder.standardizedFileURL.resolvingSymlinksInPath().path
        var result: [(String, String)] = []
        guard let walker = fm.enumerator(atPath: root) else { return [] }
        while let relative = walker.nextObject() as? String {
            let full = root + "/" + relative
            var dir: ObjCBool = false
            guard fm.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue else { continue }
            guard relative.hasSuffix(".mustache") || relative.hasPrefix(assetFolder) else { continue }
            guard let data = fm.contents(atPath: full) else { throw RenderError.missingTemplate(file: relative) }
            result.append((relative, String(decoding: data, as: UTF8.self)))
        }
        return result.sorted { $0.0 < $1.0 }
    }
}
