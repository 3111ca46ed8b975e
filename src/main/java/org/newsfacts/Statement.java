package org.newsfacts;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;

/**
 * Something a participant said, as the source renders it: who spoke, whether the source quotes,
 * reports or narrates ({@link SpeechMode}), what the verb does ({@link SpeechAct}), the words,
 * the channel it went out on and who reported it.
 *
 * <pre>{@code
 * Statement invite = Statement.builder()
 *     .id("s-invite")
 *     .speaker("p-umerov")
 *     .speech(SpeechMode.DIRECT)
 *     .act(SpeechAct.SAY)                                   // "señaló Umerov"
 *     .text("Invité a las delegaciones a participar activamente ...")
 *     .reportedBy("p-ukrinform")
 *     .addEvidence(source.find("\"Invité a las delegaciones ...\", señaló Umerov"))
 *     .build();
 * }</pre>
 *
 * <p>{@link #text()} is the statement as the source gives it; a direct quote is given without its
 * quotation marks and must stand verbatim in the statement's evidence.
 */
@Value.Immutable
@FactStyle
public abstract class Statement implements WithStatement {
  static final Shape<Statement> SHAPE = Shape.entity("statement", "Something a participant said, as"
          + " the source renders it.", Statement.class, Statement::builder, Builder::build)
      .required("id", Forms.ID, Statement::id, Builder::id)
      .required("speaker", Forms.ID, Statement::speaker, Builder::speaker).to(Participant.class)
      .required("speech", Scalar.enumeration(SpeechMode.class), Statement::speech, Builder::speech)
      .required("act", Scalar.enumeration(SpeechAct.class), Statement::act, Builder::act)
      .required("text", Forms.TEXT, Statement::text, Builder::text)
      .list("translations", Translation.SHAPE, Statement::translations, Builder::addTranslations)
      .optional("channel", Forms.TEXT, Statement::channel, Builder::channel)
      .optional("reportedBy", Forms.ID, Statement::reportedBy, Builder::reportedBy)
      .to(Participant.class)
      .optional("occasion", Forms.ID, Statement::occasion, Builder::occasion).to(Meeting.class)
      .nonEmptyList("evidence", Evidence.SHAPE, Statement::evidence, Builder::addEvidence)
      .build();

  Statement() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, unique within the sheet} */
  public abstract String id();

  /** {@return the id of the participant who spoke} */
  public abstract String speaker();

  /** {@return how the source renders the statement} */
  public abstract SpeechMode speech();

  /** {@return what the speaker does, as the source's verb reports it} */
  public abstract SpeechAct act();

  /** {@return the statement as the source gives it} */
  public abstract String text();

  /** {@return the statement in other languages, where the source gives them} */
  public abstract List<Translation> translations();

  /** {@return the channel it went out on, as written, such as {@code Facebook}} */
  public abstract Optional<String> channel();

  /** {@return the id of the participant who reported it, such as a news agency} */
  public abstract Optional<String> reportedBy();

  /** {@return the id of the meeting it was made at or speaks of} */
  public abstract Optional<String> occasion();

  /** {@return the spans of the source that carry the statement and its attribution; never empty} */
  public abstract List<Evidence> evidence();

  @Value.Check
  final void check() {
    new Check("Statement").properties(SHAPE, this).done();
  }

  /** Builds a {@link Statement}; {@link #build()} reports every missing or invalid attribute. */
  public static final class Builder extends ImmutableStatement.Builder {
    Builder() {}
  }
}
