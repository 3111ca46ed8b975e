package org.newsfacts;

import org.immutables.value.Value;

/** A statement's words in another language, as the source gives them. */
@Value.Immutable
@FactStyle
public abstract class Translation implements WithTranslation {
  Translation() {}

  /**
   * {@return a translation of a statement into a language}
   *
   * @param language the language of the text
   * @param text the translated words
   * @throws ValidationException if the language is missing or the text blank
   */
  public static Translation of(LanguageTag language, String text) {
    return ImmutableTranslation.of(language, text);
  }

  /** {@return the language of {@link #text()}} */
  @Value.Parameter
  public abstract LanguageTag language();

  /** {@return the translated words} */
  @Value.Parameter
  public abstract String text();

  @Value.Check
  final void check() {
    Check check = new Check("Translation");
    check.required("language", language());
    check.text("text", text());
    check.done();
  }
}
