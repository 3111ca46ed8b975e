package org.newsfacts.internal;

import tools.jackson.core.JsonGenerator;

/** Writes to a Jackson 3 generator, for the codec and the Jackson 3 module. */
public final class Jackson3Output implements Output {
  private final JsonGenerator out;

  /**
   * Writes with a generator.
   *
   * @param out the generator
   */
  public Jackson3Output(JsonGenerator out) {
    this.out = out;
  }

  @Override
  public void startObject() {
    out.writeStartObject();
  }

  @Override
  public void endObject() {
    out.writeEndObject();
  }

  @Override
  public void startArray() {
    out.writeStartArray();
  }

  @Override
  public void endArray() {
    out.writeEndArray();
  }

  @Override
  public void name(String name) {
    out.writeName(name);
  }

  @Override
  public void string(String value) {
    out.writeString(value);
  }

  @Override
  public void number(int value) {
    out.writeNumber(value);
  }

  @Override
  public void number(String plain) {
    out.writeNumber(plain);
  }

  @Override
  public void bool(boolean value) {
    out.writeBoolean(value);
  }
}
