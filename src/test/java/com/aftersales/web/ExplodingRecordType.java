package com.aftersales.web;

import com.aftersales.record.Party;
import com.aftersales.record.RecordId;
import com.aftersales.record.RecordType;
import com.aftersales.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * A record kind of the tests only ({@code POST /api/explosions}) whose check has a bug: it throws, as a
 * fault of the service inside an import would. The generic record resource serves it like any kind.
 */
@ApplicationScoped
public class ExplodingRecordType implements RecordType<ExplodingRecordType.Explosion> {

    static final String BUG = "a bug in a record kind's check";

    /** The record: an id, an employee and a day. */
    public record Explosion(@RecordId String id, @RecordId String employeeId, @NotNull LocalDate date) {
    }

    @Override
    public String name() {
        return "explosion";
    }

    @Override
    public Class<Explosion> javaType() {
        return Explosion.class;
    }

    @Override
    public String id(Explosion r) {
        return r.id();
    }

    @Override
    public List<Party> parties(Explosion r) {
        return List.of(Party.on(r.employeeId(), r.date()));
    }

    @Override
    public void check(Explosion r, Consumer<ApiError> problems) {
        throw new IllegalStateException(BUG);
    }
}
