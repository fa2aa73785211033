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
      "According to Anton Sidorov, \"we are ready\".|Anton Sidorov|",
      "\"We are ready,\" Russian Ambassador to the United States Anton Sidorov said.|Anton Sidorov|Russian Ambassador to the United States",
      "\"We are ready,\" Russian Ambassador to the US Anton Sidorov said.|Anton Sidorov|Russian Ambassador to the US",
      "\"We are ready,\" Chairman of the State Duma Committee on International Affairs Anton Sidorov said.|Anton Sidorov|Chairman of the State Duma Committee on International Affairs",
      "\"We are ready,\" Commissioner for Human Rights Anna Sidorova said.|Anna Sidorova|Commissioner for Human Rights",
      "\"We are ready,\" President Anton Sidorov said on Monday.|Anton Sidorov|President",
      "\"We are ready,\" Minister Anton Sidorov told reporters for the first time.|Anton Sidorov|Minister",
      "\"We are ready,\" Anton Sidorov, aide to President Ivan Orlov, said.|Anton Sidorov|aide to President Ivan Orlov",
      "\"We are ready,\" said Anton Sidorov, spokesman for President Ivan Orlov.|Anton Sidorov|spokesman for President Ivan Orlov",
      "\"We are ready,\" President Anton Sidorov said on Monday.|Anton Sidorov|President",
      "\"We are ready,\" Russian Ambassador in Washington Anton Sidorov said.|Anton Sidorov|Russian Ambassador in Washington",
      "\"We are ready,\" a source in the Russian Foreign Ministry said.|source in the Russian Foreign Ministry|",
      "\"We are ready,\" the Roscosmos news release reads.|Roscosmos|",
      "\"We are ready,\" Anton Sidorov, the head of the company, told TASS.|Anton Sidorov|",
      "\"We are ready,\" CEO of Rosneft Anton Sidorov said.|Anton Sidorov|CEO of Rosneft",
      "Anton Sidorov on Monday said: \"We are ready.\"|Anton Sidorov|",
      "Anton Sidorov, speaking at a briefing, said: \"We are ready.\"|Anton Sidorov|",
      "Anton Sidorov is a banker. \"We are ready,\" the banker said.|Anton Sidorov|",
      "Anton Sidorov said the Russian authorities would \"pay a price\".|Anton Sidorov|",
      "\"We are ready,\" Anton Sidorov was quoted as saying by RIA Novosti.|Anton Sidorov|",
      "\"We are ready,\" RIA Novosti quoted Anton Sidorov as saying.|Anton Sidorov|",
      "Tensions rose after President Anton Sidorov had said that the others would \"pay a price\".|Anton Sidorov|President",
      "\"We are ready,\" Ivan Orlov said after President Anton Sidorov left.|Ivan Orlov|"})
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
      "\"Мы готовы\", - цитирует министра Антона Сидорова пресс-служба ведомства.|Антон Сидоров|",
      "\"Мы готовы\", - заявил губернатор Белгородской области Антон Сидоров.|Антон Сидоров|губернатор Белгородской области",
      "Губернатор Белгородской области Антон Сидоров сказал: \"Мы готовы\".|Антон Сидоров|Губернатор Белгородской области",
      "\"Мы готовы\", - заявил врио губернатора Курской области Антон Сидоров.|Антон Сидоров|врио губернатора Курской области",
      "\"Мы готовы\", - заявил зампред Совбеза РФ Антон Сидоров.|Антон Сидоров|зампред Совбеза РФ",
      "\"Мы готовы\", - заявил замглавы МИД РФ Антон Сидоров.|Антон Сидоров|замглавы МИД РФ",
      "\"Мы готовы\", - заявил экс-президент США Антон Сидоров.|Антон Сидоров|экс-президент США",
      "\"Мы готовы\", - заявил зампостпреда РФ при ООН Антон Сидоров.|Антон Сидоров|зампостпреда РФ при ООН",
      "\"Мы готовы\", - заявил Антон Сидоров ТАСС.|Антон Сидоров|",
      "\"Мы готовы\", - сказал председатель Государственной думы Антон Сидоров.|Антон Сидоров|председатель Государственной думы",
      "\"Мы готовы\", - заявил председатель комитета Госдумы по международным делам Антон Сидоров.|Антон Сидоров|председатель комитета Госдумы по международным делам",
      "\"Мы готовы\", - заявил глава комитета Совета Федерации по обороне и безопасности Антон Сидоров.|Антон Сидоров|глава комитета Совета Федерации по обороне и безопасности",
      "\"Мы готовы\", - сказал глава комитета Антон Сидоров по итогам встречи.|Антон Сидоров|глава комитета",
      "\"Мы готовы\", - заявил член Совета безопасности, зампредседатель правительства Антон Сидоров.|Антон Сидоров|зампредседатель правительства",
      "\"Мы готовы\", - говорится в письме постпреда РФ при ЕС Антона Сидорова.|Антон Сидоров|",
      "Президент РФ Антон Сидоров в ходе встречи с губернатором отметил: \"Мы готовы\".|Антон Сидоров|Президент РФ",
      "Антон Сидоров прибыл в Москву. Он в беседе с журналистами отметил: \"Мы готовы\".|Антон Сидоров|",
      "\"Мы готовы\", - рассказал ТАСС главный тренер \"Спартака\" Антон Сидоров.|Антон Сидоров|главный тренер \"Спартака\"",
      "\"Мы готовы\", - сказал главный тренер сборной России по футболу Антон Сидоров.|Антон Сидоров|главный тренер сборной России по футболу",
      "\"Мы готовы\", - передает корреспондент ТАСС.|корреспондент ТАСС|",
      "Председатель Совета Федерации Анна Сидорова, выступая на заседании, рассказала: \"Мы готовы\".|Анна Сидорова|Председатель Совета Федерации",
      "Глава МИД Антон Сидоров в интервью газете \"Известия\" заявил: \"Мы готовы\".|Антон Сидоров|Глава МИД",
      "\"Мы готовы\", - сообщил телеканалу \"Россия-24\" Антон Сидоров.|Антон Сидоров|",
      "\"Мы готовы\", - сообщил ТАСС научный сотрудник института, профессор Иркутского государственного университета (ИГУ) Антон Сидоров.|Антон Сидоров|профессор Иркутского государственного университета (ИГУ)"})
  void russian_speakerPhrase_givesNameAndRole(String sentence, String name, String role) {
    assertSpeaker(Language.RUSSIAN, sentence, name, role);
  }
}
