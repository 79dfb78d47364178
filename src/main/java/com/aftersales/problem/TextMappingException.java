package com.aftersales.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A value Jackson cannot read, with the bundle text that says why (read by the bulk reader for its message). */
public class TextMappingException extends JsonMappingException {

    private final transient Text text;

    public TextMappingException(JsonParser p, Text text) {
        super(p, text.en());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
