import CrosscheckModel
import Foundation
import Testing
@testable import CrosscheckRender

struct TemplateTests {
    /// The folder of the package, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("render-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func page(_ files: [SiteFile], _ path: String) -> String {
        files.first { $0.path == path }.map { String(decoding: $0.contents, as: UTF8.self) } ?? ""
    }

    @Test func embeddedTemplatesEqualTemplatesFolder() throws {
        let folder = Self.packageRoot.appendingPathComponent("Templates")
        let fm = FileManager.default
        var onDisk: [String: String] = [:]
        for relative in try fm.subpathsOfDirectory(atPath: folder.path) {
            guard relative.hasSuffix(".mustache") || relative.hasPrefix("assets/") else { continue }
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(relative).path
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            onDisk[relative] = try String(contentsOfFile: path, encoding: .utf8)
        }
        #expect(!onDisk.isEmpty)
        #expect(onDisk.keys.sorted() == EmbeddedTemplates.files.keys.sorted(), "run Scripts/embed-templates")
        for (path, text) in onDisk {
            #expect(EmbeddedTemplates.files[path] == text, "\(path) differs: run Scripts/embed-templates")
        }
    }

    @Test func folderOverridesBuiltInTemplate() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "<h1>Custom methods page for {{story}}</h1>\n".write(
            to: folder.appendingPathComponent("methodology.mustache"), atomically: true, encoding: .utf8)
        let files = try SiteRenderer(options: .init(templates: folder)).render(SampleReport.make())
        #expect(page(files, "methodology.html").contains("<h1>Custom methods page for Millbrook water notice</h1>"))
        // Templates the folder does not hold stay built in.
        #expect(page(files, "people/index.html").contains("<h1>People</h1>"))
    }

    @Test func layoutOnlyTheEngineRendersStillHoldsThePage() throws {
        // A transform is syntax the compiled templates leave to the engine; the page body, kept as
        // bytes for the compiled layout, must reach the engine as the same text.
        func methodology(layout: String) throws -> String {
            let folder = try temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            try layout.write(to: folder.appendingPathComponent("layout.mustache"), atomically: true, encoding: .utf8)
            return page(try SiteRenderer(options: .init(templates: folder)).render(SampleReport.make()), "methodology.html")
        }
        let compiled = try methodology(layout: "<main>{{{content}}}</main>\n")
        let engine = try methodology(layout: "<title>{{ uppercased(title) }}</title>\n<main>{{{content}}}</main>\n")
        let title = try #require(engine.split(separator: "\n").first)
        let words = title.dropFirst("<title>".count).dropLast("</title>".count)
        #expect(title.hasPrefix("<title>") && words.count > 5 && words == words.uppercased())
        #expect(engine == title + "\n" + compiled)
        #expect(compiled.contains("<h1>"))
    }

    @Test(arguments: [
        ("person.mustache", "<h1>{{name}}</h1>\n<p>\n{{#roles}}{{title}}{{/wrong}}\n", 3),
        ("layout.mustache", "<html>\n\n\n<body>{{{content}\n", 4),
    ])
    func brokenTemplateNamesFileAndLine(file: String, text: String, line: Int) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        do {
            _ = try SiteRenderer(options: .init(templates: folder)).render(SampleReport.make())
            Issue.record("a broken template must throw")
        } catch let error as RenderError {
            guard case .template(let reported, let reportedLine, _, _, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(reported == file)
            #expect(reportedLine == line)
            #expect(error.description.hasPrefix("\(file):\(line):"))
        }
    }

    @Test func missingPartialIsAnErrorNotAHole() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "<h1>Sources</h1>\n{{> nowhere}}\n".write(
            to: folder.appendingPathComponent("sources-index.mustache"), atomically: true, encoding: .utf8)
        #expect {
            _ = try SiteRenderer(options: .init(templates: folder)).render(SampleReport.make())
        } throws: { error in
            "\(error)".hasPrefix("sources-index.mustache:2:")
        }
    }

    @Test func missingTemplateFolderIsAnError() {
        let folder = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")
        #expect(throws: RenderError.self) {
            _ = try SiteRenderer(options: .init(templates: folder)).render(SampleReport.make())
        }
    }
}
