package org.newsfacts.json;

import org.newsfacts.internal.Bridge;
import org.newsfacts.internal.Output;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Tokens;

/**
 * The codec's side of the {@link Bridge}: its reader and writer over the tokens and output of any
 * parser, for the Jackson modules. Installed when this class initialises. Nothing here is public.
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

  @Override
  public void writeMembers(Output out, Object value) {
    FactSheetJson.writeMembers(out, value);
  }

  @Override
  public boolean isObject(Class<?> type) {
    return !(FactSheetJson.formOf(type).resolve() instanceof Scalar);
  }

  @Override
  @SuppressWarnings("unchecked")
  public String key(Object value) {
    return ((Scalar<Object>) FactSheetJson.formOf(value.getClass()).resolve()).format(value);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T fromKey(Class<T> type, String key) {
    Scalar<T> scalar = (Scalar<T>) FactSheetJson.formOf(type).resolve();
    if (scalar.isEnumeration()) {
      T constant = scalar.constant(key);
      if (constant == null) {
        throw new IllegalArgumentException("'" + key + "' is not one of " + String.join(", ",
            scalar.wireNames()));
      }
      return constant;
    }
    return scalar.parse(key);
  }
}
