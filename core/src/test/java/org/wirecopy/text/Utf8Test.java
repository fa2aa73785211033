package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {

  private static String jdk(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void decode_wellFormedText_givesWhatTheJdkGives() {
    Random random = new Random(20240121L);
    int[][] ranges = {{0x20, 0x7F}, {0xA0, 0xFF}, {0x100, 0x7FF}, {0x400, 0x45F}, {0x800, 0xD7FF},
        {0xE000, 0xFFFF}, {0x10000, 0x10FFFF}};
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int k = 0; k < length; k++) {
        int[] range = ranges[random.nextInt(ranges.length)];
        text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      String decoded = Utf8.decode(bytes, bytes.length);
      if (decoded != null) {
        assertThat(decoded).isEqualTo(jdk(bytes)).isEqualTo(text.toString());
      } else {
        assertThat(text.codePoints()).allMatch(c -> c <= 0xFF);
      }
    }
  }

  @Test
  void decode_anyBytes_givesWhatTheJdkGivesOrLeavesThemToIt() {
    Random random = new Random(20240122L);
    for (int round = 0; round < 20000; round++) {
      byte[] bytes = new byte[random.nextInt(12)];
      random.nextBytes(bytes);
      // Mostly Cyrillic lead bytes, so that well-formed sequences come up often.
      for (int k = 0; k < bytes.length; k++) {
        if (random.nextInt(3) == 0) {
          bytes[k] = (byte) (0xD0 + random.nextInt(2));
        }
      }
      String decoded = Utf8.decode(bytes, bytes.length);
      if (decoded != null) {
        assertThat(decoded).isEqualTo(jdk(bytes)).doesNotContain("\uFFFD");
      }
    }
  }

  @Test
  void decode_malformedOrOnlyLatin1_isLeftToTheJdk() {
    byte[][] left = {
        {(byte) 0xC0, (byte) 0x80}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xD0}, {(byte) 0x80}, {(byte) 0xFF}, "plain ascii".getBytes(StandardCharsets.UTF_8),
        "café".getBytes(StandardCharsets.UTF_8)};
    for (byte[] bytes : left) {
      assertThat(Utf8.decode(bytes, bytes.length)).isNull();
    }
    byte[] russian = "Песков сказал: «нет»".getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8.decode(russian, russian.length)).isEqualTo("Песков сказал: «нет»");
    assertThat(Utf8.decode(russian, 12)).isEqualTo("Песков");
  }

  @Test
  void decode_longRunsOfAsciiAndCyrillic_givesWhatTheJdkGives() {
    // Runs longer than eight bytes, so that the steps that decode eight bytes at a time are taken,
    // starting at every offset and ending at every place in a step.
    Random random = new Random(20240123L);
    String[] pieces = {"a", "Z", " ", ".", "7", "д", "Ж", "ё", "Ѐ", "џ", "ß", "é", "«", "—", "€", "😀"};
    for (int round = 0; round < 5000; round++) {
      StringBuilder text = new StringBuilder("ж");
      int length = random.nextInt(60);
      for (int k = 0; k < length; k++) {
        String piece = pieces[random.nextInt(random.nextBoolean() ? 10 : pieces.length)];
        text.append(piece.repeat(1 + random.nextInt(random.nextBoolean() ? 2 : 12)));
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      assertThat(Utf8.decode(bytes, bytes.length)).isEqualTo(text.toString());
      // One byte broken inside the runs: an overlong lead, a lone continuation, a lone lead,
      // a byte never in UTF-8. The JDK then decodes (with replacements): never this decoder.
      byte[] broken = bytes.clone();
      int at = random.nextInt(broken.length);
      byte[] bad = {(byte) 0xC0, (byte) 0xC1, (byte) 0x80, (byte) 0xBF, (byte) 0xD0, (byte) 0xFF};
      broken[at] = bad[random.nextInt(bad.length)];
      String decoded = Utf8.decode(broken, broken.length);
      if (decoded != null) {
        assertThat(decoded).isEqualTo(jdk(broken)).doesNotContain("\uFFFD");
      }
    }
  }

  @Test
  void decode_overlongPairInsideCyrillic_isLeftToTheJdk() {
    byte[] bytes = "дддддддд".getBytes(StandardCharsets.UTF_8);
    for (int at = 0; at < bytes.length; at += 2) {
      byte[] broken = bytes.clone();
      broken[at] = (byte) 0xC1; // C1 xx is an overlong form of an ASCII character
      assertThat(Utf8.decode(broken, broken.length)).isNull();
      broken[at] = (byte) 0xC0;
      assertThat(Utf8.decode(broken, broken.length)).isNull();
    }
  }
}
