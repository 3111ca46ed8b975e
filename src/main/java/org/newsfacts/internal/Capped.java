package org.newsfacts.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A list of violations that keeps the first {@value #MAX} and counts the others, so that a hostile
 * document with a hundred thousand faults costs no more memory than one with a thousand.
 *
 * @param <T> the violation type
 */
public final class Capped<T> extends ArrayList<T> {
  private static final long serialVersionUID = 1L;
  /** The most violations kept. */
  public static final int MAX = 1_000;

  private long dropped;

  /** {@return how many violations were not kept} */
  public long dropped() {
    return dropped;
  }

  /**
   * Counts violations that were not kept elsewhere.
   *
   * @param count how many
   */
  public void drop(long count) {
    dropped += count;
  }

  @Override
  public boolean add(T violation) {
    if (size() >= MAX) {
      dropped++;
      return false;
    }
    return super.add(violation);
  }

  @Override
  public boolean addAll(Collection<? extends T> violations) {
    return addAll(size(), violations);
  }

  @Override
  public boolean addAll(int index, Collection<? extends T> violations) {
    int room = MAX - size();
    if (violations.size() <= room) {
      return super.addAll(index, violations);
    }
    dropped += violations.size() - Math.max(room, 0);
    return room > 0 && super.addAll(index, List.copyOf(violations).subList(0, room));
  }

  /**
   * {@return the violations kept, and, if any were not, one more that says how many}
   *
   * @param more makes that last violation from its message
   */
  public List<T> listed(java.util.function.Function<String, T> more) {
    if (dropped == 0) {
      return this;
    }
    List<T> listed = new ArrayList<>(this);
    listed.add(more.apply("and " + dropped + " more violations, not listed: only the first " + MAX + " are"));
    return listed;
  }
}
