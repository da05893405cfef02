import FamdashModel
import Mustache

/// Frames pages with the template in `Assets/templates/page.mustache`, so a council can
/// restyle the whole site without recompiling famdash. The template gets plain values; every
/// name from the data is escaped by Mustache's `{{...}}`, and only the body, built by famdash
/// from escaped parts, goes in raw with `{{{body}}}`.
public struct PageRenderer: Sendable {
    public struct TemplateError: Error, CustomStringConvertible {
        public var description: String
    }

    let template: MustacheTemplate
    let context: SiteContext

    public init(template text: String, context: SiteContext) throws {
        do {
            template = try MustacheTemplate(string: text)
        } catch {
            throw TemplateError(description: "page template: \(error)")
        }
        self.context = context
    }

    public func html(_ page: Page) -> String {
        let root = page.root
        let settings = context.settings
        var values: [String: Any] = [
            "title": title(page),
            "root": root,
            "programme": settings.name,
            "generatedOn": context.generatedOn,
            "version": context.version,
            "body": (page.period.map { ReleaseBanner.html($0, root: root, context: context) } ?? "") + page.body,
        ]
        if !settings.authority.isEmpty { values["authority"] = settings.authority }
        var sections: [[String: Any]] = []
        if let period = page.period {
            values["quarterShort"] = period.description
            values["quarterLong"] = "\(period.monthsLabel) (\(period.financialLabel))"
            values["methodology"] = root + "\(period)/" + Page.Section.data.path
            sections = Page.Section.allCases.filter { $0.applies(to: settings) }.map { section in
                ["href": root + "\(period)/" + section.path, "label": section.rawValue, "current": section == page.section]
            }
        }
        values["sections"] = sections
        let switcher = [("previous", page.previousQuarter), ("next", page.nextQuarter)].compactMap { key, crumb in
            crumb.map { (key, ["href": root + ($0.path ?? ""), "label": $0.label]) }
        }
        if !switcher.isEmpty { values["quarterSwitch"] = Dictionary(uniqueKeysWithValues: switcher) }
        values["hasSections"] = !sections.isEmpty
        values["breadcrumbs"] = page.breadcrumbs.map { crumb -> [String: Any] in
            var item: [String: Any] = ["label": crumb.label]
            if let path = crumb.path { item["href"] = root + path }
            return item
        }
        // The template escapes markup in names, not control characters: those go as U+FFFD.
        return MarkupText.cleaned(template.render(values))
    }

    /// "Abbey ward – July to September 2013 – Priority Families".
    public func title(_ page: Page) -> String {
        var parts = [page.name]
        if let period = page.period { parts.append(period.monthsLabel) }
        parts.append(context.settings.name)
        return parts.joined(separator: " – ")
    }
}
