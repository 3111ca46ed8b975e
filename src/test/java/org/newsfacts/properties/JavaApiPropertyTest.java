package org.newsfacts.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsfacts.Claim;
import org.newsfacts.Evidence;
import org.newsfacts.ExternalId;
import org.newsfacts.LanguageTag;
import org.newsfacts.Ordinal;
import org.newsfacts.PartialDate;
import org.newsfacts.Participant;
import org.newsfacts.Quantity;
import org.newsfacts.Rank;
import org.newsfacts.Role;
import org.newsfacts.Source;
import org.newsfacts.Term;
import org.newsfacts.Time;
import org.newsfacts.TimePoint;
import org.newsfacts.Unit;
import org.newsfacts.ValidationException;
import org.newsfacts.json.EveryType;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.reference.ReferenceArticle;

/**
 * The Java API is symmetric with the reader: what can be built can be written and read back equal,
 * at the limits too; what lies beyond a limit the reader keeps cannot be built; no factory or
 * builder method takes a null without saying which argument it was.
 */
class JavaApiPropertyTest {
  private static final FactSheetJson JSON = FactSheetJson.strict();
  private static final int TRIES = Integer.getInteger("newsfacts.tries", 2_000);

  /** Values at the edges of what the model allows, from a seed. */
  private static final class Extremes {
    private final SplittableRandom random;

    Extremes(long seed) {
      random = new SplittableRandom(seed);
    }

    /** An amount of up to 64 digits in plain notation, at any scale. */
    BigDecimal amount(boolean whole) {
      int digits = 1 + random.nextInt(64);
      StringBuilder text = new StringBuilder(random.nextBoolean() || whole ? "" : "-");
      text.append((char) ('1' + random.nextInt(9)));
      for (int i = 1; i < digits; i++) {
        text.append((char) ('0' + random.nextInt(10)));
      }
      if (!whole && digits > 1 && random.nextBoolean()) {
        // a decimal point inside: still at most 64 digits
        text.insert(text.length() - 1 - random.nextInt(digits - 1), '.');
      } else if (!whole && random.nextInt(4) == 0) {
        // "0.000...1": its zeros count as digits
        text.setLength(0);
        text.append("0.").append("0".repeat(random.nextInt(62))).append('7');
      }
      return new BigDecimal(text.toString());
    }

    /** Words of up to the longest length, astral characters and line breaks among them. */
    String words() {
      int length = random.nextInt(8) == 0 ? 10_000 : 1 + random.nextInt(40);
      StringBuilder text = new StringBuilder("w");
      String[] pieces = {"😀", "a", "é", "\t", "\r\n", "\"", "\\", "𝔘", "\u2028", "日"};
      while (text.length() < length) {
        String piece = pieces[random.nextInt(pieces.length)];
        if (text.length() + piece.length() > length) {
          break;
        }
        text.append(piece);
      }
      return text.toString();
    }

    PartialDate date() {
      int year = random.nextBoolean() ? 0 : 9999;
      switch (random.nextInt(5)) {
        case 0:
          return PartialDate.ofYear(year);
        case 1:
          return year == 0 ? PartialDate.ofDate(0, 1, 1) : PartialDate.ofDate(9999, 12, 31);
        case 2:
          return PartialDate.ofWeek(year, year == 0 ? 1 : 52);
        case 3:
          return PartialDate.ofMonthDay(2, 29);
        default:
          return PartialDate.ofQuarter(year, 1 + random.nextInt(4));
      }
    }
  }

