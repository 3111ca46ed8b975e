package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.newsfacts.internal.Shape;

/**
 * A statement's words in another language, as the source gives them. Immutable and thread-safe.
 *
 * @param language the language of the text
 * @param text the translated words
 */
public record Translation(LanguageTag language, String text) {
  static final Shape<Translation> SHAPE = Shape.value("translation", "Words in another language.",
          Translation.class, v -> new Translation(v.get(0), v.get(1)))
      .required("language", LanguageTag.FORM, Translation::language)
      .required("text", Forms.PASSAGE, Translation::text)
      .build();

  /**
   * Creates a translation.
   *
   * @param language the language of the text
   * @param text the translated words
   * @throws ValidationException if the language is missing or the text blank
   */
  public Translation {
    Check check = new Check("Translation");
    check.required("language", language);
    check.passage("text", text);
    check.done();
  }

  /**
   * {@return a translation of a statement into a language}
   *
   * @param language the language of the text
   * @param text the translated words
   * @throws ValidationException if the language is missing or the text blank
   */
  public static Translation of(LanguageTag language, String text) {
    return new Translation(language, text);
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Translation.class);
  }

  @JsonCreator
  static Translation jackson(Object json) {
    throw Unregistered.type(Translation.class);
  }
}
