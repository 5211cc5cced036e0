import CrosscheckClean
import CrosscheckLoad
import CrosscheckModel
import CrosscheckRender
import CrosscheckText
import CrosscheckWrite
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
        let files = try Stopwatch.time("render", into: &summary.timings) {
            try SiteRenderer(options: renderOptions).render(summary.report)
        }
        var protected = writeOptions
        protected.protected += [corpus] + (renderOptions.templates.map { [$0] } ?? [])
        summary.filesWritten = try Stopwatch.time("write", into: &summary.timings) {
            try SiteWriter(options: protected).write(files, to: output)
        }
        return summary
    }
}

public struct StageTiming: Sendable {
    public var stage: String
    public var seconds: Double
}

enum Stopwatch {
    static func time<T>(_ stage: String, into timings: inout [StageTiming], _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        timings.append(StageTiming(stage: stage, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        return result
    }
}
