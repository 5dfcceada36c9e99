-- Failed local sign-ins per username, shared by every node: after too many in a window the account is
-- refused for a while, whatever password is tried.
CREATE TABLE login_throttle (
    username     VARCHAR(100) NOT NULL,
    failures     INT          NOT NULL,
    window_start DATETIME(6)  NOT NULL,
    locked_until DATETIME(6),
    PRIMARY KEY (username)
);
