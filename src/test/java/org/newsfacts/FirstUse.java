package org.newsfacts;

import java.math.BigDecimal;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.reference.ReferenceArticle;

/**
 * A workload that uses every kind of value, run by {@link FirstUseTest} in a class loader of its
 * own after one type of the model was used first.
 */
public final class FirstUse {
  private FirstUse() {}

  /** Builds a value of each kind, and reads and writes the reference sheet. */
  public static void run() {
    Quantity amount = Quantity.rounded("55.2", 9, Unit.currency("USD"));
    Change change = Change.builder().direction(Change.Direction.DOWN).by(Quantity.rounded("0.2", 9,
        Unit.currency("USD"))).fromLevel(Quantity.rounded("55.4", 9, Unit.currency("USD")))
        .toLevel(amount).build();
    Time time = Time.between(PartialDate.parse("2019-04"), PartialDate.parse("2019-06"))
        .withDuration(Quantity.of(3, Unit.measure("mo")));
    Claim claim = Claim.builder().id("c").holder("s").subject(Term.text("deficit"))
        .value(Term.change(change)).time(time).addEvidence(Evidence.of(0, 1, "x"))
        .confidence(new BigDecimal("0.5")).build();
    Term.rank(Rank.of("the lowest").withPosition(1));
    FactSheetJson json = FactSheetJson.strict();
    if (!json.read(json.write(claim), Claim.class).equals(claim)
        || !json.read(ReferenceArticle.sheetJson()).equals(ReferenceArticle.sheet())) {
      throw new AssertionError("not read back equal");
    }
  }
}
