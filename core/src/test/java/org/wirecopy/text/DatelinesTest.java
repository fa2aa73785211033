package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.wirecopy.model.Dateline;

class DatelinesTest {

  @Test
  void read_datelineWithNoBreakAndThinSpaces_readsAsWithAsciiSpaces() {
    String line = "\u00A0МОСКВА,\u00A06\u2009декабря.\u00A0/ТАСС/.\u00A0Глава МИД заявил.";

    DatelineFormat.Found found = Datelines.read(line, 1, line.length()).orElseThrow();

    assertThat(found.dateline()).isEqualTo(Dateline.builder()
        .place("МОСКВА").monthDay(MonthDay.of(12, 6)).agency("ТАСС").build());
    assertThat(line.substring(1, 1 + found.end())).isEqualTo("МОСКВА,\u00A06\u2009декабря.\u00A0/ТАСС/.");
  }

  @Test
  void read_agencyFirstWithNoPlace_readsInBothLanguagesOrders() {
    for (String line : new String[] {"ТАСС, 17 мая. Текст.", "TASS, August 15. The text."}) {
      DatelineFormat.Found found = Datelines.read(line, 0, line.length()).orElseThrow();

      assertThat(found.dateline().place()).isEmpty();
      assertThat(found.dateline().agency()).isEqualTo(line.startsWith("T") ? "TASS" : "ТАСС");
      assertThat(found.dateline().monthDay())
          .contains(line.startsWith("T") ? MonthDay.of(8, 15) : MonthDay.of(5, 17));
      assertThat(line.substring(0, found.end())).endsWith(".").doesNotContain("Текст", "text");
    }
  }

  @Test
  void write_englishDatelineWithNoPlace_readsBack() {
    Dateline dateline = Dateline.builder().monthDay(MonthDay.of(8, 15)).agency("TASS").build();
    String line = Datelines.write(dateline, org.wirecopy.model.Language.ENGLISH) + " Text.";

    assertThat(Datelines.read(line, 0, line.length()).orElseThrow().dateline()).isEqualTo(dateline);
  }

  @Test
  void read_periodAfterThePlace_readsAsAComma() {
    String line = "МОСКВА. 9 мая. /ТАСС/. Около 70 тыс. человек посетили парад.";

    DatelineFormat.Found found = Datelines.read(line, 0, line.length()).orElseThrow();

    assertThat(found.dateline()).isEqualTo(Dateline.builder()
        .place("МОСКВА").monthDay(MonthDay.of(5, 9)).agency("ТАСС").build());
    assertThat(line.substring(0, found.end())).isEqualTo("МОСКВА. 9 мая. /ТАСС/.");
  }

  @Test
  void read_olderEnglishTassForm_agencyInParenthesesAndADash() {
    String line = "MOSCOW, April 12 (Itar-Tass) — The Moscow City Court on Thursday ruled.";

    DatelineFormat.Found found = Datelines.read(line, 0, line.length()).orElseThrow();

    assertThat(found.dateline()).isEqualTo(Dateline.builder()
        .place("MOSCOW").monthDay(MonthDay.of(4, 12)).agency("Itar-Tass").build());
    assertThat(line.substring(0, found.end())).isEqualTo("MOSCOW, April 12 (Itar-Tass) —");
    String written = Datelines.write(found.dateline(), org.wirecopy.model.Language.ENGLISH) + " Text.";
    assertThat(Datelines.read(written, 0, written.length()).orElseThrow().dateline())
        .isEqualTo(found.dateline());
  }

  @Test
  void read_markOutsideTheLine_readsNothing() {
    String text = "Глава МИД заявил. МОСКВА, 6 декабря. /ТАСС/.";

    assertThat(Datelines.read(text, 0, 16)).isEmpty();
  }

  @Test
  void read_placeGlossedInParentheses_givesTheGlossAsRegion() {
    String line = "BAIKONUR (Kazakhstan), June 6. /TASS/. A carrier rocket blasted off.";

    DatelineFormat.Found found = Datelines.read(line, 0, line.length()).orElseThrow();

    assertThat(found.dateline()).isEqualTo(Dateline.builder().place("BAIKONUR")
        .region("Kazakhstan").monthDay(MonthDay.of(6, 6)).agency("TASS").build());
    assertThat(line.substring(0, found.end())).isEqualTo("BAIKONUR (Kazakhstan), June 6. /TASS/.");
  }

  @Test
  void read_spacesInsideTheAgencySlashes_areRead() {
    String line = "YAKUTSK, July 28. / TASS /. Blazes have been reported.";

    DatelineFormat.Found found = Datelines.read(line, 0, line.length()).orElseThrow();

    assertThat(found.dateline()).isEqualTo(Dateline.builder().place("YAKUTSK")
        .monthDay(MonthDay.of(7, 28)).agency("TASS").build());
    assertThat(line.substring(0, found.end())).isEqualTo("YAKUTSK, July 28. / TASS /.");
    String article = "Fires in Yakutia\n\n" + line + "\n";
    ParseLaws.assertHold(article, ArticleParser.builder().build().read(article));
  }

  @Test
  void read_unbalancedGloss_readsNoRegion() {
    String line = "BAIKONUR (Kazakhstan/, June 6. /TASS/. A carrier rocket blasted off.";

    assertThat(Datelines.read(line, 0, line.length())).isEmpty();
  }

  @Test
  void read_firstFormatsMarkThatItDoesNotRead_readsTheFormatMarkedAfter() {
    // The TASS mark opens the line and is read at once, finding nothing: RIA's is read later.
    String line = "ТАСС-ЦЕНТР, 16 дек – РИА Новости. Текст.";

    DatelineFormat.Found found = Datelines.read(line, 0, line.length()).orElseThrow();

    assertThat(found.dateline()).isEqualTo(Dateline.builder()
        .place("ТАСС-ЦЕНТР").monthDay(MonthDay.of(12, 16)).agency("РИА Новости").build());
  }

  @Test
  void read_impossibleTassDateAndALaterMarkThatReadsNothing_throws() {
    String line = "МОСКВА, 31 февраля. /ТАСС/. Агентство РИА Новости сообщило.";

    assertThatThrownBy(() -> Datelines.read(line, 0, line.length()))
        .isInstanceOf(DateTimeException.class);
  }
}
