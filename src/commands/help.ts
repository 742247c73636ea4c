// `qikan --help`: the usage text. Its own module, so --help loads nothing else.
export const HELP = `qikan — builds each issue of a periodical from Markdown into e-books

Usage:
  qikan build [ID|DIR]... [--out DIR] [--kindle]
                                        build issues into DIR/<id>/<slug>-<id>.epub
                                        (no argument: every issue under ./issues;
                                        ID: ./issues/ID; DIR: an issue folder whose
                                        parent folder holds series.yaml); --kindle
                                        adds .azw3 and .mobi (needs Calibre)
  qikan build --year YYYY [--out DIR] [--kindle]
                                        the annual 合订本: every issue of the year in
                                        one book, DIR/YYYY/<slug>-YYYY.epub
  qikan site [--out DIR] [--repository OWNER/REPO] [--released IDS] [--no-search]
                                        the members' shelf: a static download page
                                        and an OPDS catalogue (default dist/site;
                                        repository default: $GITHUB_REPOSITORY);
                                        --released 2024-02,2024-03 lists only
                                        the issues that have a release; each
                                        issue's web edition under read/<id>/ and
                                        search.html, a full-text search
                                        (--no-search: without the index)
  qikan preview [ID|DIR] [--port N]     serve the issue's web edition on
                                        127.0.0.1 (a free port unless --port) and
                                        reload the open page on every save, with
                                        the check's findings on the page and here
                                        (no argument: the newest issue)
  qikan release ID|DIR|YYYY [--out DIR] check, build, validate (EPUBCheck), convert
                                        and verify Kindle files, write SHA256SUMS,
                                        release-notes.md and release.json (what the
                                        workflow uploads) into DIR/<id>/; a year
                                        releases that year's 合订本 the same way
  qikan check [ID|DIR]... [--fix] [--format text|json|github]
                                        check sources: schema, source hygiene,
                                        structure, Chinese typography; --fix applies
                                        the safe fixes in place
  qikan import FILE [--id ID] [--into DIR] [--force]
                                        turn the printed issue's PDF (.pdf), a text
                                        extraction (.txt) or a Word file (.docx) into
                                        issue sources under DIR/<id>/ (default
                                        ./issues), with the printed page numbers it
                                        can prove, then print the check report
  qikan --help                          this text
  qikan --version                       the version

Options:
  --out DIR     output folder (default: dist)
  --kindle      also write AZW3 and MOBI with Calibre's ebook-convert, verified
  --fix         (check) apply the safe fixes, then report what is left
  --format F    (check) text (default), json, or github (workflow annotations)
  --debug       show a stack trace for internal errors

Exit status: 0 done, 1 a problem with the sources or the environment
(each printed as file:line:col  severity  rule  message), 2 a usage mistake,
70 a bug in qikan (reported with a stack trace).
`;
