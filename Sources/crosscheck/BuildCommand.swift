import ArgumentParser
import Crosscheck
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site of a corpus.")

    @Argument(help: "Folder of articles (.txt, .md).")
    var corpus: String = "Corpus"

    @Option(help: "Output folder; replaced as a whole.")
    var out: String = "Site"

    func run() throws {
        let pipeline = Pipeline(corpus: URL(fileURLWithPath: corpus), output: URL(fileURLWithPath: out))
        let (report, problems) = pipeline.analyze()
        for problem in problems { print("warning: \(problem)") }
        print("\(report.sources.count) articles analysed")
    }
}
