package com.aftersales.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Renders a Jackson reference path as a JSON pointer ("/3/clockIn"). */
public final class JsonPointers {

    private JsonPointers() {
    }

    public static String of(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                pointer.append('/').append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                pointer.append('/').append(ref.getIndex());
            }
        }
        return pointer.toString();
    }
}
