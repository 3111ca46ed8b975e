package org.newsfacts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfacts.internal.Capped;
import org.newsfacts.internal.Form;
import org.newsfacts.internal.Property;
import org.newsfacts.internal.Search;
import org.newsfacts.internal.Shape;
import org.newsfacts.internal.Union;
import org.newsfacts.internal.WireNames;

/**
 * The rules that need the whole sheet: unique ids, references that resolve to the right kind of
 * thing, no cycles in chains, evidence that matches the source, verbatim quotes, one publisher, the
 * digest of the source. References and spans are found through the forms the model declares,
 * wherever they stand, so a new reference or span needs no rule of its own. Paths are put together
 * only for what breaks a rule: a valid sheet is checked without building strings. Every step is a
 * map lookup or a walk over each value once.
 */
final class SheetRules {
  private final FactSheet sheet;
  /** The violations, the first thousand of them kept. */
  private final Capped<Violation> found = new Capped<>();
  private final Map<String, Defined> byId;
  /** The path from the sheet to the value being checked: names, or indexes where the name is null. */
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;

  /** Where an id is defined: the entity and its place in the sheet. */
  private static final class Defined {
    final Object entity;
    final Shape<Object> shape;
    final String collection;
    final int index;

    Defined(Object entity, Shape<Object> shape, String collection, int index) {
      this.entity = entity;
      this.shape = shape;
      this.collection = collection;
      this.index = index;
    }

    /** {@return the entity's time, read through its shape: absent for a kind that has none} */
    java.util.Optional<Time> time() {
      int at = shape.indexOf("time");
      Object time = at < 0 ? null : shape.property(at).present(entity);
      return time instanceof Time ? java.util.Optional.of((Time) time) : java.util.Optional.empty();
    }

    @Override
    public String toString() {
      return collection + "[" + index + "]";
    }
  }

  /**
   * For each shape whose values may hold a reference or a span, the positions of the properties
   * that may: found once from the sheet's form, so that the walk passes over every other value
   * (texts, numbers, times, amounts) without looking.
   */
  private static final Map<Form<?>, int[]> WALKED = walked();

