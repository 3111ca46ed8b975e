package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;
import org.newsfacts.internal.WireNames;

/**
 * Who or what made a sheet, when, how, and from which version of the source text (after W3C PROV):
 * so that an extractor's output and a reviewed gold sheet are told apart.
 *
 * <pre>{@code
 * Provenance.builder()
 *     .method(Provenance.Method.REVIEWED)
 *     .addMadeBy(Provenance.Agent.of(Provenance.Agent.Kind.MODEL, "example-llm", "2026-05"))
 *     .addReviewedBy(Provenance.Agent.of(Provenance.Agent.Kind.PERSON, "A. Editor"))
 *     .created(Instant.parse("2026-11-25T10:00:00Z"))
 *     .sourceDigest(Provenance.digest(source.text()))
 *     .build();
 * }</pre>
 *
 * <p>The digest of the source text, when given, must be that of the sheet's text: a sheet made from
 * another version of the article says so.
 */
@Value.Immutable
@FactStyle
public abstract class Provenance {
  static final Shape<Provenance> SHAPE = Shape.entity("provenance", "Who or what made the sheet,"
          + " when, how, and from which version of the source text.", Provenance.class,
          Provenance::builder, Builder::build)
      .required("method", Scalar.enumeration(Method.class), Provenance::method, Builder::method)
      .list("madeBy", Agent.SHAPE, Provenance::madeBy, Builder::addMadeBy)
      .list("reviewedBy", Agent.SHAPE, Provenance::reviewedBy, Builder::addReviewedBy)
      .optional("created", Scalar.parsed(null, "An instant in UTC: 2026-11-25T10:00:00Z.",
          Provenance::instant, Instant::toString, "pattern", "^\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z$"),
          Provenance::created, Builder::created)
      .optional("sourceDigest", Scalar.string(null, "sha-256: and the hex SHA-256 of the source text"
          + " in UTF-8.", Scalar.Text.ANY, "pattern", "^sha-256:[0-9a-f]{64}$"), Provenance::sourceDigest,
          Builder::sourceDigest)
      .build();

