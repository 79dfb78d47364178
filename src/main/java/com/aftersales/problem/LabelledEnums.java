package com.aftersales.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * A Jackson module by which every enum is read from its code or from its Chinese or English label
 * ({@link Labels}): {@code "指纹"} is FINGERPRINT, {@code "事假"} PERSONAL, in JSON, CSV and XLSX alike.
 */
public final class LabelledEnums extends SimpleModule {

    public LabelledEnums() {
        super("labelled-enums");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                return new ByLabel(type.getRawClass(), deserializer);
            }
        });
    }

    private static final class ByLabel extends StdDeserializer<Object> implements ContextualDeserializer {

        private final JsonDeserializer<?> delegate;

        ByLabel(Class<?> type, JsonDeserializer<?> delegate) {
            super(type);
            this.delegate = delegate;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String code = Labels.code(handledType(), p.getText());
                if (code != null) {
                    return Enum.valueOf((Class) handledType(), code);
                }
            }
            return delegate.deserialize(p, ctxt);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            if (delegate instanceof ContextualDeserializer c) {
                return new ByLabel(handledType(), c.createContextual(ctxt, property));
            }
            return this;
        }
    }
}
