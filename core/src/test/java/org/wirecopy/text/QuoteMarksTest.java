package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  @Test
  void pair_innerStraightMarkWithoutSpace_extendsTheStretchToTheLastMark() {
    String text = "\"Он сказал:\"Нет\" и ушел\", - сообщил свидетель.";

    QuoteMarks.Marks marks = QuoteMarks.pair(text);

    assertThat(marks.stretches()).singleElement().satisfies(s -> {
      assertThat(s.open()).isZero();
      assertThat(s.close()).isEqualTo(text.indexOf("ушел\"") + 4);
    });
    assertThat(marks.unmatched()).isEmpty();
  }

  @Test
  void pair_strayMarkAfterEnglishCommaClose_leavesTheQuoteClosedAndTheMarkUnmatched() {
    String text = "\"We will win,\" he said. The talks are over.\"";

    QuoteMarks.Marks marks = QuoteMarks.pair(text);

    assertThat(marks.stretches()).singleElement().satisfies(s -> {
      assertThat(s.open()).isZero();
      assertThat(s.close()).isEqualTo(13);
    });
    assertThat(marks.unmatched()).containsExactly(text.length() - 1);
  }
}
