// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "model/error.h"

namespace {

constexpr const char* kHelp = R"(duiding-cli: the headless twin of the Duiding workbench

Usage: duiding-cli COMMAND [ARGS] [--project FILE] [--user NAME] [--json]

  init FILE [--name NAME] [--user NAME] [--codebook natuurlijk-mentorschap]
                                            create a project (file mode 0600), optionally
                                            starting from the shipped codebook
  info                                      project summary and documents
  import FILE|FOLDER... [--manifest CSV] [--name NAME] [--format auto|txt|docx|odt|srt|vtt]
         [--encoding ENC] [--attr key=value,key=value] [--speaker-pattern REGEX] [--max-mb N]
         [--skip-bad] [--allow-duplicates] [--progress]
                                            add transcripts (all in one change; speakers and
                                            timestamps found, speakers become cases; folders
                                            searched for .txt/.docx/.odt/.srt/.vtt; a manifest
                                            lists files with attributes: file;groep;regio;...;
                                            Ctrl+C cancels and leaves the project unchanged)
  import SURVEY.csv|.xlsx --respondent COLUMN --open COLUMN,... [--columns COLUMN,...]
         [--sheet NAME] [--delimiter C]     a survey export: one document per open question,
                                            each answer a turn of its respondent, each
                                            respondent a case with the --columns as attributes
  users [list] | users add NAME             coders of this project
  codes [list] [--deleted]                  the codebook as a tree, with coding counts
  codes add NAME [--parent CODE] [--color #RRGGBB] [--description DEFINITION] [--name-en NAME]
        [--inclusion TEXT] [--exclusion TEXT] [--example QUOTE] [--borderline QUOTE]
        [--memo TEXT] [--category] [--allow-similar]
                                            a code; a name that (nearly) exists, ignoring case,
                                            accents and a typo, is refused unless allowed
  codes edit CODE [the options of add] [--example-coding GUID] [--codable] [--clear-examples]
  codes rename CODE NEW-NAME [--allow-similar]
  codes move CODE (--parent CODE | --top) [--position N]
  codes merge CODE INTO-CODE                codings move (exact duplicates collapse), sub-codes too
  codes split CODE NEW-NAME --codings GUID,...   chosen codings to a new code
  codes delete CODE | codes restore CODE    delete (with sub-codes; restorable) or restore
  codes similar NAME                        codes whose names are close to NAME
  codebook [show] | codebook export FILE.qdc | codebook import FILE.qdc | codebook import --shipped NAME
                                            the codebook with definitions, criteria and
                                            examples; REFI-QDA exchange; shipped codebook
                                            natuurlijk-mentorschap
  retrieve [--code CODE,...] [--all] [--subcodes] [--attr NAME=VALUE|VALUE,...] [--role ROLE,...]
           [--coder NAME,...] [--counts] [--limit N]
                                            coded fragments (any or --all codes; attributes of
                                            the document or the speaker) with quote, speaker,
                                            role, timestamp and coder; --counts: fragments,
                                            documents and speakers per code
  matrix --by ATTRIBUTE[,ATTRIBUTE] [--count fragments|documents] [--format table|csv|json]
         [the filters of retrieve]          codes x attribute values (e.g. --by groep,regio);
                                            JSON lists the codings behind every cell
  matrix --cooccurrence overlap|turn|near [--words N] [--format table|csv|json] [filters]
                                            code x code: overlapping fragments, shared speaker
                                            turns, or fragments at most N words apart
  package --coder NAME --out FILE.duiding   a coder package for a blind coding round: the
                                            project with only that coder's codings and a
                                            fresh history
  merge PACKAGE.duiding...                  take coders' packages back (matched by GUID and
                                            content hash, never by name); one undoable change
  agree [--coder A,B,..] [--code ..] [--doc ..] [--unit sentence|turn|paragraph|answer]
        [--overlap SHARE] [--threshold 90%] [--group-by ATTRIBUTE]
        [--measures unit,character,segment,unitizing] [--csv FILE] [--html FILE]
        [--disagreements [--limit N]]       inter-coder agreement: unit-based (percent, Cohen,
                                            Scott, Brennan-Prediger, Fleiss, Conger, Light,
                                            Krippendorff's alpha), NVivo-style character level,
                                            MAXQDA-style segments, Krippendorff's unitizing
                                            alphas; every measure named; where coders differ
  agree --table DATA.csv [--level nominal|ordinal|interval|ratio] [--order A,B,C] [--tolerance T]
                                            the same for a spreadsheet: rows units, columns
                                            coders, cells categories (empty: no value);
                                            --tolerance: numbers within T of each other agree
  export xml|csv|xlsx|html|odt|qdc|qdpx FILE [--code CODE,..] [--subcodes] [--attr NAME=VALUE,..]
         [--role ROLE,..] [--coder NAME,..] [--agreed] [--pseudonymise [--report FILE]] [--names]
                                            coded fragments as XML (export/fragments.xsd), CSV or
                                            Excel; a quote report (HTML, .odt) for the
                                            handreiking; the codebook (.qdc); the whole project as
                                            REFI-QDA (.qdpx). Speaker names only with --names;
                                            --pseudonymise replaces names from the project's list
  import PROJECT.qdpx | PROJECT.qde         a REFI-QDA project from ATLAS.ti, MAXQDA, NVivo,
                                            QualCoder or Taguette (positions read in their units)
  pseudonyms [show] | set FILE | add NAME LABEL [--kind persoon|plaats|anders] | speakers
                                            the project's pseudonym list (never exported);
                                            speakers adds every speaker who is a person
  undo [--list] | redo                      undo or redo the last coding or codebook change
                                            (kept in the project: survives a restart)
  code add --doc DOC --code CODE (--start N --end N | --quote TEXT [--occurrence N]) [--memo TEXT]
  code remove --doc DOC --code CODE (--start N --end N | --quote TEXT) | code remove --guid GUID
  code edit --guid GUID [--memo TEXT] [--start N --end N]   a coding's memo or range
  code invivo --doc DOC (--start N --end N | --quote TEXT) [--parent CODE]
                                            a new code named after the quote, coding it
  codings [--code CODE] [--doc DOC] [--coder NAME]   codings with their quotes
  log [--limit N]                           the change log: who changed what, when
  index [--rebuild | --check]               bring the search index up to date (it is a cache
                                            in ~/.cache/duiding, kept per project), build it
                                            afresh, or compare it with the project
  search "QUERY" [--kwic] [--limit N] [--order relevance|document|left|right|speaker] [--width N]
         [--group-by document|turn|sentence|speaker] [--sentences]
                                            Dutch full-text search (docs/query-language.md):
                                            every hit with its place, speaker and context
  autocode "QUERY" --code CODE [--scope hit|sentence|turn|paragraph] [--hits 1,3,..] [--dry-run]
                                            code every hit (or the numbered ones, as in
                                            search --order document) in one change; the
                                            query goes in the memo
  synonyms [show] | synonyms set FILE | synonyms reset
                                            the project's search synonym list ("schaamte ~
                                            schamen ~ beschaamd" per line); until set, the
                                            shipped Dutch starter list

The project comes from --project (-p) or $DUIDING_PROJECT; the acting coder from --user or
$DUIDING_USER, else the project's creator. Offsets are Unicode code points, half-open [start, end).
A CODE is a path (Barrières/Schaamte), a GUID or a unique name; a DOC a name or a GUID.
Exit status: 0 done, 1 bad input (nothing changed), 2 wrong usage, 130 cancelled (nothing changed).
)";

int Dispatch(duiding::cli::Context& ctx) {
  using Command = int (*)(duiding::cli::Context&);
  static const std::map<std::string, Command> commands = {
      {"init", duiding::cli::RunInit},   {"info", duiding::cli::RunInfo},   {"import", duiding::cli::RunImport},
      {"users", duiding::cli::RunUsers}, {"log", duiding::cli::RunLog},     {"codes", duiding::cli::RunCodes},
      {"code", duiding::cli::RunCode},   {"codings", duiding::cli::RunCodings},
      {"index", duiding::cli::RunIndex}, {"search", duiding::cli::RunSearch},
      {"autocode", duiding::cli::RunAutoCode}, {"synonyms", duiding::cli::RunSynonyms},
      {"codebook", duiding::cli::RunCodebook}, {"undo", duiding::cli::RunUndo},   {"redo", duiding::cli::RunRedo},
      {"retrieve", duiding::cli::RunRetrieve}, {"matrix", duiding::cli::RunMatrix},
      {"agree", duiding::cli::RunAgree},       {"package", duiding::cli::RunPackage}, {"merge", duiding::cli::RunMerge},
      {"export", duiding::cli::RunExport},     {"pseudonyms", duiding::cli::RunPseudonyms}};
  const auto& pos = ctx.args.Positionals();
  if (pos.empty() || pos[0] == "help" || ctx.args.Flag("help")) {
    ctx.out << kHelp;
    return pos.empty() && !ctx.args.Flag("help") ? 2 : 0;
  }
  const auto it = commands.find(pos[0]);
  if (it == commands.end()) throw duiding::cli::UsageError("unknown command '" + pos[0] + "'");
  return it->second(ctx);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const duiding::cli::Args args(argc, argv,
                                  {"project", "user", "name", "parent", "color", "description", "doc", "code", "start",
                                   "end", "quote", "occurrence", "memo", "guid", "coder", "limit", "format", "encoding",
                                   "attr", "max-mb", "speaker-pattern", "manifest", "respondent", "open", "columns", "sheet",
                                   "delimiter", "group-by", "order", "width", "scope", "hits", "name-en", "inclusion",
                                   "exclusion", "example", "borderline", "example-coding", "borderline-coding",
                                   "position", "codings", "shipped", "role", "by", "count", "words", "cooccurrence",
                                   "codebook", "output", "table", "level", "unit", "overlap", "threshold",
                                   "measures", "csv", "html", "out", "report", "kind", "tolerance"},
                                  {"json", "help", "top", "skip-bad", "allow-duplicates", "progress", "kwic", "rebuild", "check", "dry-run", "sentences",
                                   "category", "codable", "allow-similar", "clear-examples", "deleted", "list", "all",
                                   "subcodes", "counts", "disagreements", "agreed",
                                   "pseudonymise", "names"});
    duiding::cli::Context ctx{args, std::cout};
    return Dispatch(ctx);
  } catch (const duiding::cli::UsageError& e) {
    std::cerr << "duiding-cli: " << e.what() << " (see: duiding-cli help)\n";
    return 2;
  } catch (const duiding::Error& e) {
    std::cerr << "duiding-cli: " << e.what() << "\n";
    return e.Kind() == duiding::ErrorKind::Cancelled ? 130 : 1;
  } catch (const std::exception& e) {
    std::cerr << "duiding-cli: internal error: " << e.what() << "\n";
    return 1;
  }
}
