// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Duiding contributors
#include "import/odt.h"

#include <gtest/gtest.h>

#include "model/error.h"
#include "tests/import/zip_fixture.h"

namespace duiding::import {
namespace {

using fixture::ExpectInputError;
using fixture::MakeZip;
using fixture::ZipEntry;
using fixture::ZipFixtureOptions;

constexpr const char* kNamespaces = R"( xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0")"
                                    R"( xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0")"
                                    R"( xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0")"
                                    R"( xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0")"
                                    R"( xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0")"
                                    R"( xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")"
                                    R"( xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3")";

std::string ContentXml(const std::string& body) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8"?>)") + "\n<office:document-content" + kNamespaces +
         "><office:automatic-styles/><office:body><office:text>"
         R"(<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>)"
         R"(</text:sequence-decls>)" +
         body + "</office:text></office:body></office:document-content>";
}

const std::string kManifest =
    R"(<?xml version="1.0" encoding="UTF-8"?>)"
    R"(<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">)"
    R"(<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>)"
    R"(<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>)"
    R"(<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>)";

// A package as LibreOffice writes it; headers and footers live in styles.xml and must not
// reach the document.
std::vector<ZipEntry> OdtPackage(const std::string& contentXml, const std::string& manifest = kManifest) {
  return {
      {"mimetype", "application/vnd.oasis.opendocument.text"},
      {"content.xml", contentXml},
      {"styles.xml",
       std::string(R"(<?xml version="1.0" encoding="UTF-8"?><office:document-styles)") + kNamespaces +
           R"(><office:master-styles><style:master-page style:name="Standard"><style:header>)"
           R"(<text:p>KOPTEKST vertrouwelijk</text:p></style:header><style:footer><text:p>VOETTEKST pagina</text:p>)"
           R"(</style:footer></style:master-page></office:master-styles></office:document-styles>)"},
      {"META-INF/manifest.xml", manifest},
  };
}

std::string Odt(const std::string& body) { return MakeZip(OdtPackage(ContentXml(body))); }

ImportedDocument ImportBody(const std::string& body) { return ImportOdtBytes("/data/Interview 8.odt", Odt(body)); }

TEST(Odt, ReadsParagraphsBreaksTabsSpacesAndDutchText) {
  const ImportedDocument d = ImportBody(
      R"(<text:h text:style-name="Heading_20_1" text:outline-level="1">Interview 8, wijk West</text:h>)"
      R"(<text:p text:style-name="P1">I:<text:tab/>Wie zou u om hulp kunnen vragen?</text:p>)"
      R"(<text:p>R: Mijn zus, <text:span text:style-name="T1">maar</text:span> ik wil haar niet tot last zijn.)"
      R"(<text:line-break/>Ze werkt al één jaar 's avonds in de zorg.</text:p>)"
      R"(<text:p>De geïnterviewde noemt de buurvrouw een ĳverige oud-collega <text:span>👍🏽</text:span></text:p>)"
      "<text:p>\n    <text:s/>Twee<text:s text:c=\"2\"/>spaties, en\n    een regeleinde in de XML.  </text:p>"
      "<text:p/>"
      R"(<text:p><text:soft-page-break/>Einde.</text:p>)");
  EXPECT_EQ(d.name, "Interview 8");
  EXPECT_EQ(d.sourcePath, "/data/Interview 8.odt");
  EXPECT_EQ(d.text,
            "Interview 8, wijk West\n"
            "I:\tWie zou u om hulp kunnen vragen?\n"
            "R: Mijn zus, maar ik wil haar niet tot last zijn.\n"
            "Ze werkt al één jaar 's avonds in de zorg.\n"
            "De geïnterviewde noemt de buurvrouw een ĳverige oud-collega 👍🏽\n"
            " Twee  spaties, en een regeleinde in de XML.\n"
            "\n"
            "Einde.\n");
  EXPECT_TRUE(d.notes.empty());
}

TEST(Odt, ListItemsGetABullet) {
  const ImportedDocument d =
      ImportBody(R"(<text:p>R: Wat helpt:</text:p><text:list text:style-name="L1">)"
                 R"(<text:list-item><text:p>de huisarts</text:p></text:list-item>)"
                 R"(<text:list-item><text:p>de wijkverpleging</text:p>)"
                 R"(<text:list><text:list-item><text:p>vooral 's ochtends</text:p></text:list-item></text:list>)"
                 R"(<text:p>en verder niemand</text:p></text:list-item></text:list><text:p>I: Dank u.</text:p>)");
  EXPECT_EQ(d.text,
            "R: Wat helpt:\n- de huisarts\n- de wijkverpleging\n- vooral 's ochtends\nen verder niemand\nI: Dank u.\n");
}

