// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
// duiding-cli end to end: every command, its output, and that bad input changes nothing.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <csignal>
#include <fstream>
#include <sstream>

#include "tests/store/temp_dir.h"

namespace {

struct Result {
  int code = -1;
  std::string out, err;
};

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class CliTest : public ::testing::Test {
 protected:
  Result Run(std::vector<std::string> args) {
    const std::string out = m_dir.File("stdout"), err = m_dir.File("stderr");
    const pid_t pid = fork();
    if (pid == 0) {
      dup2(open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600), 1);
      dup2(open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600), 2);
      setenv("DUIDING_PROJECT", m_project.c_str(), 1);
      setenv("DUIDING_INDEX_DIR", m_dir.File("index").c_str(), 1);
      unsetenv("DUIDING_USER");
      std::vector<char*> argv{const_cast<char*>(DUIDING_CLI)};
      for (std::string& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(DUIDING_CLI, argv.data());
      _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(out), Slurp(err)};
  }
  // Must succeed; returns stdout.
  std::string Ok(std::vector<std::string> args) {
    const Result r = Run(args);
    EXPECT_EQ(r.code, 0) << r.err;
    return r.out;
  }
  // Must fail with `code` and exactly one line on stderr, leaving the project unchanged.
  std::string Fails(int code, std::vector<std::string> args) {
    const std::string before = Ok({"log", "--json", "--limit", "1000"}) + Ok({"codings", "--json"});
    const Result r = Run(args);
    EXPECT_EQ(r.code, code) << r.out << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_EQ(Ok({"log", "--json", "--limit", "1000"}) + Ok({"codings", "--json"}), before);
    return r.err;
  }
  std::string Demo(const std::string& name) {
    return std::string(DUIDING_SOURCE_DIR) + "/packaging/demo/transcripts/" + name + ".txt";
  }
  void SetUpProject() {
    Ok({"init", m_project, "--name", "Mentorschap", "--user", "anna"});
    Ok({"import", Demo("interview-jongere-sanne"), Demo("focusgroep-achterhoek")});
    Ok({"codes", "add", "Barrières", "--color", "#cc3333"});
    Ok({"codes", "add", "Schaamte", "--parent", "Barrières", "--description", "Zich schamen om hulp te vragen"});
  }
  duiding::testing::TempDir m_dir;
  std::string m_project = m_dir.File("mentor.duiding");
};

