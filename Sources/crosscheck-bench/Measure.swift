import Crosscheck
import Foundation

/// Runs one build in a child process and reads back its figures.
enum Measure {
    struct Result: Codable {
        var stages: [String: Double]
        var order: [String]
        var parts: [String: Double]
        var partOrder: [String]
        var total: Double
        var pagesWritten: Int
        var peakMemoryMB: Double
        var quotes: Int
        var people: Int
        var claims: Int

        func print(articles: Int, megabytes: Double) {
            for stage in order {
                let seconds = stages[stage] ?? 0
                Swift.print(String(format: "  %-8@ %7.3f s  %9.0f articles/s  %7.1f MB/s", stage as NSString, seconds,
                                   Double(articles) / max(seconds, 1e-9), megabytes / max(seconds, 1e-9)))
                if stage == "analyse" {
                    for part in partOrder {
                        Swift.print(String(format: "    %-12@ %7.3f s", part as NSString, parts[part] ?? 0))
                    }
                }
            }
            Swift.print(String(format: "  total    %7.3f s  %9.0f articles/s  peak memory %.0f MB  %d files written  (%d quotes, %d people, %d claims)",
                               total, Double(articles) / max(total, 1e-9), peakMemoryMB, pagesWritten, quotes, people, claims))
        }
    }

    /// In the child: build, then print the figures as one JSON line.
    static func run(corpus: URL, output: URL) throws {
        let start = DispatchTime.now().uptimeNanoseconds
        let summary = try Pipeline(corpus: corpus, output: output, writeOptions: .init(force: true)).build()
        let total = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let result = Result(
            stages: Dictionary(summary.timings.map { ($0.stage, $0.seconds) }, uniquingKeysWith: +),
            order: summary.timings.map(\.stage),
            parts: Dictionary(summary.analysisParts.map { ($0.stage, $0.seconds) }, uniquingKeysWith: +),
            partOrder: summary.analysisParts.map(\.stage), total: total, pagesWritten: summary.filesWritten,
            peakMemoryMB: peakMemoryMB(), quotes: summary.report.quotes.count, people: summary.report.people.count,
            claims: summary.report.claims.count)
        let data = try JSONEncoder().encode(result)
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }

    static func child(corpus: URL, output: URL) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        if !FileManager.default.isExecutableFile(atPath: process.executableURL!.path) {
            process.executableURL = Bundle.main.executableURL
        }
        process.arguments = ["--run", corpus.path, output.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let line = data.split(separator: 0x0A).last else {
            throw BenchError.childFailed(process.terminationStatus)
        }
        return try JSONDecoder().decode(Result.self, from: Data(line))
    }

    /// Changes one article and builds again; the cache of per-document results should make this cheap.
    static func incremental(corpus: URL, output: URL, full: Result) throws -> String {
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        guard let middle = files.dropFirst(files.count / 2).first else { return "" }
        let url = corpus.appendingPathComponent(middle)
        let text = try String(contentsOf: url, encoding: .utf8)
        try (text + "The council said it would meet again on Friday.\n").write(to: url, atomically: true, encoding: .utf8)
        let again = try child(corpus: corpus, output: output)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return String(format: "  rebuild after one article changed: %.3f s (%.2f of the full build)", again.total, again.total / full.total)
    }

    static func printScaling(sizes: [Int], results: [Result]) {
        guard sizes.count > 1 else { return }
        // Each size against the first: the target is linear time (10,000 articles in at most 11 times 1,000).
        for i in 1..<sizes.count {
            print(String(format: "Scaling %d → %d articles (×%.0f): time ×%.2f", sizes[0], sizes[i],
                         Double(sizes[i]) / Double(sizes[0]), results[i].total / max(results[0].total, 1e-9)))
        }
    }

    /// The process's peak resident memory (VmHWM), from the kernel.
    static func peakMemoryMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        return kilobytes / 1024
    }

    enum BenchError: Error {
        case childFailed(Int32)
    }
}
