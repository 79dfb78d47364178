package com.aftersales.web;

import com.aftersales.problem.ApiError;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details with the located errors of API.md. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<ApiError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