TEST_F(CliTest, InitCreatesAPrivateProject) {
  EXPECT_NE(Ok({"init", m_project, "--user", "anna"}).find("Created project 'mentor'"), std::string::npos);
  struct stat info {};
  ASSERT_EQ(stat(m_project.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  EXPECT_NE(Ok({"info"}).find("Users:     1 (anna)"), std::string::npos);
  EXPECT_NE(Fails(1, {"init", m_project}).find("already exists"), std::string::npos);
}

TEST_F(CliTest, ImportAndInfo) {
  SetUpProject();
  const std::string info = Ok({"info", "--json"});
  EXPECT_NE(info.find("\"documents\":2"), std::string::npos) << info;
  EXPECT_NE(info.find("\"name\":\"interview-jongere-sanne\""), std::string::npos);
  EXPECT_NE(Fails(1, {"import", m_dir.File("missing.txt")}).find("missing.txt"), std::string::npos);
  EXPECT_NE(Fails(1, {"import", Demo("interview-jongere-sanne")}).find("already exists"), std::string::npos);
  std::ofstream(m_dir.File("kapot.txt"), std::ios::binary) << std::string("Moeder: \0\x01\x02 binair", 17);
  EXPECT_NE(Fails(1, {"import", Demo("interview-ouder-moeder"), m_dir.File("kapot.txt")}).find("kapot.txt: not a text file"),
            std::string::npos);
  EXPECT_EQ(Ok({"info", "--json"}).find("interview-ouder-moeder"), std::string::npos);  // all or nothing
  std::ofstream(m_dir.File("nep.docx"), std::ios::binary) << "Dit is gewoon tekst.\n";
  EXPECT_NE(Fails(1, {"import", m_dir.File("nep.docx")}).find("nep.docx: named as a Word file"), std::string::npos);
  // An old Windows file: read as Windows-1252, speakers found, the region attached.
  std::ofstream(m_dir.File("oud.txt"), std::ios::binary) << "Moeder: het was zwaar voor m\xE9\xE9n, 's avonds.\n";
  const std::string imported = Ok({"import", m_dir.File("oud.txt"), "--attr", "regio=Achterhoek,methode=interview"});
  EXPECT_NE(imported.find("1 speaker turns"), std::string::npos) << imported;
  EXPECT_NE(imported.find("windows-1252"), std::string::npos) << imported;
  EXPECT_NE(Ok({"codings", "--json"}).find("["), std::string::npos);
  std::ofstream(m_dir.File("crlf.txt"), std::ios::binary) << "I: Hoe gaat het?\r\nR: Goed.\r\n";
  EXPECT_NE(Ok({"import", m_dir.File("crlf.txt"), "--name", "Kort gesprek"}).find("line endings unified"),
            std::string::npos);
}

TEST_F(CliTest, ImportFoldersManifestsSurveysAndOwnSpeakerPatterns) {
  Ok({"init", m_project, "--user", "anna"});
  const auto write = [&](const std::string& name, const std::string& text) {
    std::filesystem::create_directories(std::filesystem::path(m_dir.File(name)).parent_path());
    std::ofstream(m_dir.File(name), std::ios::binary) << text;
  };
  write("map/jongeren/j1.txt", "I: Wie is jouw steunfiguur?\nJongere: Mijn oma, één keer per week.\n");
  write("map/ouders/o1.txt", "I: Wie helpt er 's avonds?\nMoeder: De buurvrouw 👍.\n");
  write("map/ouders/o2.txt", "I: Wie helpt er 's avonds?\nMoeder: De buurvrouw 👍.\n");  // same text as o1
  write("map/ouders/leeg.txt", "");
  // All or nothing: the empty file and the duplicate stop the folder.
  EXPECT_NE(Fails(1, {"import", m_dir.File("map")}).find("leeg.txt"), std::string::npos);
  // With --skip-bad the rest lands in one change, the skipped files listed on stderr.
  const Result skipped = Run({"import", m_dir.File("map"), "--skip-bad", "--attr", "regio=gelderland zuid"});
  EXPECT_EQ(skipped.code, 0) << skipped.err;
  EXPECT_NE(skipped.out.find("2 documents imported in one change"), std::string::npos) << skipped.out;
  EXPECT_NE(skipped.err.find("leeg.txt"), std::string::npos) << skipped.err;
  EXPECT_NE(skipped.err.find("o2.txt: the same text as 'o1'"), std::string::npos) << skipped.err;
  // A manifest gives each file its attributes.
  write("m/ĳssel.txt", "MB> Hoe vaak zie je je opa?\nĲV> Elke zondag.\n");
  write("m/manifest.csv", "bestand;groep;regio\nĳssel.txt;jongere;midden-ijssel/oost-veluwe\n");
  const std::string manifested =
      Ok({"import", "--manifest", m_dir.File("m/manifest.csv"), "--speaker-pattern", "(?<speaker>\\p{Lu}{2})> "});
  EXPECT_NE(manifested.find("2 speaker turns"), std::string::npos) << manifested;
  EXPECT_NE(Fails(1, {"import", m_dir.File("m/ĳssel.txt"), "--name", "x", "--speaker-pattern", "(a"})
                .find("--speaker-pattern"),
            std::string::npos);
  // A survey export: one document per open question.
  write("enquete.csv", "nr;groep;Wat houdt u tegen?;Wie kan helpen?\n1;professional;Schaamte.;Opa\n2;ouder;;Niemand\n");
  EXPECT_NE(Fails(1, {"import", m_dir.File("enquete.csv")}).find("--respondent"), std::string::npos);
  EXPECT_NE(Fails(1, {"import", m_dir.File("enquete.csv"), "--respondent", "nr", "--open", "Bestaat niet"})
                .find("Bestaat niet"),
            std::string::npos);
  const std::string survey = Ok({"import", m_dir.File("enquete.csv"), "--respondent", "nr", "--open",
                                 "Wat houdt u tegen?,4", "--columns", "groep"});
  EXPECT_NE(survey.find("Imported 'enquete · Wat houdt u tegen?' (9 characters, 1 speaker turns)"), std::string::npos)
      << survey;
  EXPECT_NE(survey.find("'enquete · Wie kan helpen?' (12 characters, 2 speaker turns)"), std::string::npos) << survey;
  const std::string info = Ok({"info", "--json"});
  EXPECT_NE(info.find("\"documents\":5"), std::string::npos) << info;
  EXPECT_NE(info.find("\"cases\":"), std::string::npos) << info;
  EXPECT_EQ(Run({"import", m_dir.File("enquete.csv"), "--open", "2"}).code, 2);  // --respondent missing
}

TEST_F(CliTest, CodesAddListRenameMove) {
  SetUpProject();
  Ok({"codes", "add", "Tot last zijn", "--parent", "Barrières"});
  Ok({"codes", "add", "Kansen"});
  EXPECT_EQ(Ok({"codes"}), "Barrières  #CC3333  (0)\n  Schaamte  (0)\n  Tot last zijn  (0)\nKansen  (0)\n");
  Ok({"codes", "rename", "Barrières/Tot last zijn", "Last zijn"});
  Ok({"codes", "move", "Last zijn", "--top"});
  Ok({"codes", "move", "Kansen", "--parent", "Barrières"});
  // Siblings keep the order they were made or moved in: a moved code goes last.
  EXPECT_EQ(Ok({"codes", "list"}), "Barrières  #CC3333  (0)\n  Schaamte  (0)\n  Kansen  (0)\nLast zijn  (0)\n");
  const std::string json = Ok({"codes", "--json"});
  EXPECT_NE(json.find("\"path\":\"Barrières/Schaamte\""), std::string::npos);
  EXPECT_NE(json.find("\"description\":\"Zich schamen om hulp te vragen\""), std::string::npos);
  Fails(1, {"codes", "add", "Schaamte", "--parent", "Barrières"});
  Fails(1, {"codes", "add", "X", "--parent", "Bestaat niet"});
  Fails(1, {"codes", "move", "Barrières", "--parent", "Barrières/Schaamte"});
  Fails(1, {"codes", "add", "Rood", "--color", "red"});
  Fails(2, {"codes", "move", "Kansen"});
  Fails(2, {"codes", "frobnicate"});
  Fails(2, {"codes", "add"});
}

TEST_F(CliTest, CodeByOffsetsAndQuoteThenListWithQuotes) {
  SetUpProject();
  Ok({"users", "add", "bram"});
  EXPECT_EQ(Ok({"users"}).substr(0, 5), "anna ");
  const std::string coded = Ok({"code", "add", "--doc", "interview-jongere-sanne", "--code", "Schaamte", "--quote",
                                "schaamde me echt kapot", "--memo", "in vivo"});
  EXPECT_NE(coded.find("Coded 'Barrières/Schaamte'"), std::string::npos) << coded;
  Ok({"--user", "bram", "code", "add", "--doc", "interview-jongere-sanne", "--code", "Barrières/Schaamte", "--start",
      "0", "--end", "5"});
  const std::string all = Ok({"codings", "--json"});
  EXPECT_NE(all.find("\"quote\":\"schaamde me echt kapot\""), std::string::npos) << all;
  EXPECT_NE(all.find("\"coder\":\"bram\""), std::string::npos);
  EXPECT_NE(all.find("\"memo\":\"in vivo\""), std::string::npos);
  const std::string bram = Ok({"codings", "--coder", "bram"});
  EXPECT_EQ(std::count(bram.begin(), bram.end(), '\n'), 1) << bram;
  EXPECT_NE(bram.find("0-5  Barrières/Schaamte  bram  \"Titel\""), std::string::npos) << bram;
  EXPECT_NE(Ok({"log"}).find("bram  code 'interview-jongere-sanne' 0-5 as 'Barrières/Schaamte'"), std::string::npos);
}

TEST_F(CliTest, BadCodingInputIsOneLineAndChangesNothing) {
  SetUpProject();
  EXPECT_NE(Fails(1, {"code", "add", "--doc", "interview-jongere-sanne", "--code", "Schaamte", "--start", "10", "--end",
                      "999999"}).find("out of range"), std::string::npos);
  EXPECT_NE(Fails(1, {"code", "add", "--doc", "nergens", "--code", "Schaamte", "--start", "1", "--end", "2"})
                .find("unknown document 'nergens'"), std::string::npos);
  EXPECT_NE(Fails(1, {"code", "add", "--doc", "interview-jongere-sanne", "--code", "Onzin", "--start", "1", "--end",
                      "2"}).find("unknown code 'Onzin'"), std::string::npos);
  EXPECT_NE(Fails(1, {"code", "add", "--doc", "interview-jongere-sanne", "--code", "Schaamte", "--quote",
                      "dit staat er niet in"}).find("quote not found"), std::string::npos);
  EXPECT_NE(Fails(1, {"code", "add", "--doc", "interview-jongere-sanne", "--code", "Schaamte", "--quote", "I:"})
                .find("ambiguous"), std::string::npos);
  EXPECT_NE(Fails(1, {"--user", "carla", "code", "add", "--doc", "interview-jongere-sanne", "--code", "Schaamte",
                      "--start", "1", "--end", "2"}).find("unknown user 'carla'"), std::string::npos);
  Fails(1, {"code", "remove", "--doc", "interview-jongere-sanne", "--code", "Schaamte", "--start", "1", "--end", "2"});
  Fails(1, {"code", "remove", "--guid", "00000000-0000-4000-8000-000000000000"});
  Fails(2, {"code", "add", "--doc", "interview-jongere-sanne", "--code", "Schaamte", "--start", "-1", "--end", "2"});
  Fails(2, {"code", "add", "--doc", "interview-jongere-sanne", "--code", "Schaamte", "--start", "1"});
  Fails(2, {"code", "add", "--doc", "interview-jongere-sanne", "--code", "Schaamte", "--quote", "x", "--start", "1"});
  Fails(2, {"code", "add", "--code", "Schaamte", "--start", "1", "--end", "2"});
  Fails(2, {"code", "add", "--doc", "d", "--code", "c", "--start", "1", "--end", "2", "--bogus", "x"});
}

TEST_F(CliTest, CodeRemoveUndoesOneCoding) {
  SetUpProject();
  Ok({"code", "add", "--doc", "focusgroep-achterhoek", "--code", "Schaamte", "--start", "10", "--end", "20"});
  const std::string json = Ok({"code", "add", "--doc", "focusgroep-achterhoek", "--code", "Schaamte", "--start", "30",
                               "--end", "40", "--json"});
  const std::string guid = json.substr(json.find("\"guid\":\"") + 8, 36);
  Ok({"code", "remove", "--doc", "focusgroep-achterhoek", "--code", "Schaamte", "--start", "10", "--end", "20"});
  EXPECT_NE(Ok({"code", "remove", "--guid", guid}).find(guid), std::string::npos);
  EXPECT_EQ(Ok({"codings"}), "No codings.\n");
}

TEST_F(CliTest, NotAProjectAndUsageErrors) {
  std::ofstream(m_dir.File("tekst.duiding")) << "geen project\n";
  Result r = Run({"info", "--project", m_dir.File("tekst.duiding")});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("not a Duiding project"), std::string::npos) << r.err;
  r = Run({"info", "--project", m_dir.File("bestaat-niet.duiding")});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("no such project file"), std::string::npos) << r.err;
  EXPECT_EQ(Run({}).code, 2);
  EXPECT_EQ(Run({"frobnicate"}).code, 2);
  EXPECT_EQ(Run({"help"}).code, 0);
  EXPECT_EQ(Run({"codings", "--limit", "x"}).code, 2);
}