  Provenance() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableProvenance.builder();
  }

  /** How the sheet was made. */
  public enum Method {
    /** By a person. */
    MANUAL,
    /** By a program or a model, unreviewed: an extractor's output. */
    AUTOMATIC,
    /** By a program or a model, then reviewed by a person: a gold sheet made with help. */
    REVIEWED;

    // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
    @JsonValue
    String jackson() {
      return WireNames.of(this);
    }
  }

  /**
   * Someone or something that made or reviewed a sheet. Immutable and thread-safe.
   *
   * @param kind a person, organisation, program or model
   * @param name its name
   * @param version its version, for a program or model
   */
  public record Agent(Kind kind, String name, Optional<String> version) {
    static final Shape<Agent> SHAPE = Shape.value("agent", "Someone or something that made or reviewed"
            + " the sheet.", Agent.class, v -> new Agent(v.get(0), v.get(1), v.optional(2)))
        .required("kind", Scalar.enumeration(Kind.class), Agent::kind)
        .required("name", Forms.TEXT, Agent::name)
        .optional("version", Forms.TEXT, Agent::version)
        .build();

    /** What kind of agent. */
    public enum Kind {
      /** A person. */
      PERSON,
      /** An organisation. */
      ORGANISATION,
      /** A program: a rule-based extractor, a pipeline. */
      SOFTWARE,
      /** A statistical or language model. */
      MODEL;

      // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
      @JsonValue
      String jackson() {
        return WireNames.of(this);
      }
    }

    /**
     * Creates an agent.
     *
     * @param kind what kind
     * @param name its name
     * @param version its version, or empty
     * @throws ValidationException if something is missing or blank
     */
    public Agent {
      Check check = new Check("Agent");
      check.required("kind", kind);
      check.text("name", name);
      if (check.required("version", version)) {
        version.ifPresent(v -> check.text("version", v));
      }
      check.done();
    }

    /**
     * {@return an agent without a version}
     *
     * @param kind what kind
     * @param name its name
     */
    public static Agent of(Kind kind, String name) {
      return new Agent(kind, name, Optional.empty());
    }

    /**
     * {@return an agent with a version}
     *
     * @param kind what kind: a program or a model
     * @param name its name
     * @param version its version
     */
    public static Agent of(Kind kind, String name, String version) {
      return new Agent(kind, name, Optional.of(Check.notNull(version, "version")));
    }

    // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
    @JsonValue
    Object jackson() {
      throw Unregistered.type(Provenance.Agent.class);
    }

    @JsonCreator
    static Provenance.Agent jackson(Object json) {
      throw Unregistered.type(Provenance.Agent.class);
    }
  }

  /**
   * {@return the digest of a text as {@link #sourceDigest()} holds it: {@code sha-256:} and the hex
   * SHA-256 of the text in UTF-8}
   *
   * @param text a source text
   */
  public static String digest(String text) {
    Check.notNull(text, "text");
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "sha-256:" + java.util.HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** {@return how the sheet was made} */
  public abstract Method method();

  /** {@return who or what made it} */
  public abstract List<Agent> madeBy();

  /** {@return who reviewed it} */
  public abstract List<Agent> reviewedBy();

  /** {@return when it was made, if known} */
  public abstract Optional<Instant> created();

  /** {@return the digest of the source text it was made from: {@code sha-256:...}} */
  public abstract Optional<String> sourceDigest();

  /**
   * {@return a copy with the digest of the text the sheet was made from}
   *
   * @param digest as {@link #digest(String)} gives it
   */
  public abstract Provenance withSourceDigest(String digest);

  /**
   * {@return a copy reviewed by those agents}
   *
   * @param agents who reviewed it
   */
  public abstract Provenance withReviewedBy(Iterable<? extends Agent> agents);

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw Check.single("Provenance", Rule.DATE_INVALID, "'" + Check.abbreviate(text)
          + "' is not an instant such as 2026-11-25T10:00:00Z");
    }
  }

  @Value.Check
  final void check() {
    Check check = new Check("Provenance").properties(SHAPE, this);
    sourceDigest().ifPresent(digest -> {
      if (!digest.matches("sha-256:[0-9a-f]{64}")) {
        check.add("sourceDigest", Rule.DIGEST_MISMATCH, "'" + Check.abbreviate(digest) + "' is not sha-256:"
            + " followed by 64 lower-case hex digits");
      }
    });
    if (method() != Method.REVIEWED && !reviewedBy().isEmpty()) {
      check.add("reviewedBy", Rule.REQUIRED, "a sheet with reviewers was reviewed: set the method to"
          + " reviewed");
    }
    check.done();
  }

  /** Builds a {@link Provenance}; {@link #build()} reports every missing or invalid attribute. */
  public interface Builder {
    /**
     * Sets how the sheet was made; required.
     *
     * @param method manual, automatic or reviewed
     * @return this builder
     */
    Builder method(Method method);

    /**
     * Adds who or what made it.
     *
     * @param agent a person, program or model
     * @return this builder
     */
    Builder addMadeBy(Agent agent);

    /**
     * Adds who reviewed it.
     *
     * @param agent a person
     * @return this builder
     */
    Builder addReviewedBy(Agent agent);

    /**
     * Sets when it was made.
     *
     * @param created an instant
     * @return this builder
     */
    Builder created(Instant created);

    /**
     * Sets the digest of the source text it was made from.
     *
     * @param digest as {@link Provenance#digest(String)} gives it
     * @return this builder
     */
    Builder sourceDigest(String digest);

    /**
     * Sets every attribute from a provenance.
     *
     * @param provenance a provenance
     * @return this builder
     */
    Builder from(Provenance provenance);

    /**
     * Builds the provenance.
     *
     * @return the provenance
     * @throws ValidationException with every violation, if it would be invalid
     */
    Provenance build();
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Provenance.class);
  }

  @JsonCreator
  static Provenance jackson(Object json) {
    throw Unregistered.type(Provenance.class);
  }
}