  static List<Object[]> kinds() {
    List<Object[]> kinds = new ArrayList<>();
    kinds.add(new Object[] {"quantity", (java.util.function.Function<Extremes, Object>) x -> {
      boolean count = x.random.nextBoolean();
      BigDecimal amount = x.amount(count);
      Quantity.Builder b = Quantity.builder().amount(amount).unit(count ? Unit.COUNT : Unit.currency("EUR"))
          .what(x.words()).addQualifiers(x.words());
      if (x.random.nextBoolean()) {
        b.precision(BigDecimal.ONE.movePointLeft(Math.max(amount.stripTrailingZeros().scale(), 0)));
      }
      return b.build();
    }});
    kinds.add(new Object[] {"time", (java.util.function.Function<Extremes, Object>) x ->
        Time.builder().at(TimePoint.of(x.date())).words(x.words()).build()});
    kinds.add(new Object[] {"participant", (java.util.function.Function<Extremes, Object>) x ->
        Participant.builder().id("p" + "x".repeat(63)).kind(Participant.Kind.DOCUMENT).name(x.words())
            .addCharacterisations(x.words()).addRoles(Role.of(x.words(), "q" + "9".repeat(63)))
            .statedCount(Integer.MAX_VALUE).addExternalIds(ExternalId.of(x.words(), x.words()))
            .addEvidence(Evidence.of(Integer.MAX_VALUE - 2, Integer.MAX_VALUE, "😀a"))
            .confidence(new BigDecimal("0." + "9".repeat(30))).build()});
    kinds.add(new Object[] {"claim", (java.util.function.Function<Extremes, Object>) x ->
        Claim.builder().id("c").holder("s").subject(Term.rank(Rank.of(x.words())
            .withPosition(Integer.MAX_VALUE).withAmong(x.words())))
            .value(Term.text(x.words())).addEvidence(Evidence.of(0, 1, "😀")).build()});
    kinds.add(new Object[] {"ordinal", (java.util.function.Function<Extremes, Object>) x ->
        Ordinal.of(Integer.MAX_VALUE, x.words())});
    kinds.add(new Object[] {"source", (java.util.function.Function<Extremes, Object>) x ->
        Source.builder().language(LanguageTag.of("zh-Hant-TW-x-private1")).text(x.words() + x.words())
            .url(URI.create("https://example.org/" + "a".repeat(8_000))).addLabels(x.words()).build()});
    return kinds;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void valuesAtTheLimitsAreWrittenAndReadBackEqual(String kind,
      java.util.function.Function<Extremes, Object> make) {
    SplittableRandom seeds = new SplittableRandom(kind.hashCode());
    for (int i = 0; i < TRIES / 10; i++) {
      long seed = seeds.nextLong();
      Object value = make.apply(new Extremes(seed));
      Class<?> type = EveryType.types().stream().filter(t -> t.isInstance(value)).findFirst().orElseThrow();

      Object read = JSON.read(JSON.write(value), type);

      assertThat(read).as("seed %d", seed).isEqualTo(value);
      assertThat(JSON.write(read)).isEqualTo(JSON.write(value));
    }
  }

  @Test
  void whatLiesBeyondALimitOfTheReaderCannotBeBuilt() {
    Map<String, Supplier<Object>> beyond = Map.ofEntries(
        Map.entry("65 digits", () -> Quantity.of(new BigDecimal("1e64"), Unit.COUNT)),
        Map.entry("65 digits after the point", () -> Quantity.of(new BigDecimal("1e-64"), Unit.PERCENT)),
        Map.entry("10,001 characters of words", () -> Role.of("x".repeat(10_001))),
        Map.entry("a 65-character id", () -> Claim.builder().id("c".repeat(65))),
        Map.entry("a control character", () -> Term.text("a\u0000b")),
        Map.entry("a C1 control character", () -> Term.text("a\u0085b")),
        Map.entry("half a character", () -> Term.text("a\uD800b")),
        Map.entry("half a character in a span", () -> Evidence.of(0, 1, "\uDC00")),
        Map.entry("a 36-character language tag", () -> LanguageTag.of("en-" + "abcdefgh-".repeat(4))),
        Map.entry("a megabyte of language tag", () -> LanguageTag.of("e".repeat(1 << 20))),
        Map.entry("the year 10000", () -> PartialDate.ofYear(10_000)),
        Map.entry("an address of 8,193 characters", () -> Source.builder().language(LanguageTag.of("en"))
            .text("t").url(URI.create("https://e.org/" + "a".repeat(8_179))).build()),
        Map.entry("a position 0", () -> Rank.of("x").withPosition(0)));
    beyond.forEach((what, make) -> assertThatThrownBy(() -> {
      Object made = make.get();
      if (made instanceof Claim.Builder) {
        ((Claim.Builder) made).build();
      }
    }).as(what).isInstanceOf(ValidationException.class));
  }

  @Test
  void theReadersSettingsAtTheirExtremesReadOrAreRefusedWhenSet() {
    FactSheetJson widest = FactSheetJson.builder().maxDocumentBytes(FactSheetJson.Builder.MAX_DOCUMENT_BYTES)
        .maxNestingDepth(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE)
        .maxNumberLength(Integer.MAX_VALUE).maxCollectionSize(Integer.MAX_VALUE).build();

    assertThat(widest.read(new java.io.ByteArrayInputStream(ReferenceArticle.sheetJson())))
        .isEqualTo(ReferenceArticle.sheet());
    assertThat(widest.read(new String(ReferenceArticle.sheetJson(), java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo(ReferenceArticle.sheet());
    assertThat(FactSheetJson.builder().maxDocumentBytes(1).build().check(ReferenceArticle.sheetJson()))
        .extracting(v -> v.rule().id()).containsExactly("json.limit");
    assertThatThrownBy(() -> FactSheetJson.builder().maxDocumentBytes(Long.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDocumentBytes");
    assertThatThrownBy(() -> FactSheetJson.builder().maxCollectionSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxCollectionSize");
  }

  /**
   * Every public method of the model that takes an object, builders' included, is called with nulls:
   * it refuses them with an exception that says which argument was null, or builds something
   * valid. A message of the JDK's own ("Cannot invoke ...") is a null that went unchecked.
   */
  @Test
  void aNullArgumentIsRefusedByName() throws Exception {
    List<String> unnamed = new ArrayList<>();
    int calls = 0;
    for (Map.Entry<Class<?>, Object> entry : EveryType.oneOfEach().entrySet()) {
      Class<?> type = entry.getKey();
      List<Object> receivers = new ArrayList<>();
      receivers.add(null);   // static methods
      receivers.add(entry.getValue());
      try {
        receivers.add(type.getMethod("builder").invoke(null));
      } catch (NoSuchMethodException noBuilder) {
        // records and final classes
      }
      for (Object receiver : receivers) {
        Class<?> declaring = receiver == null || !isBuilder(receiver) ? type : builderInterface(type);
        for (Method method : declaring.getMethods()) {
          boolean isStatic = Modifier.isStatic(method.getModifiers());
          if (isStatic != (receiver == null) || method.getParameterCount() == 0
              || !method.getDeclaringClass().getPackageName().equals("org.newsfacts")
              || java.util.Arrays.stream(method.getParameterTypes()).allMatch(Class::isPrimitive)) {
            continue;
          }
          Object[] args = new Object[method.getParameterCount()];
          for (int i = 0; i < args.length; i++) {
            args[i] = defaultOf(method.getParameterTypes()[i]);
          }
          Object target = receiver == null ? null : fresh(type, receiver);
          if (target != null && !method.getDeclaringClass().isInstance(target)) {
            continue;
          }
          calls++;
          try {
            method.invoke(target, args);
          } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause();
            boolean named = thrown instanceof ValidationException || thrown instanceof IllegalArgumentException
                || thrown instanceof NullPointerException && names(thrown.getMessage());
            if (!named) {
              unnamed.add(method + " threw " + thrown);
            }
          }
        }
      }
    }
    assertThat(calls).as("methods called").isGreaterThan(200);
    assertThat(unnamed).isEmpty();
  }

  /**
   * {@return whether a null pointer's message names the argument}: the library's own ("claim is
   * null"), or the JDK's helpful message about a parameter of generated code ("... because
   * \"elements\" is null"), but not one about a local without a name ("<local2>") or none at all.
   */
  private static boolean names(String message) {
    if (message == null) {
      return false;
    }
    java.util.regex.Matcher because = java.util.regex.Pattern.compile("because \"([^\"]+)\" is null")
        .matcher(message);
    return message.startsWith("Cannot ") ? because.find() && !because.group(1).startsWith("<") : true;
  }

  private static boolean isBuilder(Object receiver) {
    return receiver.getClass().getSimpleName().equals("Builder");
  }

  private static Object fresh(Class<?> type, Object receiver) throws ReflectiveOperationException {
    // a builder is used once per call, so that one null does not spoil the next call
    return isBuilder(receiver) ? type.getMethod("builder").invoke(null) : receiver;
  }

  private static Class<?> builderInterface(Class<?> type) {
    for (Class<?> nested : type.getClasses()) {
      if (nested.getSimpleName().equals("Builder") && nested.isInterface()) {
        return nested;
      }
    }
    return type;
  }

  private static Object defaultOf(Class<?> type) {
    if (!type.isPrimitive()) {
      return null;
    }
    // each boxed on its own: in one conditional expression, Java would widen them all to double
    Map<Class<?>, Object> defaults = Map.of(boolean.class, Boolean.FALSE, long.class, 0L, char.class, 'a',
        double.class, 0d, float.class, 0f, short.class, (short) 0, byte.class, (byte) 0, int.class, 0);
    return defaults.get(type);
  }
}