TEST_F(CliTest, SearchFindsDutchWithContextAndKeepsItsIndexCurrent) {
  SetUpProject();
  const std::string indexed = Ok({"index"});
  EXPECT_NE(indexed.find("2 indexed now"), std::string::npos) << indexed;
  EXPECT_NE(Ok({"index", "--check"}).find("consistent with the project"), std::string::npos);
  const std::string kwic = Ok({"search", "schamen", "--kwic", "--width", "25"});
  EXPECT_NE(kwic.find("[schaam"), std::string::npos) << kwic;
  EXPECT_NE(kwic.find(" hits in "), std::string::npos) << kwic;
  const std::string json = Ok({"search", "schaamte", "--json", "--limit", "2"});
  EXPECT_NE(json.find("\"hits\":[{\"document\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"match\""), std::string::npos) << json;
  // A new transcript is in the very next search: the index follows the project.
  std::ofstream(m_dir.File("nieuw.txt"), std::ios::binary) << "Oma: Ik schaam me niet, één keer per week 👵.\n";
  Ok({"import", m_dir.File("nieuw.txt")});
  EXPECT_NE(Ok({"search", "schamen spreker:oma"}).find("nieuw"), std::string::npos);
  EXPECT_NE(Ok({"search", "schaamte", "--json", "--sentences"}).find("\"sentence_start\""), std::string::npos);
  const std::string grouped = Ok({"search", "schaamte", "--group-by", "speaker"});
  EXPECT_NE(grouped.find(" hits)\n"), std::string::npos) << grouped;
  EXPECT_NE(Fails(1, {"search", "last sprekr:x"}).find("at character 6: unknown field"), std::string::npos);
  EXPECT_EQ(Run({"search", "last", "--order", "willekeurig"}).code, 2);
  EXPECT_NE(Ok({"index", "--rebuild"}).find("built afresh"), std::string::npos);
}

