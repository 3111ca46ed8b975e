package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import org.newsfacts.internal.Scalar;

/**
 * A language as a BCP 47 tag, such as {@code es} or {@code uk-UA}. The tag must be well-formed and
 * its language an ISO 639 code the JDK knows; it is kept in its canonical case ({@code es-ES}).
 * Final, immutable, thread-safe.
 */
public final class LanguageTag {
  static final Scalar<LanguageTag> FORM = Scalar.parsed("language", "A BCP 47 language tag.",
      LanguageTag::of, LanguageTag::toString, "pattern", "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$");
  private static final Set<String> LANGUAGES = languages();
  private static final int MAX_LENGTH = 35;

  private final Locale locale;
  private final String tag;

  private LanguageTag(Locale locale) {
    this.locale = locale;
    this.tag = locale.toLanguageTag();
  }

  /**
   * {@return the language with that BCP 47 tag, in canonical form}
   *
   * @param tag a BCP 47 tag, such as {@code es}
   * @throws ValidationException if the tag is ill-formed or names no known language
   */
  public static LanguageTag of(String tag) {
    Locale locale = null;
    // RFC 5646 asks every implementation to take tags of 35 characters; no real tag is longer
    if (tag != null && tag.length() <= MAX_LENGTH) {
      try {
        locale = new Locale.Builder().setLanguageTag(tag).build();
      } catch (IllformedLocaleException e) {
        locale = null;
      }
    }
    if (locale == null || !LANGUAGES.contains(locale.getLanguage())) {
      throw Check.single("LanguageTag", Rule.LANGUAGE_INVALID,
          "'" + Check.abbreviate(tag) + "' is not a BCP 47 language tag of at most " + MAX_LENGTH
              + " characters with a known ISO 639 language, such as es");
    }
    return new LanguageTag(locale);
  }

  private static Set<String> languages() {
    Set<String> known = new HashSet<>();
    for (String language : Locale.getISOLanguages()) {
      known.add(language);
      try {
        known.add(new Locale(language).getISO3Language());
      } catch (MissingResourceException noThreeLetterCode) {
        // the two-letter code alone
      }
    }
    return Set.copyOf(known);
  }

  /** {@return the language as a locale} */
  public Locale toLocale() {
    return locale;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof LanguageTag && ((LanguageTag) other).tag.equals(tag);
  }

  @Override
  public int hashCode() {
    return tag.hashCode();
  }

  /** {@return the canonical tag, such as {@code es}} */
  @Override
  public String toString() {
    return tag;
  }

  // Without the newsfacts module, Jackson writes and reads the value as its JSON string.
  @JsonValue
  String jackson() {
    return toString();
  }

  @JsonCreator
  static LanguageTag jackson(String json) {
    return of(json);
  }
}