std::string P(const std::string& text) { return "<text:p>" + text + "</text:p>"; }

std::string Cell(const std::string& paragraphs) {
  return R"(<table:table-cell office:value-type="string">)" + paragraphs + "</table:table-cell>";
}

std::string Row(const std::string& cells) { return "<table:table-row>" + cells + "</table:table-row>"; }

TEST(Odt, TableIsReadRowByRowCellByCell) {
  const std::string table =
      R"(<table:table table:name="Tabel1"><table:table-column table:number-columns-repeated="2"/>)"
      "<table:table-header-rows>" +
      Row(Cell(P("I")) + Cell(P("Hoe gaat het 's avonds?"))) + "</table:table-header-rows>" +
      Row(Cell(P("R")) + Cell(P("Rustig.") + P("Soms bel ik mijn zus.") + "<text:p/>")) + "</table:table>";
  const ImportedDocument d = ImportBody(P("Voor de tabel.") + table + P("Na de tabel."));
  EXPECT_EQ(d.text, "Voor de tabel.\nI\tHoe gaat het 's avonds?\nR\tRustig.\nSoms bel ik mijn zus.\nNa de tabel.\n");
}

// A change tracked while the transcript was corrected, as LibreOffice records it: the deleted
// text in the tracked-changes region, the inserted text in the body between two marks.
std::string ChangedRegion(const std::string& id, const std::string& kind, const std::string& content) {
  return R"(<text:changed-region xml:id=")" + id + R"(" text:id=")" + id + R"("><text:)" + kind +
         "><office:change-info><dc:creator>Transcribent</dc:creator><dc:date>2024-03-05T10:00:00</dc:date>"
         "</office:change-info>" +
         content + "</text:" + kind + "></text:changed-region>";
}

TEST(Odt, TrackedInsertionsAreKeptAndDeletionsLeftOut) {
  const std::string changes = R"(<text:tracked-changes text:track-changes="true">)" +
                              ChangedRegion("ct1", "deletion", P("twintig")) + ChangedRegion("ct2", "insertion", "") +
                              "</text:tracked-changes>";
  const std::string corrected =
      P(R"(R: Ik woon hier al <text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>dertig)"
        R"(<text:change-end text:change-id="ct2"/> jaar.)");
  const ImportedDocument d = ImportBody(changes + corrected + P("I: Dank u wel."));
  EXPECT_EQ(d.text, "R: Ik woon hier al dertig jaar.\nI: Dank u wel.\n");
  EXPECT_EQ(d.notes, std::vector<std::string>{"tracked changes read as accepted: insertions kept, deletions left out"});
}

TEST(Odt, CommentsFootnotesHeadersAndFootersAreLeftOut) {
  const std::string comment =
      R"(<office:annotation office:name="__Annotation__1"><dc:creator>Onderzoeker</dc:creator>)" +
      P("OPMERKING nagaan welk jaar dit was") + "</office:annotation>";
  const std::string commentEnd = R"(<office:annotation-end office:name="__Annotation__1"/>)";
  const std::string footnote = R"(<text:note text:id="ftn1" text:note-class="footnote">)"
                               "<text:note-citation>1</text:note-citation><text:note-body>" +
                               P("VOETNOOT naam van de wijk weggelaten") + "</text:note-body></text:note>";
  const ImportedDocument d =
      ImportBody(P("R: Dat was " + comment + "vlak na de verhuizing" + commentEnd + footnote + "."));
  EXPECT_EQ(d.text, "R: Dat was vlak na de verhuizing.\n");
}

TEST(Odt, TextBoxIsReadOnceInPlaceAndImageTitlesLeftOut) {
  const std::string box = R"(<draw:frame draw:name="Kader1" text:anchor-type="paragraph" svg:width="5cm">)"
                          "<draw:text-box>" +
                          P("Kader: namen zijn vervangen") + "</draw:text-box></draw:frame>";
  const std::string image =
      R"(<draw:frame draw:name="Afbeelding1" text:anchor-type="as-char">)"
      R"(<draw:image xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="Pictures/1.png"/>)"
      "<svg:title>Foto van de wijk</svg:title><svg:desc>Een straat met rijtjeshuizen</svg:desc></draw:frame>";
  const ImportedDocument d = ImportBody(P(box + "Zie het kader." + image) + P("I: Goed."));
  EXPECT_EQ(d.text, "Kader: namen zijn vervangen\nZie het kader.\nI: Goed.\n");
}

TEST(Odt, NoEmptyLineAtTheEnd) {
  EXPECT_EQ(ImportBody("<text:p>R: Ja.</text:p><text:p/><text:p>  </text:p>").text, "R: Ja.\n");
  EXPECT_EQ(ImportBody("").text, "");
}

