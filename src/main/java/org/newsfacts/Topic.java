package org.newsfacts;

import java.util.List;
import org.immutables.value.Value;

/** Something discussed at a meeting, as the text words it, with the evidence for it. */
@Value.Immutable
@FactStyle
public abstract class Topic implements WithTopic {
  Topic() {}

  /**
   * {@return a topic, with the spans that name it}
   *
   * @param label the topic as written, such as {@code la situación de seguridad en Ucrania}
   * @param evidence the spans of the source that name it; at least one
   * @throws ValidationException if the label is blank or there is no evidence
   */
  public static Topic of(String label, Evidence... evidence) {
    return ImmutableTopic.builder().label(label).addEvidence(evidence).build();
  }

  /** {@return the topic as written} */
  public abstract String label();

  /** {@return the spans of the source that name the topic; never empty} */
  public abstract List<Evidence> evidence();

  @Value.Check
  final void check() {
    Check check = new Check("Topic");
    check.text("label", label());
    check.evidence(evidence());
    check.done();
  }
}
