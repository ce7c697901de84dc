// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.933466775802575) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b73cf020b7138026059e1e0e0fd35d8eaa63926c9e94dfe6e2a4acae661b4e32
