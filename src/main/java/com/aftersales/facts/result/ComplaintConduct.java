package com.aftersales.facts.result;

import java.util.ArrayList;
import java.util.List;

/**
 * One conduct whose installer penalty matches a complaint type (投诉管理制度 八.3), from a row of the
 * complaints revision's SecondVisit table: COMP-SECOND-DISSAT relies on a fine of such a conduct on the order.
 * {@code conduct} is a conduct key of the penalty lines (APPT-CALL, LATE-ARRIVAL, ...).
 */
public final class ComplaintConduct {

    private final String complaintType;
    private final String conduct;

    public ComplaintConduct(String complaintType, String conduct) {
        this.complaintType = complaintType;
        this.conduct = conduct;
    }

    /** A table row being built: {@code ComplaintConduct.complaint("SLOW_OR_IMPROPER").conducts("APPT-CALL, ...")}. */
    public static Builder complaint(String complaintType) {
        return new Builder(complaintType.trim());
    }

    public String getComplaintType() { return complaintType; }
    public String getConduct() { return conduct; }

    @Override
    public String toString() {
        return "ComplaintConduct " + complaintType + " " + conduct;
    }

    /** The complaint type of a row, waiting for its conduct keys. */
    public static final class Builder {
        private final String complaintType;

        private Builder(String complaintType) {
            this.complaintType = complaintType;
        }

        /** One fact per conduct key of a comma-separated cell. */
        public List<ComplaintConduct> conducts(String keys) {
            List<ComplaintConduct> out = new ArrayList<>();
            for (String k : keys.split(",")) {
                if (!k.isBlank()) {
                    out.add(new ComplaintConduct(complaintType, k.trim()));
                }
            }
            return out;
        }
    }
}
