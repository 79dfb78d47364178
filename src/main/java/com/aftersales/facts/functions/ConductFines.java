package com.aftersales.facts.functions;

import com.aftersales.facts.input.Incident;
import com.aftersales.facts.input.RecordRef;
import com.aftersales.facts.input.WorkOrder;
import com.aftersales.facts.result.Flag;
import com.aftersales.facts.result.Line;
import com.aftersales.facts.result.Value;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Functions the conduct tables call to charge a conduct found on a work order or in an incident.
 * A row's action cells build one {@link Charge}: {@code ConductFines.on(kcontext, $o).conduct("DRINKING")},
 * {@code .per("DAY")}, optionally {@code .over("elapsedMinutes", "1440")} and {@code .show("distanceKm")},
 * then {@code .fine("50")} or {@code .review("why")}, which return the facts to insert.
 *
 * <p>Every line carries its conduct key and occurrence (G-7): {@code order:<id>} for conduct on a
 * work order, {@code day:<date>} for daily conduct (uniform, smoking, drinking), {@code incident:<id>}
 * otherwise, so that one occurrence found twice, or charged by two documents, is charged once (G-9).
 */
public final class ConductFines {

    public static final String ORDER = "ORDER";
    public static final String DAY = "DAY";
    public static final String INCIDENT = "INCIDENT";

    private ConductFines() {
    }

    public static Charge on(RuleContext k, WorkOrder o) {
        return new Charge(k, o, null);
    }

    public static Charge on(RuleContext k, Incident i) {
        return new Charge(k, null, i);
    }

    /** One conduct charge being built from a decision-table row or a DRL consequence. */
    public static final class Charge {
        private final RuleContext k;
        private final WorkOrder order;
        private final Incident incident;
        private final List<Value> values = new ArrayList<>();
        private String conduct;
        private String scope = ORDER;
        private boolean applies = true;

        private Charge(RuleContext k, WorkOrder order, Incident incident) {
            this.k = k;
            this.order = order;
            this.incident = incident;
        }

        /** The conduct key shared by every document that charges this conduct (DRINKING, APPT-CALL, ...). */
        public Charge conduct(String key) {
            this.conduct = key.trim();
            return this;
        }

        /** What one occurrence is: ORDER, DAY or INCIDENT. */
        public Charge per(String scope) {
            this.scope = scope.trim().toUpperCase(Locale.ROOT);
            return this;
        }

        /**
         * The charge applies only when the order's {@code measure} (minutes, a field of {@link WorkOrder})
         * is more than {@code limit}; an appointment call never made is always more.
         */
        public Charge over(String measure, String limit) {
            int max = Money.of(limit).intValueExact();
            Object v = order == null ? null : field(order, measure);
            boolean neverCalled = order != null && "appointmentCallMinutes".equals(measure)
                    && order.isAppointmentCallMissing();
            values.add(new Value(measure, neverCalled ? "—" : Money.text(v)));
            values.add(new Value("limitMinutes", String.valueOf(max)));
            applies &= neverCalled || (v instanceof Integer m && m > max);
            return this;
        }

        /** Fields of the order shown in the explanation, e.g. "distanceKm, customerDeferred". */
        public Charge show(String fields) {
            for (String f : fields.split(",")) {
                if (!f.isBlank() && order != null) {
                    values.add(new Value(f.trim(), Money.text(field(order, f.trim()))));
                }
            }
            return this;
        }

        public Charge value(String name, Object v) {
            values.add(new Value(name, Money.text(v)));
            return this;
        }

        /** A fixed fine for one occurrence, or nothing when a limit of {@link #over} was kept. */
        public List<Object> fine(String amount) {
            return applies ? List.of(line(Money.of(amount)).build()) : List.of();
        }

        /** A REVIEW flag where the handbook gives no amount (G-11), or nothing when a limit was kept. */
        public List<Object> review(String why) {
            return applies ? List.of(flag("REVIEW", why)) : List.of();
        }

        /** A consequence that is not money (HR_REFERRAL, DISMISSAL, ...). */
        public Flag flag(String code, String detail) {
            return Flag.raise(k, code.trim(), date(), detail, records());
        }

        /** A DEDUCT line of {@code amount} with this charge's date, records, values, conduct and occurrence. */
        public Line.Builder line(BigDecimal amount) {
            Line.Builder b = Line.deduct(k, amount).on(date()).records(records())
                    .arithmetic("1 × " + Money.yuan(amount) + " = " + Money.yuan(amount));
            values.forEach(v -> b.value(v.name(), v.value()));
            if (conduct != null) {
                b.conduct(conduct).occurrence(occurrence());
            }
            return b;
        }

        public java.time.LocalDate date() {
            return order != null ? order.getServiceDate() : incident.getDate();
        }

        public List<RecordRef> records() {
            if (order != null) {
                return order.getRecords();
            }
            List<RecordRef> refs = new ArrayList<>(incident.getRecords());
            if (incident.getOrderId() != null) {
                refs.add(RecordRef.of("workOrder", incident.getOrderId()));
            }
            return refs;
        }

        /** G-7: order:&lt;id&gt;, day:&lt;date&gt; or incident:&lt;id&gt;. */
        String occurrence() {
            if (DAY.equals(scope)) {
                return "day:" + date();
            }
            if (order != null) {
                return "order:" + order.getId();
            }
            if (ORDER.equals(scope) && incident.getOrderId() != null) {
                return "order:" + incident.getOrderId();
            }
            return "incident:" + incident.getId();
        }
    }

    /** The value of a field of the order by its name (its getter), for explanations and limits. */
    static Object field(WorkOrder o, String name) {
        String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String prefix : new String[] {"get", "is"}) {
            try {
                Method m = WorkOrder.class.getMethod(prefix + cap);
                return m.invoke(o);
            } catch (NoSuchMethodException e) {
                // try the next prefix
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("a work order has no field " + name);
    }
}
