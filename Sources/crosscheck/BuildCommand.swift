import ArgumentParser
import Crosscheck
import CrosscheckModel
import CrosscheckText
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site of a corpus of articles.",
        discussion: """
            Reads every .txt and .md file under CORPUS (metadata as YAML front matter or leading \
            `Title:`, `Outlet:`, `Date:`, `URL:`, `Author:` lines), analyses who said what, which claims \
            agree or conflict and how reliable each source is, and writes a static site to --out. \
            The output folder is replaced as a whole, and only once the new site is complete.
            """
    )

    @Argument(help: "Folder of articles (.txt, .md, .html), read recursively.")
    var corpus: String = "Corpus"

    @Option(help: "Output folder. Replaced as a whole; must be empty, absent or an earlier Crosscheck site.")
    var out: String = "Site"

    @Option(help: "Folder of Mustache templates and assets overriding the built-in ones (see Templates/).")
    var templates: String?

    @Option(help: "Absolute URL where the site will be published; adds sitemap.xml and an Atom feed.")
    var baseURL: String?

    @Flag(help: "Replace --out even when it is not an earlier Crosscheck site.")
    var force = false

    @Flag(help: "Exit with an error when any file gave a warning.")
    var strict = false

    func run() throws {
        let start = Date()
        let pipeline = Pipeline(
            corpus: URL(fileURLWithPath: corpus),
            output: URL(fileURLWithPath: out),
            renderOptions: .init(baseURL: baseURL, templates: templates.map { URL(fileURLWithPath: $0) }),
            writeOptions: .init(force: force)
        )
        let summary: Pipeline.Summary
        do {
            summary = try pipeline.build()
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.failure
        }
        for problem in summary.problems {
            FileHandle.standardError.write(Data("warning: \(problem)\n".utf8))
        }
        let report = summary.report
        print("Read \(summary.filesRead) files (\(summary.bytesRead / 1024) KB) from \(corpus)")
        print("Analysed \(report.sources.count) articles: \(report.quotes.count) quotes, \(report.people.count) people, \(report.claims.count) claims")
        print("Wrote \(summary.filesWritten) files to \(out)")
        let parts = summary.analysisParts.map { String(format: "%@ %.2fs", $0.stage, $0.seconds) }.joined(separator: ", ")
        let stages = summary.timings.map { timing in
            String(format: "%@ %.2fs", timing.stage, timing.seconds) + (timing.stage == "analyse" && !parts.isEmpty ? " [\(parts)]" : "")
        }.joined(separator: ", ")
        print(String(format: "Done in %.2fs (%@)", Date().timeIntervalSince(start), stages))
        let failed = strict && !summary.problems.isEmpty
        // The process ends here: freeing the report's millions of strings (a quarter of a second on one
        // core at ten thousand articles) is left to another thread, which the exit may cut short.
        Background.release(consume summary)
        if failed {
            throw ExitCode(2)
        }
    }
}