// Bad input: each is refused with one line naming the file and, where there is one, the entry.

TEST(Odt, NotAZipIsRefused) {
  ExpectInputError([] { ImportOdtBytes("x.odt", "R: Mijn zus, maar ik wil haar niet tot last zijn.\n"); },
                   "x.odt: not a valid zip archive (no zip directory found; the file is damaged, truncated or of "
                   "another type)");
}

TEST(Odt, TruncatedZipIsRefused) {
  const std::vector<ZipEntry> package = OdtPackage(ContentXml("<text:p>R: Ja.</text:p>"));
  ZipFixtureOptions cut;
  cut.truncateTo = MakeZip(package).size() - 10;
  ExpectInputError([&] { ImportOdtBytes("x.odt", MakeZip(package, cut)); },
                   "x.odt: not a valid zip archive (no zip directory found; the file is damaged, truncated or of "
                   "another type)");
}

TEST(Odt, ZipBombIsRefusedByCompressionRatio) {
  const std::string bomb = Odt("<text:p>" + std::string(300 * 1024, '0') + "</text:p>");
  ImportLimits limits;
  limits.maxCompressionRatio = 50;
  ExpectInputError([&] { ImportOdtBytes("x.odt", bomb, limits); },
                   "x.odt: content.xml: compression ratio exceeds 50:1 limit (possible zip bomb)");
}

TEST(Odt, TooManyEntriesAreRefused) {
  ImportLimits limits;
  limits.maxZipEntries = 3;
  ExpectInputError([&] { ImportOdtBytes("x.odt", Odt("<text:p>R: Ja.</text:p>"), limits); },
                   "x.odt: zip archive has 4 entries, more than the 3 allowed");
}

TEST(Odt, MissingContentXmlIsRefused) {
  ExpectInputError(
      [] {
        ImportOdtBytes("x.odt", MakeZip({{"mimetype", "application/vnd.oasis.opendocument.text"}}));
      },
      "x.odt: content.xml: not found; this is not an OpenDocument text (.odt) file");
}

TEST(Odt, SpreadsheetIsNotATextDocument) {
  const std::string content = std::string(R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content)") +
                              kNamespaces +
                              "><office:body><office:spreadsheet/></office:body></office:document-content>";
  ExpectInputError([&] { ImportOdtBytes("x.odt", MakeZip(OdtPackage(content))); },
                   "x.odt: content.xml: no text body (office:text); this is not an OpenDocument text (.odt) file");
}

TEST(Odt, EncryptedOleFileIsRefused) {
  const std::string ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0');
  ExpectInputError([&] { ImportOdtBytes("x.odt", ole); },
                   "x.odt: password-protected or encrypted file; remove the password and import again");
}

TEST(Odt, EncryptedPackageIsRefused) {
  const std::string manifest =
      R"(<?xml version="1.0" encoding="UTF-8"?>)"
      R"(<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0")"
      R"( manifest:version="1.3">)"
      R"(<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>)"
      R"(<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="2904">)"
      R"(<manifest:encryption-data)"
      R"( manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k")"
      R"( manifest:checksum="c2VrcmV0">)"
      R"(<manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc")"
      R"( manifest:initialisation-vector="aXY="/><manifest:key-derivation manifest:key-derivation-name="PBKDF2")"
      R"( manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="c2FsdA=="/>)"
      R"(</manifest:encryption-data></manifest:file-entry></manifest:manifest>)";
  const std::string ciphertext("\x8f\x13\xa7\x00\xfe\x42\x19\xc3 versleuteld", 19);
  ExpectInputError([&] { ImportOdtBytes("x.odt", MakeZip(OdtPackage(ciphertext, manifest))); },
                   "x.odt: password-protected; remove the password in LibreOffice and import again");
}

TEST(Odt, MalformedXmlIsRefusedWithItsPlace) {
  std::string broken = ContentXml("<text:p>R: Ja, <text:span>zeker.</text:p>");
  ExpectInputError([&] { ImportOdtBytes("x.odt", MakeZip(OdtPackage(broken))); },
                   "x.odt: content.xml: XML error at byte " + std::to_string(broken.find("</text:p>") + 2) +
                       ": start-end tags mismatch");
}

TEST(Odt, DoctypeWithEntitiesIsRefused) {
  const std::string content =
      R"(<?xml version="1.0"?><!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>)"
      R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">)"
      R"(<office:body><office:text>&xxe;</office:text></office:body></office:document-content>)";
  ExpectInputError([&] { ImportOdtBytes("x.odt", MakeZip(OdtPackage(content))); },
                   "x.odt: content.xml: XML declares entities (<!DOCTYPE with <!ENTITY); refused for safety");
}

}  // namespace
}  // namespace duiding::import
