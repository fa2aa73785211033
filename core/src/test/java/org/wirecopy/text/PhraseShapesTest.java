package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirecopy.model.Block;
import org.wirecopy.model.Language;
import org.wirecopy.model.Quote;
import org.wirecopy.model.Speaker;

/**
 * The shapes of the phrase that names a speaker: one sentence each, the quote's speaker and
 * role as a reader gives them.
 */
class PhraseShapesTest {

  /** The one quote's speaker has the name and, when one is given, the role. */
  private static void assertSpeaker(Language language, String sentence, String name, String role) {
    List<Quote> quotes = QuoteFinder.find(List.of(Block.paragraph(sentence)), language).quotes();
    assertThat(quotes).hasSize(1);
    Speaker speaker = quotes.get(0).speaker().orElseThrow();

    assertThat(speaker.name()).isEqualTo(name);
    if (role != null) {
      assertThat(speaker.role()).contains(role);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"We are ready,\" Minister of Industry and Trade Anton Sidorov said.|Anton Sidorov|Minister of Industry and Trade",
      "\"We are ready,\" said Anton Sidorov, the Kremlin spokesman.|Anton Sidorov|",
      "\"We are ready,\" Deputy Foreign Minister Anton Sidorov said.|Anton Sidorov|Deputy Foreign Minister",
      "\"We are ready,\" head of the Russian delegation Anton Sidorov said.|Anton Sidorov|head of the Russian delegation",
      "\"We are ready,\" President Anton Sidorov's spokesman Ivan Orlov said.|Ivan Orlov|",
      "\"We are ready,\" the ministry said.|ministry|",
      "According to Anton Sidorov, \"we are ready\".|Anton Sidorov|"})
  void english_speakerPhrase_givesNameAndRole(String sentence, String name, String role) {
    assertSpeaker(Language.ENGLISH, sentence, name, role);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"Мы готовы\", - сказал министр промышленности и торговли Антон Сидоров.|Антон Сидоров|министр промышленности и торговли",
      "\"Мы готовы\", - сказал заместитель министра иностранных дел России Антон Сидоров.|Антон Сидоров|заместитель министра иностранных дел России",
      "\"Мы готовы\", - заявил постпред РФ при ООН Антон Сидоров.|Антон Сидоров|постпред РФ при ООН",
      "По словам Антона Сидорова, \"мы готовы\".|Антон Сидоров|",
      "\"Мы готовы\", - сказала Анна Сидорова.|Анна Сидорова|",
      "\"Мы готовы\", - сообщили в Министерстве обороны России.|Министерство обороны России|",
      "\"Мы готовы\", - цитирует министра Антона Сидорова пресс-служба ведомства.|Антон Сидоров|"})
  void russian_speakerPhrase_givesNameAndRole(String sentence, String name, String role) {
    assertSpeaker(Language.RUSSIAN, sentence, name, role);
  }
}
