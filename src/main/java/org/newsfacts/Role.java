package org.newsfacts;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A role a participant holds, as the text words it ({@code ministro de Defensa}), and, when the
 * text says so, the participant it is held in ({@code of}, the id of a participant).
 */
@Value.Immutable
@FactStyle
public abstract class Role implements WithRole {
  Role() {}

  /**
   * {@return the role, without the participant it is held in}
   *
   * @param title the role as written
   * @throws ValidationException if the title is blank
   */
  public static Role of(String title) {
    return ImmutableRole.builder().title(title).build();
  }

  /** {@return the role as written, such as {@code ministro de Defensa}} */
  public abstract String title();

  /** {@return the id of the participant the role is held in, if the text gives it} */
  public abstract Optional<String> of();

  @Value.Check
  final void check() {
    Check check = new Check("Role");
    check.text("title", title());
    of().ifPresent(id -> check.id("of", id));
    check.done();
  }
}
