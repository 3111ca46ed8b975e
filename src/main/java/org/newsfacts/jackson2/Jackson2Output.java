package org.newsfacts.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.newsfacts.internal.Output;

/** Writes to a Jackson 2 generator; its I/O failures travel as {@link UncheckedIOException}s. */
final class Jackson2Output implements Output {
  private final JsonGenerator out;

  Jackson2Output(JsonGenerator out) {
    this.out = out;
  }

  /** One call of the generator. */
  private interface Call {
    void run() throws IOException;
  }

  private static void call(Call call) {
    try {
      call.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void startObject() {
    call(out::writeStartObject);
  }

  @Override
  public void endObject() {
    call(out::writeEndObject);
  }

  @Override
  public void startArray() {
    call(out::writeStartArray);
  }

  @Override
  public void endArray() {
    call(out::writeEndArray);
  }

  @Override
  public void name(String name) {
    call(() -> out.writeFieldName(name));
  }

  @Override
  public void string(String value) {
    call(() -> out.writeString(value));
  }

  @Override
  public void number(int value) {
    call(() -> out.writeNumber(value));
  }

  @Override
  public void number(String plain) {
    call(() -> out.writeNumber(plain));
  }

  @Override
  public void bool(boolean value) {
    call(() -> out.writeBoolean(value));
  }
}