TEST_F(CliTest, AutocodeCodesEveryHitInOneChangeAfterADryRun) {
  SetUpProject();
  const std::string changes = Ok({"log", "--json", "--limit", "1000"});
  const std::string dry = Ok({"autocode", "schaamte", "--code", "Schaamte", "--scope", "sentence", "--dry-run"});
  EXPECT_NE(dry.find("would create"), std::string::npos) << dry;
  EXPECT_EQ(Ok({"log", "--json", "--limit", "1000"}), changes);  // a dry run writes nothing
  const std::string done = Ok({"autocode", "schaamte", "--code", "Schaamte", "--scope", "sentence", "--hits", "1"});
  EXPECT_NE(done.find("created 1 codings"), std::string::npos) << done;
  const std::string codings = Ok({"codings", "--code", "Schaamte", "--json"});
  EXPECT_NE(codings.find("autocode: schaamte"), std::string::npos) << codings;  // the query in the memo
  EXPECT_NE(Ok({"autocode", "schaamte", "--code", "Schaamte", "--scope", "sentence", "--hits", "1"})
                .find("1 already coded"),
            std::string::npos);
  EXPECT_NE(Fails(1, {"autocode", "schaamte", "--code", "Onbekend"}).find("Onbekend"), std::string::npos);
  EXPECT_NE(Fails(1, {"autocode", "schaamte (", "--code", "Schaamte"}).find("query: at character"), std::string::npos);
  EXPECT_EQ(Run({"autocode", "schaamte", "--code", "Schaamte", "--hits", "999"}).code, 2);
}