  private static Map<Form<?>, int[]> walked() {
    Set<Form<?>> holding = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    holds(FactSheet.SHAPE, holding, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    Map<Form<?>, int[]> walked = new IdentityHashMap<>();
    for (Form<?> form : holding) {
      if (form instanceof Shape) {
        Shape<?> shape = (Shape<?>) form;
        walked.put(shape, java.util.stream.IntStream.range(0, shape.size())
            .filter(p -> !shape.property(p).targets().isEmpty() || holding.contains(shape.property(p).form()))
            .toArray());
      }
    }
    return walked;
  }

  /** {@return whether values of the form may hold a reference or a span; collects those that do} */
  private static boolean holds(Form<?> form, Set<Form<?>> holding, Set<Form<?>> seen) {
    if (form == Evidence.SHAPE || holding.contains(form)) {
      holding.add(form);
      return true;
    }
    if (!seen.add(form)) {
      return false;
    }
    boolean holds = false;
    if (form instanceof Shape) {
      for (Property<?, ?> property : ((Shape<?>) form).properties()) {
        holds |= !property.targets().isEmpty() | holds(property.form(), holding, seen);
      }
    } else if (form instanceof Union) {
      Union<?> union = (Union<?>) form;
      for (int i = 0; i < union.size(); i++) {
        holds |= !union.targets(i).isEmpty() | holds(union.form(i), holding, seen);
      }
    }
    if (holds) {
      holding.add(form);
    }
    return holds;
  }

  private SheetRules(FactSheet sheet) {
    this.sheet = sheet;
    int size = sheet.participants().size() + sheet.places().size() + sheet.meetings().size()
        + sheet.statements().size() + sheet.claims().size();
    this.byId = new HashMap<>(size * 4 / 3 + 1);
  }

  static List<Violation> check(FactSheet sheet) {
    SheetRules rules = new SheetRules(sheet);
    rules.run();
    return rules.found.listed(message -> Violation.of("", Rule.VIOLATIONS_MORE, message));
  }

  private void run() {
    Shape<FactSheet> shape = FactSheet.SHAPE;
    for (int p = 0; p < shape.size(); p++) {
      Property<FactSheet, ?> collection = shape.property(p);
      if (collection.isList()) {
        List<?> entities = (List<?>) collection.get(sheet);
        Shape<Object> entity = cast(collection.form());
        Property<Object, ?> id = entity.property(entity.indexOf("id"));
        for (int i = 0; i < entities.size(); i++) {
          define(collection.name(), i, entities.get(i), entity, (String) id.get(entities.get(i)));
        }
      }
    }
    walk(shape, sheet);
    new Cycles(this).check();
    happenedBeforePublication();
    publisher();
    digest();
  }

  private void define(String collection, int index, Object entity, Shape<Object> shape, String id) {
    Defined earlier = byId.putIfAbsent(id, new Defined(entity, shape, collection, index));
    if (earlier != null) {
      add(collection + "[" + index + "].id", Rule.ID_DUPLICATE, "id '" + id + "' is already the id of "
          + earlier);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }

  /** Checks the references and spans in a value of a form, and in everything it holds. */
  private void walk(Form<?> form, Object value) {
    if (form == Evidence.SHAPE) {
      evidence((Evidence) value);
    } else if (form instanceof Shape) {
      Shape<Object> shape = cast(form);
      int[] walked = WALKED.get(shape);
      for (int p = 0; walked != null && p < walked.length; p++) {
        Property<Object, ?> property = shape.property(walked[p]);
        Form<?> inner = property.form();
        List<Class<?>> targets = property.targets();
        Object present = property.present(value);
        if (present != null) {
          push(property.name(), -1);
          if (property.isList()) {
            List<?> elements = (List<?>) present;
            for (int e = 0; e < elements.size(); e++) {
              push(null, e);
              element(inner, targets, elements.get(e));
              pop();
            }
          } else {
            element(inner, targets, present);
          }
          pop();
        }
      }
      if (value instanceof Statement) {
        quote((Statement) value);
      } else if (value instanceof Time) {
        offsetFromAnchor((Time) value);
      }
    } else if (form instanceof Union) {
      Union<Object> union = cast(form);
      int alternative = union.alternativeOf(value);
      push(union.key(alternative), -1);
      element(union.form(alternative), union.targets(alternative), union.content(alternative, value));
      pop();
    }
  }

  private void element(Form<?> form, List<Class<?>> targets, Object value) {
    if (targets.isEmpty()) {
      walk(form, value);
    } else {
      reference((String) value, targets);
    }
  }

  private void reference(String id, List<Class<?>> targets) {
    Defined target = byId.get(id);
    if (target == null) {
      add(path(), Rule.REF_UNRESOLVED, "no " + noun(targets) + " has the id '" + id + "'");
      return;
    }
    for (Class<?> kind : targets) {
      if (kind.isInstance(target.entity)) {
        return;
      }
    }
    String noun = noun(targets);
    add(path(), Rule.REF_KIND, "'" + id + "' is " + target + ", not " + ("aeiou".indexOf(noun.charAt(0)) >= 0
        ? "an " : "a ") + noun);
  }

  private static String noun(List<Class<?>> targets) {
    StringBuilder noun = new StringBuilder();
    for (int i = 0; i < targets.size(); i++) {
      if (i > 0) {
        noun.append(i == targets.size() - 1 ? " or " : ", ");
      }
      noun.append(targets.get(i).getSimpleName().toLowerCase(java.util.Locale.ROOT));
    }
    return noun.toString();
  }

  /**
   * A time a whole number of days or weeks before or after its anchor, with a date of its own,
   * falls on the day the anchor's date and the offset give: "three days after" the 6th is the 9th.
   */
  private void offsetFromAnchor(Time time) {
    if (time.anchor().isEmpty() || time.offset().isEmpty() || time.modifier().isEmpty()) {
      return;
    }
    Time.Modifier side = time.modifier().get();
    Quantity offset = time.offset().get();
    String unit = offset.unit().toString();
    if ((side != Time.Modifier.BEFORE && side != Time.Modifier.AFTER) || offset.amount().isEmpty()
        || offset.approximate() || offset.lower().isPresent() || offset.upper().isPresent()
        || !(unit.equals("d") || unit.equals("wk"))) {
      return;
    }
    Defined anchor = byId.get(time.anchor().get());
    java.util.Optional<Time> anchorTime = anchor == null ? java.util.Optional.empty() : anchor.time();
    java.util.Optional<java.time.LocalDate> from = anchorTime.flatMap(Time::at).flatMap(TimePoint::date)
        .flatMap(PartialDate::date);
    java.util.Optional<java.time.LocalDate> own = time.at().flatMap(TimePoint::date).flatMap(PartialDate::date);
    if (from.isEmpty() || own.isEmpty()) {
      return;
    }
    java.math.BigDecimal amount = offset.amount().get();
    if (amount.stripTrailingZeros().scale() > 0 || amount.abs().compareTo(java.math.BigDecimal.valueOf(100_000)) > 0) {
      return;
    }
    long days = amount.longValue() * (unit.equals("wk") ? 7 : 1);
    java.time.LocalDate expected = side == Time.Modifier.AFTER ? from.get().plusDays(days) : from.get().minusDays(days);
    if (!expected.equals(own.get())) {
      add(path() + ".at", Rule.TIME_INVALID, offset + " " + WireNames.of(side) + " " + time.anchor().get()
          + " (" + from.get() + ") is " + expected + ", not " + own.get() + ": the date, the offset or the"
          + " anchor's date is wrong");
    }
  }

  /** Checks a span against the source. */
  private void evidence(Evidence span) {
    Source source = sheet.source();
    if (source.covers(span)) {
      return;
    }
    String actual = source.slice(span.start(), span.end());
    // where the words do stand: a search of the text, made for the first few only, so that a
    // document of many bad spans costs no more than one of many good ones
    String where = ++misplaced <= WHERE_FOR ? "; " + source.whereTheWordsStand(span) : "";
    if (actual == null) {
      add(path() + ".end", Rule.EVIDENCE_OUT_OF_BOUNDS, "span [" + span.start() + "," + span.end()
          + ") ends after the source text" + where);
    } else {
      add(path() + ".text", Rule.EVIDENCE_MISMATCH, "the source text from " + span.start() + " to "
          + span.end() + " is \"" + abbreviate(actual) + "\", not \"" + abbreviate(span.text()) + "\"" + where);
    }
  }

  /** How many misplaced spans are told where their words stand. */
  private static final int WHERE_FOR = 20;
  private int misplaced;

  private void quote(Statement statement) {
    if (statement.speech() == SpeechMode.DIRECT && !quotedVerbatim(statement)) {
      add(path() + ".text", Rule.QUOTE_NOT_VERBATIM,
          "a direct quote must stand verbatim in one of its evidence spans, and this one does not"
          + whereItParts(statement));
    } else if (statement.speech() == SpeechMode.MIXED) {
      quotedParts(statement);
    }
  }

  /** How many quoted parts of one mixed statement are checked: a bound that keeps the check linear. */
  private static final int PARTS_CHECKED = 64;

  /**
   * The parts a mixed statement's text puts in quotation marks ("vowed to “eliminate” the
   * militants") stand verbatim in its evidence, as a direct quote does.
   */
  private void quotedParts(Statement statement) {
    String text = statement.text();
    int checked = 0;
    // the closing marks found missing after some point: a text of unclosed marks is read once
    java.util.Set<Character> unclosed = new java.util.HashSet<>();
    for (int i = 0; i < text.length() && checked < PARTS_CHECKED; i++) {
      char open = text.charAt(i);
      char close = open == '"' ? '"' : open == '\u201C' ? '\u201D' : open == '\u00AB' ? '\u00BB'
          : open == '\u201E' ? '\u201C' : 0;
      int end = close == 0 || unclosed.contains(close) ? -1 : text.indexOf(close, i + 1);
      if (end < 0 && close != 0 && statement.truncated() && !unclosed.contains(close)) {
        end = text.length();   // a quote the cut copy leaves open runs to the end
      }
      if (end < 0) {
        if (close != 0) {
          unclosed.add(close);
        }
        continue;
      }
      if (end == text.length()) {
        unclosed.add(close);
      }
      String part = text.substring(i + 1, end).strip();
      i = end;
      if (part.isEmpty()) {
        continue;
      }
      checked++;
      boolean stands = false;
      for (Evidence span : statement.evidence()) {
        stands |= Search.contains(span.text(), part);
      }
      if (!stands) {
        add(path() + ".text", Rule.QUOTE_NOT_VERBATIM, "the quoted part \"" + Check.abbreviate(part)
            + "\" of a mixed statement must stand verbatim in one of its evidence spans, and it does not");
      }
    }
  }

  /**
   * Says where a quote parts from the evidence span that holds most of its beginning: "its first 57
   * characters stand at [120,177); then the quote has "  it" where the text has ". It"". Linear.
   */
  private static String whereItParts(Statement statement) {
    String quote = statement.text();
    if (quote.isEmpty()) {
      return "";
    }
    org.newsfacts.internal.Search search = org.newsfacts.internal.Search.of(quote);
    int[] best = {0, 0};
    Evidence in = null;
    for (Evidence span : statement.evidence()) {
      int[] prefix = search.longestPrefixIn(span.text());
      if (prefix[0] > best[0]) {
        best = prefix;
        in = span;
      }
    }
    String otherCapitals = withOtherCapitals(statement);
    if (otherCapitals != null) {
      return otherCapitals;
    }
    if (in == null) {
      return ": not even its first character stands there";
    }
    String text = in.text();
    int end = in.start() + text.codePointCount(0, best[1]);
    int start = end - quote.codePointCount(0, best[0]);
    return ": its first " + quote.codePointCount(0, best[0]) + " characters stand at [" + start + "," + end
        + "); then the quote has \"" + shown(quote, best[0]) + "\" where the text has \"" + shown(text, best[1])
        + "\"" + lookAlike(quote, best[0], text, best[1])
        + (best[1] == text.length() ? " (the end of the span: widen it, or split the quote)" : "");
  }

  // A quote that stands in a span up to capitals says so, and where: the commonest slip.
  private static String withOtherCapitals(Statement statement) {
    String quote = statement.text().toLowerCase(java.util.Locale.ROOT);
    if (quote.isEmpty() || quote.length() != statement.text().length()) {
      return null;
    }
    org.newsfacts.internal.Search search = org.newsfacts.internal.Search.of(quote);
    for (Evidence span : statement.evidence()) {
      String text = span.text().toLowerCase(java.util.Locale.ROOT);
      int[] prefix = text.length() == span.text().length() ? search.longestPrefixIn(text) : new int[] {0, 0};
      if (prefix[0] == quote.length()) {
        int from = prefix[1] - quote.length();
        int start = span.start() + span.text().codePointCount(0, from);
        int end = start + span.text().codePointCount(from, prefix[1]);
        return ": it stands at [" + start + "," + end + ") with other capitals; a direct quote keeps the"
            + " text's capitals";
      }
    }
    return null;
  }

  // Characters that look alike ("’" and "'", a no-break space and a space) are named by code point.
  private static String lookAlike(String quote, int at, String text, int in) {
    if (at >= quote.length() || in >= text.length()) {
      return "";
    }
    int ours = quote.codePointAt(at);
    int theirs = text.codePointAt(in);
    if (ours == theirs || Character.isLetterOrDigit(ours) || Character.isLetterOrDigit(theirs)) {
      return "";
    }
    return String.format(java.util.Locale.ROOT, " (U+%04X where the text has U+%04X)", ours, theirs);
  }

  private static String shown(String text, int from) {
    int to = Math.min(text.length(), from + 12);
    if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to).replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
  }

  private static boolean quotedVerbatim(Statement statement) {
    for (Evidence span : statement.evidence()) {
      if (Search.contains(span.text(), statement.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reports a meeting held, or an event that happened, whose time starts after the item was
   * published: the text cannot report as done what had not yet begun.
   */
  private void happenedBeforePublication() {
    java.time.LocalDate published = sheet.source().published().flatMap(TimePoint::date)
        .map(PartialDate::last).orElse(null);
    if (published == null) {
      return;
    }
    // an item revised later may report what happened before its revision: "UPDATED Nov. 13"
    java.time.LocalDate revised = sheet.source().revision().flatMap(Source.Revision::time)
        .flatMap(TimePoint::date).map(PartialDate::last).orElse(null);
    if (revised != null && revised.isAfter(published)) {
      published = revised;
    }
    List<Meeting> meetings = sheet.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      if (meetings.get(i).status() == Meeting.Status.HELD) {
        after(published, meetings.get(i).time(), "meetings[" + i + "].time", "a meeting held");
      }
    }
    List<Event> events = sheet.events();
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).status() == Event.Status.HAPPENED) {
        after(published, events.get(i).time(), "events[" + i + "].time", "an event that happened");
      }
    }
  }

  private void after(java.time.LocalDate published, java.util.Optional<Time> time, String path, String what) {
    java.time.LocalDate first = time.flatMap(t -> t.at().or(t::start)).flatMap(TimePoint::date)
        .map(PartialDate::first).orElse(null);
    if (first != null && first.isAfter(published)) {
      add(path, Rule.TIME_INVALID, what + " starts (" + first + ") after the item was published or last"
          + " revised (" + published + "): it was planned, its time is wrong, or the source's revision"
          + " (with its time) is missing");
    }
  }

  private void publisher() {
    int first = -1;
    List<Participant> participants = sheet.participants();
    for (int i = 0; i < participants.size(); i++) {
      if (participants.get(i).publisher()) {
        if (first < 0) {
          first = i;
        } else {
          add("participants[" + i + "].publisher", Rule.PUBLISHER_DUPLICATE, "participants[" + first
              + "] is already the publisher of the item: a sheet has one");
        }
      }
    }
  }

  private void digest() {
    sheet.provenance().flatMap(Provenance::sourceDigest).ifPresent(digest -> {
      if (!digest.equals(Provenance.digest(sheet.source().text()))) {
        add("provenance.sourceDigest", Rule.DIGEST_MISMATCH, "the sheet was made from another text than"
            + " its source's: the digest of source.text is " + Provenance.digest(sheet.source().text()));
      }
    });
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  private void push(String name, int index) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
    names[depth] = name;
    indexes[depth++] = index;
  }

  private void pop() {
    depth--;
  }

  /** {@return the path of the value being checked, such as {@code statements[2].evidence[0]}} */
  private String path() {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      if (names[i] == null) {
        path.append('[').append(indexes[i]).append(']');
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(names[i]);
      }
    }
    return path.toString();
  }

  void add(String path, Rule rule, String message) {
    found.add(Violation.of(path, rule, message));
  }

  /** {@return the entity with that id, if it is of that type} */
  <T> T entity(String id, Class<T> type) {
    Defined defined = byId.get(id);
    return defined != null && type.isInstance(defined.entity) ? type.cast(defined.entity) : null;
  }

  FactSheet sheet() {
    return sheet;
  }
}
