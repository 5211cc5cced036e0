import Crosscheck
import Foundation

/// `crosscheck-bench [SIZES…] [--corpus DIR] [--work DIR] [--no-hugo]`: makes corpora of the given sizes from
/// the sample corpus, builds each in a child process (so peak memory is per size) and prints figures per stage.
@main
struct Bench {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "--run" {
            try Measure.run(corpus: URL(fileURLWithPath: arguments[1]), output: URL(fileURLWithPath: arguments[2]))
            return
        }
        var sample = URL(fileURLWithPath: "Corpus")
        var work = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("crosscheck-bench")
        var hugo = true
        var sizes: [Int] = []
        while let argument = arguments.first {
            arguments.removeFirst()
            switch argument {
            case "--corpus": sample = URL(fileURLWithPath: arguments.removeFirst())
            case "--work": work = URL(fileURLWithPath: arguments.removeFirst())
            case "--no-hugo": hugo = false
            default:
                guard let size = Int(argument), size > 0 else {
                    FileHandle.standardError.write(Data("usage: crosscheck-bench [SIZES…] [--corpus DIR] [--work DIR] [--no-hugo]\n".utf8))
                    exit(2)
                }
                sizes.append(size)
            }
        }
        if sizes.isEmpty { sizes = [1_000, 2_000, 10_000, 50_000] }
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let generator = try CorpusGenerator(sample: sample)
        var results: [Measure.Result] = []
        for size in sizes {
            let corpus = work.appendingPathComponent("corpus-\(size)")
            let megabytes = try generator.write(articles: size, to: corpus)
            print(String(format: "Generated %d articles (%.1f MB) in %@", size, megabytes, corpus.path))
            // A full build writes every file anew, as Hugo does beside it; the rebuild after it reuses them.
            try? FileManager.default.removeItem(at: work.appendingPathComponent("site-\(size)"))
            let result = try Measure.child(corpus: corpus, output: work.appendingPathComponent("site-\(size)"))
            result.print(articles: size, megabytes: megabytes)
            results.append(result)
            let incremental = try Measure.incremental(corpus: corpus, output: work.appendingPathComponent("site-\(size)"), full: result)
            print(incremental)
            if hugo, let line = try HugoComparison.run(pages: size, work: work, crosscheck: result) {
                print(line)
            }
            print("")
        }
        Measure.printScaling(sizes: sizes, results: results)
    }
}