TEST_F(CliTest, AProjectKeepsItsOwnSynonymList) {
  SetUpProject();
  EXPECT_NE(Ok({"synonyms"}).find("schaamte"), std::string::npos);  // the starter list
  const std::string before = Ok({"search", "schaamte", "--json"});
  std::ofstream(m_dir.File("syn.txt"), std::ios::binary) << "# eigen lijst\nschaamte ~ tante\n";
  EXPECT_NE(Ok({"synonyms", "set", m_dir.File("syn.txt")}).find("1 groups"), std::string::npos);
  EXPECT_EQ(Ok({"synonyms", "show"}), "# eigen lijst\nschaamte ~ tante\n");
  const std::string after = Ok({"search", "schaamte", "--json"});
  EXPECT_NE(after, before);
  EXPECT_NE(after.find("\"match\":\"tante\""), std::string::npos) << after;
  std::ofstream(m_dir.File("kapot.txt"), std::ios::binary) << "schaamte\n";
  EXPECT_NE(Fails(1, {"synonyms", "set", m_dir.File("kapot.txt")}).find("kapot.txt: line 1"), std::string::npos);
  Ok({"synonyms", "reset"});
  EXPECT_EQ(Ok({"search", "schaamte", "--json"}), before);
}

TEST_F(CliTest, ReadersWorkWhileAWriterHoldsTheProject) {
  SetUpProject();
  // Hold the project open for writing in a child process, as the GUI would.
  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  const pid_t holder = fork();
  if (holder == 0) {
    close(ready[0]);
    const int fd = open((m_project + ".lock").c_str(), O_RDWR);
    if (fd < 0 || flock(fd, LOCK_EX) != 0) _exit(1);
    if (write(ready[1], "x", 1) != 1) _exit(1);
    sleep(30);
    _exit(0);
  }
  close(ready[1]);
  char byte = 0;
  ASSERT_EQ(read(ready[0], &byte, 1), 1);
  EXPECT_NE(Ok({"info"}).find("Documents: 2"), std::string::npos);
  const Result r = Run({"codes", "add", "Kansen"});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("open elsewhere"), std::string::npos) << r.err;
  kill(holder, SIGKILL);
  waitpid(holder, nullptr, 0);
  Ok({"codes", "add", "Kansen"});
}

}  // namespace
