package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.newsfacts.internal.Loose;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.WireNames;
import org.newsfacts.internal.Search;
import org.newsfacts.internal.Shape;

/**
 * The news item the facts come from, as news metadata (after IPTC ninjs and schema.org
 * {@code NewsArticle}): its text as published (or the excerpt kept), language, headline where it
 * has one, publisher, address and original address of a republished copy, publication time,
 * byline, dateline, revision, labels, identifiers, and whether it is a translation.
 *
 * <p>Every {@link Evidence} span of a sheet indexes {@link #text()} in Unicode code points.
 * {@link #find(String)} makes the span of a phrase:
 *
 * <pre>{@code
 * Source source = Source.builder()
 *     .headline("Umerov invita a los países del Sudeste de Europa ...")
 *     .language(LanguageTag.of("es"))
 *     .text(articleText)
 *     .publisher("Ukrinform")
 *     .published(TimePoint.parse("2025-03-19T10:15+02:00"))
 *     .addAuthors("Olena Ivanova")
 *     .build();
 * Evidence quote = source.find("35 mil millones de dólares");
 * }</pre>
 *
 * <p>What the text of the item does not say (its outlet's name, its date) may still be known as
 * metadata of the item: that is what these attributes hold. The outlet may also be a
 * {@link Participant} that is the {@linkplain Participant#publisher() publisher} and narrates or
 * reports without being named in the body.
 */
@Value.Immutable
@FactStyle
public abstract class Source {
  static final Scalar<URI> URL = Scalar.parsed(null, "An absolute http or https URL.",
      Source::uri, URI::toString, "pattern", "^https?://");

  static final Shape<Source> SHAPE = Shape.entity("source", "The news item the facts come from, as"
          + " news metadata, and its text as published.", Source.class, Source::builder, Builder::build)
      .optional("headline", Forms.TEXT, Source::headline, Builder::headline)
      .optional("subheadline", Forms.TEXT, Source::subheadline, Builder::subheadline)
      .required("language", LanguageTag.FORM, Source::language, Builder::language)
      .optional("publisher", Forms.TEXT, Source::publisher, Builder::publisher)
      .optional("url", URL, Source::url, Builder::url)
      .optional("republishedFrom", URL, Source::republishedFrom, Builder::republishedFrom)
      .optional("translationOf", URL, Source::translationOf, Builder::translationOf)
      .optional("published", TimePoint.FORM, Source::published, Builder::published)
      .optional("embargoedUntil", TimePoint.FORM, Source::embargoedUntil, Builder::embargoedUntil)
      .optional("publishedAsWritten", Forms.TEXT, Source::publishedAsWritten, Builder::publishedAsWritten)
      .list("authors", Forms.TEXT, Source::authors, Builder::addAuthors)
      .optional("dateline", Forms.ID, Source::dateline, Builder::dateline).to(Place.class)
      .optional("revision", Revision.SHAPE, Source::revision, Builder::revision)
      .list("labels", Forms.TEXT, Source::labels, Builder::addLabels)
      .list("periods", Time.SHAPE, Source::periods, Builder::addPeriods)
      .list("contacts", Contact.SHAPE, Source::contacts, Builder::addContacts)
      .list("parts", Part.SHAPE, Source::parts, Builder::addParts)
      .list("externalIds", ExternalId.SHAPE, Source::externalIds, Builder::addExternalIds)
      .flag("translated", Source::translated, Builder::translated)
      .optional("originalLanguage", LanguageTag.FORM, Source::originalLanguage, Builder::originalLanguage)
      .required("text", Forms.PASSAGE, Source::text, Builder::text)
      .flag("excerpt", Source::excerpt, Builder::excerpt)
      .list("inferred", Forms.PATH, Source::inferred, Builder::addInferred)
      .build();

