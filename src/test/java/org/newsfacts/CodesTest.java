package org.newsfacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodesTest {

  @ParameterizedTest
  @ValueSource(strings = {"UA", "AL", "BA", "MD", "MK", "RO", "SI", "TR", "HR", "ME", "US"})
  void acceptsIsoCountryCodes(String code) {
    assertThat(CountryCode.of(code).code()).isEqualTo(code);
    assertThat(CountryCode.of(code)).isEqualTo(CountryCode.of(code)).hasToString(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ua", "UKR", "U", "", "XX", "QQ", "EU", "Ucrania"})
  void rejectsWhatIsNotAnIsoCountryCode(String code) {
    assertThatThrownBy(() -> CountryCode.of(code))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.rule().id()).containsExactly("country.unknown"));
  }

  @Test
  void namesTheCountryFromTheJdk() {
    assertThat(CountryCode.of("MK").displayName(Locale.ENGLISH)).isEqualTo("North Macedonia");
  }

  @ParameterizedTest
  @CsvSource({"es, es", "uk-UA, uk-UA", "ES-es, es-ES", "en-GB, en-GB", "spa, spa", "sr-Latn-ME, sr-Latn-ME"})
  void acceptsBcp47TagsInCanonicalCase(String tag, String canonical) {
    assertThat(LanguageTag.of(tag)).hasToString(canonical).isEqualTo(LanguageTag.of(canonical));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "e", "xx", "qqq", "es_ES", "español", "es-", "-es", "123"})
  void rejectsIllFormedOrUnknownLanguages(String tag) {
    assertThatThrownBy(() -> LanguageTag.of(tag))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.rule().id()).containsExactly("language.invalid"));
  }
}
