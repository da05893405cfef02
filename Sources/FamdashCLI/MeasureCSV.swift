import ArgumentParser
import FamdashModel
import Foundation

extension Famdash {
    /// Internal, for scripts/bench: how fast the CSV reader parses files on one core (the
    /// parse alone, before any value is checked), best of several runs.
    struct MeasureCSV: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "measure-csv", shouldDisplay: false)
        @Argument var paths: [String]
        @Option var runs = 5

        func validate() throws {
            guard (1...1000).contains(runs) else { throw ValidationError("--runs must be from 1 to 1000") }
        }

        func run() throws {
            var files: [(String, [UInt8])] = []
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
                files.append((path, [UInt8](data)))
            }
            let bytes = files.reduce(0) { $0 + $1.1.count }
            var best = Double.infinity
            var fields = 0
            for _ in 0..<max(1, runs) {
                let start = DispatchTime.now().uptimeNanoseconds
                let documents = files.map { CSVParser.parse($0.1, file: $0.0).document }
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                fields = documents.reduce(0) { $0 + $1.fields.count }
            }
            print(String(format: "%.1f MB, %d fields parsed in %.3f s on one core: %.0f MB/s", Double(bytes) / 1e6, fields, best, Double(bytes) / 1e6 / best))
        }
    }
}
