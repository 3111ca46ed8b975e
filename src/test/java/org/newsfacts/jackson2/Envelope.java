package org.newsfacts.jackson2;

import java.util.List;
import java.util.Map;
import org.newsfacts.Claim;
import org.newsfacts.FactSheet;
import org.newsfacts.PartialDate;
import org.newsfacts.Participant;

/**
 * A caller's own record, holding values of the library among its own; public, as a mapper on the
 * module path needs.
 *
 * @param requestId the caller's own value
 * @param sheet a sheet
 * @param claim a claim
 * @param dates partial dates
 * @param speakers participants by id
 */
public record Envelope(String requestId, FactSheet sheet, Claim claim, List<PartialDate> dates,
    Map<String, Participant> speakers) {}
