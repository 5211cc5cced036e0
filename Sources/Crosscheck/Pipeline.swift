import CrosscheckClean
import CrosscheckLoad
import CrosscheckModel
import CrosscheckRender
import CrosscheckText
import CrosscheckWrite
import CMemory
import Foundation

/// load → clean → analyse → render → write.
public struct Pipeline: Sendable {
    public var corpus: URL
    public var output: URL
    public var renderOptions: SiteRenderer.Options
    public var writeOptions: SiteWriter.Options

    public init(
        corpus: URL, output: URL, renderOptions: SiteRenderer.Options = .init(), writeOptions: SiteWriter.Options = .init()
    ) {
        self.corpus = corpus
        self.output = output
        self.renderOptions = renderOptions
        self.writeOptions = writeOptions
    }

    /// What a build did, for progress lines and benchmarks.
    public struct Summary: Sendable {
        public var report: Report
        public var problems: [BuildProblem]
        public var filesRead = 0
        public var bytesRead = 0
        public var filesWritten = 0
        /// Seconds per stage, in pipeline order.
        public var timings: [StageTiming] = []
        /// Seconds of each part of the analysis stage.
        public var analysisParts: [StageTiming] = []
    }

    /// Loads, cleans and analyses the corpus into a report, without rendering or writing.
    public func analyze() -> Summary {
        var timings: [StageTiming] = []
        let loaded = Stopwatch.time("load", into: &timings) { Loader().load(corpus) }
        let documents = Stopwatch.time("clean", into: &timings) { loaded.articles.concurrentMap { Cleaner().clean($0) } }
        var parts: [StageTiming] = []
        let report = Stopwatch.time("analyse", into: &timings) {
            Analysis.report(documents, title: loaded.title, timings: &parts)
        }
        var summary = Summary(report: report, problems: loaded.problems)
        summary.filesRead = loaded.filesRead
        summary.bytesRead = loaded.bytesRead
        summary.timings = timings
        summary.analysisParts = parts
        return summary
    }

    /// The whole build. Throws only when no site could be written; problems with single files are in the summary.
    public func build() throws -> Summary {
        var summary = analyze()
        guard !summary.report.sources.isEmpty else {
            throw BuildProblem(step: .load, path: corpus.path, message: "no article could be read; nothing was built")
        }
        var protected = writeOptions
        protected.protected += [corpus] + (renderOptions.templates.map { [$0] } ?? [])
        // Pages are written as they are rendered; the time spent writing is told apart from rendering.
        let start = Stopwatch.now
        var writing = 0.0
        var site = try StagedSite(output: output, options: protected)
        do {
            var options = renderOptions
            if options.methodology.isEmpty { options.methodology = Analysis.methodology }
            try SiteRenderer(options: options).render(summary.report) { files in
                let started = Stopwatch.now
                try site.add(files)
                writing += Stopwatch.seconds(since: started)
            }
            let started = Stopwatch.now
            summary.filesWritten = try site.commit()
            writing += Stopwatch.seconds(since: started)
        } catch {
            site.discard()
            throw error
        }
        summary.timings.append(StageTiming(stage: "render", seconds: Stopwatch.seconds(since: start) - writing))
        summary.timings.append(StageTiming(stage: "write", seconds: writing))
        return summary
    }
}

public struct StageTiming: Sendable {
    public var stage: String
    public var seconds: Double
}

enum Stopwatch {
    static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }

    static func seconds(since start: UInt64) -> Double {
        Double(now - start) / 1e9
    }

    static func time<T>(_ stage: String, into timings: inout [StageTiming], _ body: () throws -> T) rethrows -> T {
        let start = now
        let result = try body()
        timings.append(StageTiming(stage: stage, seconds: seconds(since: start)))
        // glibc keeps what a stage freed (the quote scans of ten thousand articles are half a
        // gigabyte) unless told to give it back; the next stages would otherwise start above it.
        cmemory_release_free_pages()
        return result
    }
}
