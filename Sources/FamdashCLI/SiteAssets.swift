import FamdashModel
import FamdashRaster
import FamdashSite
import Foundation
import Mustache

/// The stylesheet, script and page template a site is built with: the folder given by
/// `--assets` or FAMDASH_ASSETS, or else the copy built into famdash (`EmbeddedAssets`,
/// generated from Assets/ by scripts/embed-assets), so a famdash binary copied anywhere builds
/// a complete site. Loaded, and the template parsed, before any data is read.
struct SiteAssets: Sendable {
    struct File: Sendable {
        var path: String
        var bytes: [UInt8]
    }

    static let templatePath = "templates/page.mustache"

    /// The folder they were read from; nil for the copy built into famdash.
    var folder: String?
    /// Every file, by path relative to the folder, in byte order (as `FolderFiles` lists them).
    var files: [File]
    var template: String

    /// The folder asked for: `--assets`, else FAMDASH_ASSETS (empty counts as unset).
    static func folder(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let option { return option }
        if let variable = environment["FAMDASH_ASSETS"], !variable.isEmpty { return variable }
        return nil
    }

    static var builtIn: SiteAssets {
        get throws(SiteWriteError) {
            try checked(folder: nil, files: EmbeddedAssets.files.map { File(path: $0.path, bytes: $0.bytes) })
        }
    }

    /// The assets of `folder`, or the built-in ones when it is nil. Errors name the path at fault.
    static func load(folder: String?) throws(SiteWriteError) -> SiteAssets {
        guard let folder else { return try builtIn }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw SiteWriteError(path: folder, reason: "the assets folder (--assets or FAMDASH_ASSETS) does not exist; give a copy of famdash's Assets/ folder, or leave both unset to use the assets built into famdash")
        }
        guard isDirectory.boolValue, let paths = FolderFiles.list(folder) else {
            throw SiteWriteError(path: folder, reason: isDirectory.boolValue ? "the assets folder cannot be read" : "the assets folder (--assets or FAMDASH_ASSETS) is not a folder")
        }
        var files: [File] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: folder + "/" + path) else {
                throw SiteWriteError(path: folder + "/" + path, reason: "cannot read asset")
            }
            files.append(File(path: path, bytes: [UInt8](data)))
        }
        return try checked(folder: folder, files: files)
    }

    private static func checked(folder: String?, files: [File]) throws(SiteWriteError) -> SiteAssets {
        let where_ = folder.map { $0 + "/" + templatePath } ?? "(built-in assets)/" + templatePath
        guard let bytes = files.first(where: { $0.path == templatePath })?.bytes else {
            throw SiteWriteError(path: where_, reason: "the page template is missing; every assets folder needs \(templatePath)")
        }
        guard let template = String(validating: bytes, as: UTF8.self) else {
            throw SiteWriteError(path: where_, reason: "the page template is not valid UTF-8")
        }
        do {
            _ = try MustacheTemplate(string: template)
        } catch {
            throw SiteWriteError(path: where_, reason: "the page template cannot be read as Mustache: \(error)")
        }
        return SiteAssets(folder: folder, files: files, template: template)
    }

    /// The files copied into the site's `assets/`: all but the templates and hidden files.
    var published: [File] {
        files.filter { file in
            let parts = file.path.split(separator: "/")
            return !parts.contains { $0.hasPrefix(".") } && parts.first != "templates"
        }
    }

    /// Every file by path and content, so the built-in assets and a folder holding the same
    /// files give the same manifest.
    var digest: String {
        ContentHash.combine(files.flatMap { [$0.path, ContentHash.digest($0.bytes)] })
    }
}

/// What a build needs besides the data, found before any data is read: the assets (template
/// parsed) and the fonts for PNG charts.
struct BuildResources: Sendable {
    var assets: SiteAssets
    var fonts: Fonts
    var pair: (SiteAssets, Fonts) { (assets, fonts) }

    static func prepare(assetsFolder: String?) throws(SiteWriteError) -> BuildResources {
        let assets = try SiteAssets.load(folder: assetsFolder)
        do {
            return BuildResources(assets: assets, fonts: try Fonts.locate())
        } catch let error as Fonts.Unusable {
            throw SiteWriteError(path: error.path, reason: error.reason)
        } catch let error as Fonts.Missing {
            throw SiteWriteError(path: error.searched.first ?? "fonts", reason: error.description)
        } catch {
            throw SiteWriteError(path: "fonts", reason: "\(error)")
        }
    }
}
