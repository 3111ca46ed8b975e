package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import org.newsfacts.internal.Shape;

/**
 * Something discussed, as the text words it, with the evidence for it. Immutable and thread-safe.
 *
 * @param label the topic as written, such as {@code la situación de seguridad en Ucrania}
 * @param evidence the spans of the source that name it; never empty
 */
public record Topic(String label, List<Evidence> evidence) {
  static final Shape<Topic> SHAPE = Shape.value("topic", "Something discussed, as written.",
          Topic.class, v -> new Topic(v.get(0), v.list(1)))
      .required("label", Forms.TEXT, Topic::label)
      .nonEmptyList("evidence", Evidence.SHAPE, Topic::evidence)
      .build();

  /**
   * Creates a topic; the list of spans is copied.
   *
   * @param label the topic as written
   * @param evidence the spans of the source that name it; at least one
   * @throws ValidationException if the label is blank or there is no evidence
   */
  public Topic {
    Check check = new Check("Topic");
    check.text("label", label);
    if (check.required("evidence", evidence)) {
      check.spans("evidence", evidence);
    }
    check.done();
    evidence = List.copyOf(evidence);
  }

  /**
   * {@return a topic, with the spans that name it}
   *
   * @param label the topic as written, such as {@code la situación de seguridad en Ucrania}
   * @param evidence the spans of the source that name it; at least one
   * @throws ValidationException if the label is blank or there is no evidence
   */
  public static Topic of(String label, Evidence... evidence) {
    return new Topic(label, evidence == null ? null : Arrays.asList(evidence));
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Topic.class);
  }

  @JsonCreator
  static Topic jackson(Object json) {
    throw Unregistered.type(Topic.class);
  }
}
