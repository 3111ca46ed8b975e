package org.newsfacts.json;

import org.newsfacts.internal.Bridge;
import org.newsfacts.internal.Output;
import org.newsfacts.internal.Tokens;

/**
 * The codec's side of the {@link Bridge}: its reader and writer over the tokens and output of any
 * parser, for the Jackson 2 module. Installed when this class initialises. Nothing here is public.
 */
final class CodecBridge implements Bridge.Codec<FactSheetJson> {
  static {
    Bridge.install(new CodecBridge());
  }

  private CodecBridge() {}

  @Override
  public <T> T read(FactSheetJson settings, Tokens tokens, Class<T> type) {
    return settings.read(tokens, type);
  }

  @Override
  public void write(Output out, Object value) {
    FactSheetJson.write(out, value);
  }
}
