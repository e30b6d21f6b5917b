package org.workerscontest.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.workerscontest.api.ContestApi.Created;
import org.workerscontest.security.UserAdministration;
import org.workerscontest.user.UserDocument;
import org.workerscontest.user.UserQueries;
import org.workerscontest.user.api.Role;

/** User accounts, for administrators. Password hashes never leave the server. */
@RestController
@RequestMapping("/api/users")
@PreAuthorize("hasRole('ADMIN')")
public class UserApi {

    public record NewUser(String username, String password, String displayName, Role role) {
    }

    public record UserView(String username, String displayName, Role role, boolean disabled, String language,
                           Instant createdAt) {
        static UserView of(UserDocument user) {
            return new UserView(user.username(), user.displayName(), user.role(), user.disabled(),
                    user.languageTag(), user.createdAt());
        }
    }

    private final UserAdministration administration;
    private final UserQueries users;

    public UserApi(UserAdministration administration, UserQueries users) {
        this.administration = administration;
        this.users = users;
    }

    @PostMapping
    ResponseEntity<Created> create(@RequestBody NewUser body,
                                   @RequestHeader(name = ContestApi.IDEMPOTENCY_KEY, required = false) String key,
                                   @RequestHeader(name = ContestApi.REQUEST_ID, required = false) String requestId) {
        administration.create(body.username(), body.password(), body.displayName(), body.role(),
                ContestApi.requestId(key, requestId));
        String username = body.username().strip();
        return ResponseEntity.created(URI.create("/api/users/" + username)).body(new Created(username));
    }

    @GetMapping
    List<UserView> list() {
        return users.users().stream().map(UserView::of).toList();
    }
}
