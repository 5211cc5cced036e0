import Crosscheck
import Foundation

@main
struct Bench {
    static func main() {
        print("crosscheck-bench: not written yet")
    }
}
