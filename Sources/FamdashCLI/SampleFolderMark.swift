/// The file that marks a folder as written by `famdash sample`, so a later `sample --out` may
/// replace it (and no other non-empty folder). The programme reader ignores it: it reads only
/// the files DATA.md names.
enum SampleFolderMark {
    static let fileName = ".famdash-sample"
    static let text = "Written by famdash sample. famdash sample --out may replace this folder; delete this file to keep it from doing so.\n"
}
