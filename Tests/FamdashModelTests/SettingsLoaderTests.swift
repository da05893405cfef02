import Testing
@testable import FamdashModel

@Suite("programme.toml")
struct SettingsLoaderTests {
    static let valid = """
    name = "Priority Families"
    authority = "Derby City Council"

    [[measures]]
    key = "crime"
    label = "Crime"
    [[measures]]
    key = "asb"
    label = "Anti-social behaviour"

    [disclosure]
    min_count = 10

    [[targets]]
    by = "2014-03-31"
    families = 400

    [finance]
    attachment_fee = 3200
    results_payment = 800
    """

    func load(_ text: String) -> (Settings?, [Diagnostic]) {
        SettingsLoader.load(text, file: "programme.toml")
    }

    @Test("every setting is read")
    func valid() throws {
        let (settings, diagnostics) = load(Self.valid)
        #expect(diagnostics.isEmpty)
        let found = try #require(settings)
        #expect(found.name == "Priority Families")
        #expect(found.authority == "Derby City Council")
        #expect(found.measures == [Measure(key: "crime", label: "Crime"), Measure(key: "asb", label: "Anti-social behaviour")])
        #expect(found.minCount == 10)
        #expect(found.targets == [Target(by: Day(year: 2014, month: 3, day: 31)!, families: 400)])
        #expect(found.finance == Finance(attachmentFee: 3200, resultsPayment: 800))
    }

    @Test("no [disclosure]: min_count 5 with a warning")
    func defaultDisclosure() {
        let text = Self.valid.replacingOccurrences(of: "[disclosure]\nmin_count = 10\n", with: "")
        let (settings, diagnostics) = load(text)
        #expect(settings?.minCount == 5)
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics[0].message.contains("min_count = 5"))
    }

    @Test("a syntax error gives TOML's line and column")
    func syntax() {
        let (settings, diagnostics) = load("name = \"x\"\nauthority = = \"y\"\n")
        #expect(settings == nil)
        #expect(diagnostics.first?.line == 2)
        #expect(diagnostics.first?.column != nil)
        #expect(diagnostics.first?.message.contains("TOML syntax") == true)
    }

    @Test("malformed keys that would stop TOMLKit are reported (found by fuzzing)", arguments: [
        ("name = \"x\"\n[\nmeasures]]\n", 2, 2), ("[ ]\n", 1, 3), ("[[\n", 1, 3), ("[a.]\n", 1, 4), ("a. = 1\n", 1, 4), ("[a . ]\n", 1, 6),
    ])
    func malformedKeys(text: String, line: Int, column: Int) {
        let (settings, diagnostics) = load(text)
        #expect(settings == nil)
        #expect(diagnostics.first?.line == line)
        #expect(diagnostics.first?.column == column)
        #expect(diagnostics.first?.message.hasPrefix("TOML syntax") == true)
    }

    @Test("missing name")
    func missingName() {
        let (_, diagnostics) = load(Self.valid.replacingOccurrences(of: "name = \"Priority Families\"\n", with: ""))
        #expect(diagnostics.first?.message.contains("missing 'name'") == true)
    }

    @Test("a measure key with spaces is refused at its line")
    func badKey() {
        let (_, diagnostics) = load(Self.valid.replacingOccurrences(of: "key = \"asb\"", with: "key = \"anti social\""))
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].line == 8)
        #expect(diagnostics[0].column == 7)
        #expect(diagnostics[0].message.contains("anti_social"))
    }

    @Test("two measures with one key")
    func duplicateKey() {
        let (_, diagnostics) = load(Self.valid.replacingOccurrences(of: "key = \"asb\"", with: "key = \"crime\""))
        #expect(diagnostics.first?.line == 8)
        #expect(diagnostics.first?.message.contains("first on line 5") == true)
    }

    @Test("negative min_count")
    func negativeMinCount() {
        let (_, diagnostics) = load(Self.valid.replacingOccurrences(of: "min_count = 10", with: "min_count = -1"))
        #expect(diagnostics.first?.line == 12)
        #expect(diagnostics.first?.message.contains("must be 0") == true)
    }

    @Test("a target date that is not a date")
    func badTargetDate() {
        let (_, diagnostics) = load(Self.valid.replacingOccurrences(of: "2014-03-31", with: "31st March"))
        #expect(diagnostics.first?.line == 15)
        #expect(diagnostics.first?.message.contains("not a date") == true)
    }

    @Test("a native TOML date is accepted as a target date")
    func nativeDate() {
        let (settings, diagnostics) = load(Self.valid.replacingOccurrences(of: "\"2014-03-31\"", with: "2014-03-31"))
        #expect(diagnostics.isEmpty)
        #expect(settings?.targets.first?.by == Day(year: 2014, month: 3, day: 31))
    }
}