  Source() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableSource.builder();
  }

  /**
   * A contact point the item gives, as printed: "Technical information: (202) 691-7000,
   * Reed.Steve@bls.gov", "Media Contact: PressOffice@bls.gov" (after schema.org's
   * {@code ContactPoint}). It has a telephone, an email address or a web address, or several.
   * Immutable and thread-safe.
   *
   * <pre>{@code
   * Source.Contact.telephone("(202) 691-7000").withLabel("Technical information")
   *     .withEmail("Reed.Steve@bls.gov")
   * }</pre>
   *
   * @param label what the contact is for, as printed, if it says
   * @param name the person or office to contact, as printed: "Rebecca Phipps"
   * @param telephone the telephone number as printed
   * @param email the email address
   * @param url the web address
   */
  public record Contact(Optional<String> label, Optional<String> name, Optional<String> telephone,
      Optional<String> email, Optional<URI> url) {
    static final Shape<Contact> SHAPE = Shape.value("contact", "A contact point the item gives: its"
            + " label, the person to contact, telephone, email, web address.", Contact.class,
            v -> new Contact(v.optional(0), v.optional(1), v.optional(2), v.optional(3), v.optional(4)))
        .optional("label", Forms.TEXT, Contact::label)
        .optional("name", Forms.TEXT, Contact::name)
        .optional("telephone", Forms.TEXT, Contact::telephone)
        .optional("email", Forms.TEXT, Contact::email)
        .optional("url", URL, Contact::url)
        .build();

    /**
     * Creates a contact point.
     *
     * @param label what it is for, or empty
     * @param name the person or office to contact, or empty
     * @param telephone the telephone number, or empty
     * @param email the email address, or empty
     * @param url the web address, or empty
     * @throws ValidationException if it has no telephone, email or web address, or if a text is
     *     blank
     */
    public Contact {
      Check check = new Check("Contact");
      text(check, "label", label);
      text(check, "name", name);
      text(check, "telephone", telephone);
      text(check, "email", email);
      if (check.required("url", url)) {
        web(check, "url", url);
      }
      if (telephone != null && email != null && url != null && telephone.isEmpty() && email.isEmpty()
          && url.isEmpty()) {
        check.add("", Rule.REQUIRED, "a contact has a telephone, an email or a web address: start from"
            + " Contact.telephone, Contact.email or Contact.url");
      }
      check.done();
    }

    private static void text(Check check, String path, Optional<String> value) {
      if (check.required(path, value)) {
        value.ifPresent(text -> check.text(path, text));
      }
    }

    /**
     * {@return a contact point with a telephone number}
     *
     * @param telephone as printed, such as "(202) 691-7000"
     */
    public static Contact telephone(String telephone) {
      return new Contact(Optional.empty(), Optional.empty(), Optional.of(Check.notNull(telephone, "telephone")),
          Optional.empty(), Optional.empty());
    }

    /**
     * {@return a contact point with an email address}
     *
     * @param email as printed, such as "PressOffice@bls.gov"
     */
    public static Contact email(String email) {
      return new Contact(Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.of(Check.notNull(email, "email")), Optional.empty());
    }

    /**
     * {@return a contact point with a web address}
     *
     * @param url such as {@code https://www.bls.gov/cpi}
     */
    public static Contact url(URI url) {
      return new Contact(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.of(Check.notNull(url, "url")));
    }

    /**
     * {@return a copy with what it is for}
     *
     * @param label as printed, such as "Media Contact"
     */
    public Contact withLabel(String label) {
      return new Contact(Optional.of(Check.notNull(label, "label")), name, telephone, email, url);
    }

    /**
     * {@return a copy with the person or office to contact}
     *
     * @param name as printed, such as "Rebecca Phipps"
     */
    public Contact withName(String name) {
      return new Contact(label, Optional.of(Check.notNull(name, "name")), telephone, email, url);
    }

    /**
     * {@return a copy with a telephone number}
     *
     * @param telephone as printed
     */
    public Contact withTelephone(String telephone) {
      return new Contact(label, name, Optional.of(Check.notNull(telephone, "telephone")), email, url);
    }

    /**
     * {@return a copy with an email address}
     *
     * @param email such as "Reed.Steve@bls.gov"
     */
    public Contact withEmail(String email) {
      return new Contact(label, name, telephone, Optional.of(Check.notNull(email, "email")), url);
    }

    /**
     * {@return a copy with a web address}
     *
     * @param url such as {@code https://www.bls.gov/cpi}
     */
    public Contact withUrl(URI url) {
      return new Contact(label, name, telephone, email, Optional.of(Check.notNull(url, "url")));
    }

    // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
    @JsonValue
    Object jackson() {
      throw Unregistered.type(Source.Contact.class);
    }

    @JsonCreator
    static Source.Contact jackson(Object json) {
      throw Unregistered.type(Source.Contact.class);
    }
  }

  /**
   * A span of the text that is not the story's body: a photo caption, a heading, a teaser for
   * another story, a section label, a media player's line, page furniture a copy kept. Immutable
   * and thread-safe.
   *
   * @param kind what the part is
   * @param span its span of the text
   */
  public record Part(Part.Kind kind, Evidence span) {
    static final Shape<Part> SHAPE = Shape.value("part", "A span of the text that is not the story's"
            + " body: a caption, a heading, a teaser, a label, a media player's line or page furniture.",
            Part.class, v -> new Part(v.get(0), v.get(1)))
        .required("kind", Scalar.enumeration(Kind.class), Part::kind)
        .required("span", Evidence.SHAPE, Part::span)
        .build();

    /** What a part of the text is. */
    public enum Kind {
      /** A photo caption: "FILE - Russian Foreign Minister Sergei Lavrov speaks at U.N. headquarters". */
      CAPTION,
      /** A heading inside the body: "'Witch hunt'". */
      HEADING,
      /** A teaser or link to another story: "RELATED: ...". */
      TEASER,
      /** A section label or kicker: "USA", "Opinion". */
      LABEL,
      /** An embedded player's line: "WATCH: ... 0:01:15". */
      MEDIA,
      /** Page furniture a copy kept: share buttons, "Print", navigation, an audio player's line. */
      BOILERPLATE;

      // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
      @JsonValue
      String jackson() {
        return WireNames.of(this);
      }
    }

    /**
     * Creates a part.
     *
     * @param kind what the part is
     * @param span its span of the text
     * @throws ValidationException if either is missing
     */
    public Part {
      Check check = new Check("Part");
      check.required("kind", kind);
      check.required("span", span);
      check.done();
    }

    /**
     * {@return a part}
     *
     * @param kind what the part is, such as {@link Kind#CAPTION}
     * @param span its span, such as {@code source.find("FILE - Russian Foreign Minister ...")}
     */
    public static Part of(Kind kind, Evidence span) {
      return new Part(kind, span);
    }

    // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
    @JsonValue
    Object jackson() {
      throw Unregistered.type(Source.Part.class);
    }

    @JsonCreator
    static Source.Part jackson(Object json) {
      throw Unregistered.type(Source.Part.class);
    }
  }

  /**
   * A revision of the item, as its metadata or text states it: "UPDATE 2", "Corrected", "corrects
   * paragraph 3 to say ...". Immutable and thread-safe.
   *
   * @param label the revision as labelled, such as {@code UPDATE 2}
   * @param note what changed, as written, if stated
   * @param time when, if stated
   */
  public record Revision(String label, Optional<String> note, Optional<TimePoint> time) {
    static final Shape<Revision> SHAPE = Shape.value("revision", "A revision of the item: its label,"
            + " what changed, when.", Revision.class, v -> new Revision(v.get(0), v.optional(1), v.optional(2)))
        .required("label", Forms.TEXT, Revision::label)
        .optional("note", Forms.TEXT, Revision::note)
        .optional("time", TimePoint.FORM, Revision::time)
        .build();

    /**
     * Creates a revision.
     *
     * @param label the revision as labelled
     * @param note what changed, or empty
     * @param time when, or empty
     * @throws ValidationException if the label or note is blank, or an optional is null
     */
    public Revision {
      Check check = new Check("Revision");
      check.text("label", label);
      if (check.required("note", note)) {
        note.ifPresent(n -> check.text("note", n));
      }
      check.required("time", time);
      check.done();
    }

    /**
     * {@return a revision known by its label alone}
     *
     * @param label such as {@code UPDATE 2}
     */
    public static Revision of(String label) {
      return new Revision(label, Optional.empty(), Optional.empty());
    }

    /**
     * {@return a copy saying what changed}
     *
     * @param note such as "corrects paragraph 3 to say ..."
     */
    public Revision withNote(String note) {
      return new Revision(label, Optional.of(Check.notNull(note, "note")), time);
    }

    /**
     * {@return a copy saying when}
     *
     * @param time when the item was revised
     */
    public Revision withTime(TimePoint time) {
      return new Revision(label, note, Optional.of(Check.notNull(time, "time")));
    }

    // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
    @JsonValue
    Object jackson() {
      throw Unregistered.type(Source.Revision.class);
    }

    @JsonCreator
    static Source.Revision jackson(Object json) {
      throw Unregistered.type(Source.Revision.class);
    }
  }

  /** {@return the headline as published, where the item has one} */
  public abstract Optional<String> headline();

  /**
   * {@return the subheadline (deck, standfirst) as published, where the item has one: "Live
   * interview aired on Persian-language TV program"}
   */
  public abstract Optional<String> subheadline();

  /** {@return the language the text is written in} */
  public abstract LanguageTag language();

  /**
   * {@return the complete text as published, headline included, or the part of it that was kept
   * when it is an {@linkplain #excerpt() excerpt}; what evidence spans index}
   */
  public abstract String text();

  /** {@return the publisher (the outlet), as named, if known} */
  public abstract Optional<String> publisher();

  /** {@return where this copy of the item was read, an absolute http or https address, if known} */
  public abstract Optional<URI> url();

  /**
   * {@return where the item was first published, when this copy is a republication (a readout on a
   * news site, a release on a blog), if known}
   */
  public abstract Optional<URI> republishedFrom();

  /** {@return where the original of a translation was published, if known} */
  public abstract Optional<URI> translationOf();

  /** {@return when it was published, as precise as known: {@code 2025-03-19T10:15+02:00}} */
  public abstract Optional<TimePoint> published();

  /**
   * {@return until when the item was not to be published, where it says: "Embargoed until 8:30
   * A.M. (EDT), Friday, October 6"; not its publication time}
   */
  public abstract Optional<TimePoint> embargoedUntil();

  /**
   * {@return the publication date and time as the item prints them, where {@link #published()}
   * cannot hold them unambiguously: "11/10/2019 - 22:12" (10 November or 11 October?) is
   * {@code published} 2019 and these words}
   */
  public abstract Optional<String> publishedAsWritten();

  /** {@return the authors of the byline, as written} */
  public abstract List<String> authors();

  /** {@return the id of the place of the dateline ("KYIV, March 19 -"), a place of the sheet} */
  public abstract Optional<String> dateline();

  /** {@return the revision of the item, if it states one ("UPDATE 2", "corrects paragraph 3")} */
  public abstract Optional<Revision> revision();

  /**
   * {@return the labels the publisher puts on the item, as written: "For Immediate Release",
   * "EXCLUSIVE", "Opinion", "Fact check"}
   */
  public abstract List<String> labels();

  /**
   * {@return the periods the item reports on, where it states them: "August 2012" of a monthly
   * release, the week of a weekly report, both "Fourth Quarter" and "Annual Averages, 2008" of a
   * release that covers both (schema.org's {@code temporalCoverage}); each claim's own time stays
   * its own}
   */
  public abstract List<Time> periods();

  /** {@return the contact points the item gives: "Media Contact: PressOffice@bls.gov"} */
  public abstract List<Contact> contacts();

  /**
   * {@return the spans of the text that are not the story's body, where the text has them: a photo
   * caption ("FILE - ..."), a heading, a teaser for another story, a section label, a media player's
   * line, page furniture; a fact whose evidence lies in one is told apart by it}
   */
  public abstract List<Part> parts();

  /**
   * {@return a copy with these parts, whose spans are found in this source's text}
   *
   * <pre>{@code
   * source = source.withParts(List.of(Source.Part.of(Source.Part.Kind.CAPTION, source.find("FILE - ..."))));
   * }</pre>
   *
   * @param parts the parts
   */
  public abstract Source withParts(Iterable<? extends Part> parts);

  /** {@return the item's identifiers: its release number, a wire service's slug} */
  public abstract List<ExternalId> externalIds();

  /**
   * {@return whether the text is only part of the item (a truncated copy, the first paragraphs):
   * what the rest says is unknown, not absent}
   */
  @Value.Default
  public boolean excerpt() {
    return false;
  }

  /** {@return whether the item says it is a translation} */
  @Value.Default
  public boolean translated() {
    return false;
  }

  /** {@return the language it was translated from, if it is a translation and says from which} */
  public abstract Optional<LanguageTag> originalLanguage();

  /**
   * {@return the paths of the values of this source that are inferred rather than stated, such as
   * {@code published}}
   */
  public abstract List<String> inferred();

  /**
   * {@return a copy with that headline}
   *
   * @param headline the headline as published
   */
  public abstract Source withHeadline(String headline);

  /**
   * {@return a copy with that text}
   *
   * @param text the complete text as published
   */
  public abstract Source withText(String text);

  /**
   * {@return a copy with that publisher}
   *
   * @param publisher the outlet, as named
   */
  public abstract Source withPublisher(String publisher);

  /**
   * {@return a copy with that address}
   *
   * @param url an absolute http or https address
   */
  public abstract Source withUrl(URI url);

  /**
   * {@return a copy published then}
   *
   * @param published when it was published
   */
  public abstract Source withPublished(TimePoint published);

  /**
   * {@return a copy with that revision}
   *
   * @param revision the revision
   */
  public abstract Source withRevision(Revision revision);

  /**
   * The span of the one place where {@code exact} stands in the text.
   *
   * @param exact the exact characters to find
   * @return the span covering them
   * @throws ValidationException if the text does not contain them, or contains them more than once
   *     (the message says how often, and how to name the one meant)
   */
  public final Evidence find(String exact) {
    Evidence first = find(exact, 1);
    int count = occurrences(text(), exact, 0, text().length());
    if (count > 1) {
      int asWords = findAllWords(exact).size();
      throw notFound(Rule.EVIDENCE_AMBIGUOUS, "'" + Check.abbreviate(exact) + "' stands " + count
          + " times in the text" + (asWords < count ? " (" + asWords + " as a whole word: findAllWords(words))"
          : "") + "; name the one meant with find(exact, n), n from 1 to " + count
          + ", or with findWithin(context, exact)");
    }
    return first;
  }

  /**
   * The span of the {@code occurrence}-th place (from 1) where {@code exact} stands in the text.
   *
   * @param exact the exact characters to find
   * @param occurrence which occurrence, counted from 1
   * @return the span covering them
   * @throws ValidationException if there is no such occurrence
   */
  public final Evidence find(String exact, int occurrence) {
    int at = exact != null && !exact.isEmpty() ? Search.of(exact).nth(text(), occurrence) : -1;
    if (occurrence < 1 && exact != null) {
      throw notFound(Rule.EVIDENCE_NOT_FOUND, "occurrences count from 1 (the first place '"
          + Check.abbreviate(exact) + "' stands), not " + occurrence);
    }
    if (at < 0) {
      int count = occurrences(text(), exact, 0, text().length());
      throw notFound(Rule.EVIDENCE_NOT_FOUND, "'" + Check.abbreviate(exact) + "' does not stand "
          + (occurrence == 1 ? "" : occurrence + " times ") + "in the text"
          + (count > 0 && occurrence != 1 ? ": it stands " + count + (count == 1 ? " time" : " times")
          : count == 0 ? looseHint(exact) : ""));
    }
    return span(at, exact);
  }

  /**
   * The span of {@code exact} within the one place where {@code context} stands in the text: the
   * "NBC" of "artículo de NBC", the "no" of "aún no saben", without counting occurrences by hand.
   *
   * <pre>{@code
   * Evidence nbc = source.findWithin("el artículo de NBC involucra", "NBC");
   * }</pre>
   *
   * @param context words around {@code exact} that stand once in the text
   * @param exact the exact characters to find, once, within {@code context}
   * @return the span covering {@code exact}
   * @throws ValidationException if the context does not stand exactly once in the text, or
   *     {@code exact} not exactly once within it
   */
  public final Evidence findWithin(String context, String exact) {
    Evidence around = find(context);
    int from = text().offsetByCodePoints(0, around.start());
    int to = from + context.length();
    int count = occurrences(text(), exact, from, to);
    if (count != 1) {
      throw notFound(count == 0 ? Rule.EVIDENCE_NOT_FOUND : Rule.EVIDENCE_AMBIGUOUS, "'"
          + Check.abbreviate(exact) + "' stands " + (count == 0 ? "nowhere" : count + " times") + " within '"
          + Check.abbreviate(context) + "'; give a context in which it stands once");
    }
    int at = Search.of(exact).in(text(), from, to);
    return Evidence.of(around.start() + text().codePointCount(from, at),
        around.start() + text().codePointCount(from, at) + exact.codePointCount(0, exact.length()), exact);
  }

  /**
   * The span of the one place where {@code words} stand in the text, taking line breaks and runs of
   * white space as one space, and quotation marks and dashes of any kind as alike: for a release
   * whose sentences are wrapped ("U.S. Bureau\n of Labor Statistics"), or words typed with straight
   * quotes. The span covers the text's own characters.
   *
   * <pre>{@code
   * Evidence bls = source.findLoosely("U.S. Bureau of Labor Statistics");  // text: "U.S. Bureau\n of Labor ..."
   * }</pre>
   *
   * @param words the words to find
   * @return the span covering them as they stand in the text
   * @throws ValidationException if they stand nowhere in the text, or more than once
   */
  public final Evidence findLoosely(String words) {
    String pattern = Loose.normalize(Check.notNull(words, "words"));
    if (pattern.isEmpty()) {
      throw notFound(Rule.EVIDENCE_NOT_FOUND, "there are no words to find, only white space");
    }
    Loose loose = new Loose(text());
    Search search = Search.of(pattern);
    int count = search.count(loose.text, 0, loose.text.length());
    if (count != 1) {
      throw notFound(count == 0 ? Rule.EVIDENCE_NOT_FOUND : Rule.EVIDENCE_AMBIGUOUS, "'"
          + Check.abbreviate(words) + "' stands " + (count == 0 ? "nowhere in the text, even with white space,"
          + " quotation marks and dashes taken as alike" : count + " times in the text; give more words"));
    }
    int match = search.in(loose.text, 0, loose.text.length());
    int from = loose.original[match];
    String exact = text().substring(from, loose.endOf(text(), match, pattern.length()));
    return span(from, exact);
  }

  /**
   * The spans of every place where {@code exact} stands in the text, in text order; occurrences
   * may not overlap.
   *
   * @param exact the exact characters to find
   * @return the spans; empty if the text does not contain them
   */
  public final List<Evidence> findAll(String exact) {
    return findAll(exact, false);
  }

  /**
   * The spans of every place where {@code words} stand in the text as whole words, in text order:
   * "Iraq" but not the "Iraq" of "Iraqi", "UN" but not the "UN" of "FUND" (no letter or digit
   * right before or after).
   *
   * <pre>{@code
   * List<Evidence> iraq = source.findAllWords("Iraq");  // skips "Iraqi"
   * }</pre>
   *
   * @param words the exact characters to find
   * @return the spans; empty if they stand nowhere as whole words
   */
  public final List<Evidence> findAllWords(String words) {
    return findAll(words, true);
  }

  private List<Evidence> findAll(String exact, boolean wholeWords) {
    List<Evidence> spans = new ArrayList<>();
    if (exact != null && !exact.isEmpty()) {
      int length = exact.codePointCount(0, exact.length());
      // code points are counted on from the previous occurrence: one pass over the text
      int counted = 0;
      int points = 0;
      Search search = Search.of(exact);
      for (int at = search.in(text(), 0, text().length()); at >= 0;
          at = search.in(text(), at + exact.length(), text().length())) {
        points += text().codePointCount(counted, at);
        counted = at;
        if (!wholeWords || isWord(text(), at, at + exact.length())) {
          spans.add(Evidence.of(points, points + length, exact));
        }
      }
    }
    return List.copyOf(spans);
  }

  // Whether the chars [from, to) stand with no letter or digit right before or after them.
  private static boolean isWord(String text, int from, int to) {
    return (from == 0 || !Character.isLetterOrDigit(text.codePointBefore(from)))
        && (to == text.length() || !Character.isLetterOrDigit(text.codePointAt(to)));
  }

  /**
   * {@return a hint for words that stand nowhere exactly but do stand up to white space, quotation
   * marks and dashes, or up to capitals: the usual slips of typing evidence by hand}
   */
  private String looseHint(String exact) {
    String pattern = Loose.normalize(exact);
    if (pattern.isEmpty()) {
      return "";
    }
    Loose loose = new Loose(text());
    if (Search.of(pattern).count(loose.text, 0, loose.text.length()) > 0) {
      return "; they do stand with other white space, quotation marks or dashes: findLoosely(words) finds"
          + " them";
    }
    String lower = pattern.toLowerCase(java.util.Locale.ROOT);
    String lowerText = loose.text.toLowerCase(java.util.Locale.ROOT);
    if (Search.of(lower).count(lowerText, 0, lowerText.length()) > 0) {
      return "; they do stand with other capitals: the search is exact";
    }
    return "";
  }

  private Evidence span(int at, String exact) {
    int start = text().codePointCount(0, at);
    return Evidence.of(start, start + exact.codePointCount(0, exact.length()), exact);
  }

  /** {@return how many times {@code exact} stands, overlapping or not, between two char indexes} */
  private static int occurrences(String text, String exact, int from, int to) {
    if (exact == null || exact.isEmpty()) {
      return 0;
    }
    return Search.of(exact).count(text, from, to);
  }

  private static ValidationException notFound(Rule rule, String message) {
    return ValidationException.summarised("Cannot find the words", Violation.of("exact", rule, message));
  }

  /**
   * {@return where the words of a span stand nearest to its start, for a message: {@code its words
   * stand at [43,47)}, or {@code they stand nowhere in the text}}
   */
  final String whereTheWordsStand(Evidence span) {
    String words = span.text();
    if (words.isEmpty()) {
      return "it has no words";
    }
    int near = span.start() <= codePointCount() ? charIndex(span.start()) : text().length();
    int best = Search.of(words).nearest(text(), near);
    if (best < 0) {
      return "its words stand nowhere in the text";
    }
    int start = text().codePointCount(0, best);
    return "its words stand at [" + start + "," + (start + words.codePointCount(0, words.length())) + ")";
  }

  /**
   * {@return the text between two code point offsets, or {@code null} when they lie outside it}
   */
  final String slice(int start, int end) {
    int from = charIndex(start);
    int to = from < 0 ? -1 : charIndex(end);
    return to < 0 ? null : text().substring(from, to);
  }

  /** {@return whether the span's text stands at its offsets, without copying the source text} */
  final boolean covers(Evidence span) {
    int from = charIndex(span.start());
    return from >= 0 && text().startsWith(span.text(), from)
        && charIndex(span.end()) == from + span.text().length();
  }

  /**
   * {@return the UTF-16 index of a code point offset, or -1 outside the text}: a look-up in the
   * index of the text and a walk of fewer than {@value CodePoints#STEP} code points, whatever the
   * offset, so that checking every span of a sheet is linear in its size.
   */
  private int charIndex(int codePoint) {
    String text = text();
    if (codePoint < 0) {
      return -1;
    }
    if (!supplementary()) {
      return codePoint <= text.length() ? codePoint : -1;
    }
    return codePoint <= codePointCount() ? codePoints().charIndex(text, codePoint) : -1;
  }

  /** {@return the index of the code points of a text with characters outside the Basic Multilingual Plane} */
  @Value.Lazy
  CodePoints codePoints() {
    return new CodePoints(text());
  }

  /** The UTF-16 index of every {@value #STEP}th code point of a text, made in one pass. */
  static final class CodePoints {
    static final int STEP = 64;
    private final int[] index;

    CodePoints(String text) {
      index = new int[text.codePointCount(0, text.length()) / STEP + 1];
      int points = 0;
      for (int i = 0; i < text.length(); points++) {
        if (points % STEP == 0) {
          index[points / STEP] = i;
        }
        i += Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
      }
      if (points % STEP == 0) {
        index[points / STEP] = text.length();
      }
    }

    int charIndex(String text, int codePoint) {
      return text.offsetByCodePoints(index[codePoint / STEP], codePoint % STEP);
    }
  }

  /** {@return the length of the text in code points} */
  @Value.Lazy
  int codePointCount() {
    return text().codePointCount(0, text().length());
  }

  /** {@return whether the text has characters outside the Basic Multilingual Plane} */
  @Value.Lazy
  boolean supplementary() {
    return codePointCount() != text().length();
  }

  /**
   * {@return the source in one short line, never the whole text: {@code en, 2317 characters,
   * published 2017-01-17, "Moscow Apologizes ..."}}
   */
  @Override
  public final String toString() {
    return language() + ", " + codePointCount() + " characters"
        + published().map(p -> ", published " + p).orElse("")
        + headline().map(h -> ", \"" + Check.abbreviate(h) + "\"").orElse("");
  }

  @Value.Check
  final void check() {
    Check check = new Check("Source").properties(SHAPE, this).inferred(SHAPE, this, inferred());
    web(check, "url", url());
    web(check, "republishedFrom", republishedFrom());
    web(check, "translationOf", translationOf());
    if (translationOf().isPresent() && !translated()) {
      check.add("translationOf", Rule.REQUIRED, "the original's address is that of a translation: set"
          + " translated");
    }
    if (originalLanguage().isPresent() && !translated()) {
      check.add("originalLanguage", Rule.REQUIRED, "an original language is that of a translation: set"
          + " translated");
    }
    check.done();
  }

  /** Checks a web address: absolute, http or https, not too long. For the source and its values. */
  static void web(Check check, String path, Optional<URI> address) {
    address.ifPresent(url -> {
      if (!url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
        check.add(path, Rule.URL_INVALID, "'" + Check.abbreviate(url.toString())
            + "' is not an absolute http or https address");
      } else if (url.toString().length() > MAX_URL) {
        check.add(path, Rule.TEXT_LENGTH, "an address has at most " + MAX_URL + " characters, not "
            + url.toString().length());
      }
    });
  }

  /** The longest address: what browsers and servers commonly take. */
  private static final int MAX_URL = 8_192;

  /** {@return the address in a text} */
  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw Check.single("URI", Rule.URL_INVALID, "'" + Check.abbreviate(text) + "' is not a URI: "
          + Check.abbreviate(e.getReason()));
    }
  }

  /** Builds a {@link Source}; {@link #build()} reports every missing or invalid attribute. */
  public interface Builder {
    /**
     * Sets the headline as published.
     *
     * @param headline the headline; leave it unset when the item has none
     * @return this builder
     */
    Builder headline(String headline);

    /**
     * Sets the subheadline (deck, standfirst) as published.
     *
     * @param subheadline the words under the headline; leave it unset when the item has none
     * @return this builder
     */
    Builder subheadline(String subheadline);

    /**
     * Sets the language of the text; required.
     *
     * @param language such as {@code LanguageTag.of("es")}
     * @return this builder
     */
    Builder language(LanguageTag language);

    /**
     * Sets the complete text as published, headline included; required.
     *
     * @param text the text that evidence spans index
     * @return this builder
     */
    Builder text(String text);

    /**
     * Sets the publisher, the outlet, as named.
     *
     * @param publisher such as {@code Ukrinform}
     * @return this builder
     */
    Builder publisher(String publisher);

    /**
     * Sets where the item was published.
     *
     * @param url an absolute http or https address
     * @return this builder
     */
    Builder url(URI url);

    /**
     * Sets where the item was first published, when this copy is a republication.
     *
     * @param original an absolute http or https address
     * @return this builder
     */
    Builder republishedFrom(URI original);

    /**
     * Sets where the original of a translation was published.
     *
     * @param original an absolute http or https address
     * @return this builder
     */
    Builder translationOf(URI original);

    /**
     * Sets when the item was published.
     *
     * @param published as precise as known, such as {@code TimePoint.parse("2025-03-19T10:15+02:00")}
     * @return this builder
     */
    Builder published(TimePoint published);

    /**
     * Sets until when the item was not to be published.
     *
     * @param embargoedUntil such as {@code TimePoint.parse("2000-10-06T08:30-04:00")}
     * @return this builder
     */
    Builder embargoedUntil(TimePoint embargoedUntil);

    /**
     * Sets the publication date and time as printed, where {@code published} cannot hold them
     * unambiguously.
     *
     * @param words such as "11/10/2019 - 22:12"
     * @return this builder
     */
    Builder publishedAsWritten(String words);

    /**
     * Adds an author of the byline.
     *
     * @param author the name as written
     * @return this builder
     */
    Builder addAuthors(String author);

    /**
     * Sets the place of the dateline.
     *
     * @param place the id of a place of the sheet
     * @return this builder
     */
    Builder dateline(String place);

    /**
     * Sets the revision the item states.
     *
     * @param revision such as {@code Revision.of("UPDATE 2")}
     * @return this builder
     */
    Builder revision(Revision revision);

    /**
     * Adds a label the publisher puts on the item, as written.
     *
     * @param label such as "For Immediate Release"
     * @return this builder
     */
    Builder addLabels(String label);

    /**
     * Adds a period the item reports on.
     *
     * @param period such as {@code Time.at(PartialDate.parse("2012-08"))} for "August 2012"
     * @return this builder
     */
    Builder addPeriods(Time period);

    /**
     * Adds a contact point the item gives.
     *
     * @param contact such as {@code Source.Contact.email("PressOffice@bls.gov").withLabel("Media
     *     Contact")}
     * @return this builder
     */
    Builder addContacts(Contact contact);

    /**
     * Adds a span of the text that is not the story's body.
     *
     * @param part such as {@code Source.Part.of(Source.Part.Kind.CAPTION, span)}, the span found in
     *     the same text (see {@link Source#withParts(Iterable)})
     * @return this builder
     */
    Builder addParts(Part part);

    /**
     * Adds an identifier of the item.
     *
     * @param id such as {@code ExternalId.of("release", "STAT-18-545")}
     * @return this builder
     */
    Builder addExternalIds(ExternalId id);

    /**
     * Sets whether the text is only part of the item: a truncated copy.
     *
     * @param excerpt false by default
     * @return this builder
     */
    Builder excerpt(boolean excerpt);

    /**
     * Sets whether the item says it is a translation.
     *
     * @param translated false by default
     * @return this builder
     */
    Builder translated(boolean translated);

    /**
     * Sets the language the item was translated from.
     *
     * @param language the original language; the item must be {@linkplain #translated(boolean)
     *     translated}
     * @return this builder
     */
    Builder originalLanguage(LanguageTag language);

    /**
     * Adds the path of a value that is inferred rather than stated.
     *
     * @param path such as {@code published}
     * @return this builder
     */
    Builder addInferred(String path);

    /**
     * Sets every attribute from a source.
     *
     * @param source a source
     * @return this builder
     */
    Builder from(Source source);

    /**
     * Builds the source.
     *
     * @return the source
     * @throws ValidationException with every violation, if it would be invalid
     */
    Source build();
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Source.class);
  }

  @JsonCreator
  static Source jackson(Object json) {
    throw Unregistered.type(Source.class);
  }
}
