package com.aftersales.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user as quarkus-security-jpa reads it to authenticate (HTTP Basic, form login): the name, the bcrypt hash
 * (modular crypt format) and the roles, comma separated. Written only by {@link UserService}.
 */
@Entity
@Table(name = "app_user")
@UserDefinition
public class UserAccount extends PanacheEntityBase {

    @Id
    @Username
    @Column(name = "username")
    public String username;

    @Password(PasswordType.MCF)
    @Column(name = "password")
    public String password;

    @Roles
    @Column(name = "roles")
    public String roles;
}
