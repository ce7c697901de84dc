// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1772108327581698) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 525dfec7d978d980dab427e5408d6138c76f1e3b093e1b9db7aea049ac5351de
