import ArgumentParser
import Crosscheck
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check that every link of a built site resolves inside it.")

    @Argument(help: "Folder of the built site.")
    var site: String = "Site"

    func run() throws {
        let problems = SiteChecker().check(URL(fileURLWithPath: site))
        for problem in problems { print(problem) }
        if problems.isEmpty {
            print("\(site): every link resolves")
        } else {
            print("\(problems.count) broken \(problems.count == 1 ? "link" : "links")")
            throw ExitCode.failure
        }
    }
}
