import CrosscheckModel
import CrosscheckText

/// Splits a body into paragraph blocks.
enum Blocks {
    /// Markdown paragraphs are separated by blank lines. Scraped text puts one paragraph on a line,
    /// unless it is hard-wrapped (short lines inside blank-line-separated blocks), which is joined.
    static func split(_ body: String, format: Article.Format) -> [String] {
        let lines = body.lines().map {
            $0.trimmingSpaces()
        }
        if format == .markdown || isHardWrapped(lines) {
            return blankLineBlocks(lines, joiner: format == .markdown ? "\n" : " ")
        }
        return lines.filter { !$0.isEmpty }.map(collapseSpaces)
    }

    private static func blankLineBlocks(_ lines: [String], joiner: String) -> [String] {
        var blocks: [String] = []
        var current: [String] = []
        for line in lines + [""] {
            if line.isEmpty {
                if !current.isEmpty { blocks.append(current.joined(separator: joiner)) }
                current = []
            } else {
                current.append(joiner == " " ? collapseSpaces(line) : line)
            }
        }
        return blocks
    }

    /// Several blank-line-separated blocks, most of them of more than one short line.
    private static func isHardWrapped(_ lines: [String]) -> Bool {
        guard !lines.contains(where: { $0.hasCount(atLeast: 101) }) else { return false }
        var blockSizes: [Int] = []
        var current = 0
        for line in lines + [""] {
            if line.isEmpty {
                if current > 0 { blockSizes.append(current) }
                current = 0
            } else {
                current += 1
            }
        }
        return blockSizes.count >= 3 && blockSizes.filter { $0 > 1 }.count * 2 >= blockSizes.count
    }

    private static func collapseSpaces(_ line: String) -> String {
        guard line.utf8.containsBytes(of: "  ") else { return line }
        return line.split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }
}
