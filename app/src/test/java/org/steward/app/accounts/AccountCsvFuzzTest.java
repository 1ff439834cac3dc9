package org.steward.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.steward.app.fuzz.TimeBound;

/**
 * Fuzzes the account import's parsing (issue #8) as {@link AccountImport#importCsv} does it: strict
 * UTF-8, then {@code AccountImport.Csv.parse}. It may refuse a file only with the one documented
 * {@link IllegalArgumentException} (an unclosed quote, with a message for the person), never another
 * exception, and must take time linear in the file (checked also on the input repeated to 256 KB).
 * The committed corpus in {@code AccountCsvFuzzTestInputs/} replays in every build.
 */
class AccountCsvFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void parseAnyFile(byte[] file) {
    parse(file);
    if (file.length > 0 && file.length < TimeBound.AMPLIFIED / 4) {
      parse(TimeBound.repeat(file));
    }
  }

  private static void parse(byte[] file) {
    TimeBound.assertWithin(file.length, () -> {
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(file)).toString();
      } catch (CharacterCodingException e) {
        return; // refused with a message before parsing
      }
      try {
        List<List<String>> records = AccountImport.Csv.parse(text);
        records.forEach(r -> assertThat(r).isNotEmpty().doesNotContainNull());
      } catch (IllegalArgumentException refused) {
        assertThat(refused.getMessage()).contains("quote");
      }
    });
  }
}
