package org.newsfacts.internal;

/** What the codec writes a value to, whatever generator writes it: Jackson 3's or Jackson 2's. */
public interface Output {
  /** Starts an object. */
  void startObject();

  /** Ends an object. */
  void endObject();

  /** Starts an array. */
  void startArray();

  /** Ends an array. */
  void endArray();

  /**
   * Writes a property name.
   *
   * @param name the name
   */
  void name(String name);

  /**
   * Writes a string.
   *
   * @param value the string
   */
  void string(String value);

  /**
   * Writes a whole number.
   *
   * @param value the number
   */
  void number(int value);

  /**
   * Writes a number from its plain decimal text.
   *
   * @param plain such as {@code 0.75}
   */
  void number(String plain);

  /**
   * Writes a boolean.
   *
   * @param value the boolean
   */
  void bool(boolean value);
}
